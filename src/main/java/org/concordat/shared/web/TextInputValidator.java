package org.concordat.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlInputSecret;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import org.concordat.shared.domain.InputRules;
import org.primefaces.component.inputtextarea.InputTextarea;
import org.primefaces.component.password.Password;

/**
 * Every text typed on every page (a default validator, faces-config.xml): control characters and bidirectional
 * overrides are refused beside the field ({@link InputRules}); line breaks and tabs only in a text area. Passwords are
 * left alone: they are only ever hashed, never shown, and refusing one at sign-in would lock its holder out.
 */
@FacesValidator(TextInputValidator.ID)
public class TextInputValidator implements Validator<Object> {

    public static final String ID = "concordat.text";

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (!(value instanceof String text) || component instanceof HtmlInputSecret || component instanceof Password) {
            return;
        }
        boolean multiLine = component instanceof HtmlInputTextarea || component instanceof InputTextarea;
        String problem = InputRules.textProblem(text, multiLine);
        if (problem != null) {
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, problem));
        }
    }
}
