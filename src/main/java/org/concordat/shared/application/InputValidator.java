package org.concordat.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;

/**
 * Checks a command against its Bean Validation constraints before a use case acts on it, so that the browser
 * and the API get the same messages, field by field.
 */
@ApplicationScoped
public class InputValidator {

    @Inject
    Validator validator;

    public void check(Object command) {
        List<FieldError> errors = errorsOf(command);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    public List<FieldError> errorsOf(Object command) {
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
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
