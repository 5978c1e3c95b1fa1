package org.concordat.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.ReaderLanguage;

/**
 * Checks a command against its Bean Validation constraints before a use case acts on it, so that the browser
 * and the API get the same messages, field by field, in the reader's language (ValidationMessages_cy for Welsh;
 * {@link ReaderLanguage}), not the server's.
 */
@ApplicationScoped
public class InputValidator {

    @Inject
    ValidatorFactory factory;

    private volatile Validator validator;

    private Validator validator() {
        if (validator == null) {
            MessageInterpolator standard = factory.getMessageInterpolator();
            validator = factory.usingContext().messageInterpolator(new MessageInterpolator() {
                @Override
                public String interpolate(String template, Context context) {
                    return standard.interpolate(template, context, ReaderLanguage.current().locale());
                }

                @Override
                public String interpolate(String template, Context context, Locale locale) {
                    return standard.interpolate(template, context, locale);
                }
            }).getValidator();
        }
        return validator;
    }

    public void check(Object command) {
        List<FieldError> errors = errorsOf(command);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    public List<FieldError> errorsOf(Object command) {
        Set<ConstraintViolation<Object>> violations = validator().validate(command);
        // Record components carry their constraints on both the field and the accessor: report each once.
        Set<FieldError> unique = new LinkedHashSet<>();
        violations.stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessage))
                .forEach(v -> unique.add(new FieldError(field(v), v.getMessage())));
        return new ArrayList<>(unique);
    }

    /**
     * The field a violation is about, as forms and API clients name it: the last node of its path, since a value
     * object inside a command (a flow's law) is shown and sent flat ("otherLegalPower", not "law.otherLegalPower").
     */
    private static String field(ConstraintViolation<Object> violation) {
        String name = null;
        for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name == null ? violation.getPropertyPath().toString() : name;
    }
}
