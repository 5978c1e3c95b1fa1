package org.concordat.shared.domain;

import java.util.List;

/** Input that breaks a rule; nothing was changed. Each error names the field it concerns. */
public class InvalidInputException extends RuntimeException {
    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.isEmpty() ? Messages.text("shared.InvalidInputException.invalidInput") : errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
