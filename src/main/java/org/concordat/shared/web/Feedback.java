package org.concordat.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.concordat.shared.domain.AccessDeniedException;
import org.concordat.shared.domain.ConcurrentChangeException;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.NotFoundException;

/**
 * Messages to the person at the page: next to the field a problem concerns, or at the top of the page. Form
 * components carry the id of the command field they edit, so "name" lands beside form:name.
 */
public final class Feedback {

    private Feedback() {
    }

    /** A text from the message bundle (org/concordat/web/messages.properties). */
    public static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }

    public static void info(String message) {
        add(null, FacesMessage.SEVERITY_INFO, message);
    }

    public static void error(String message) {
        add(null, FacesMessage.SEVERITY_ERROR, message);
    }

    /** An information message that survives the redirect after a successful save. */
    public static void infoAfterRedirect(String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        info(message);
    }

    /**
     * Shows a failed use case the way a user can act on it. Returns normally when the failure is one a person
     * can fix; anything else is rethrown for the error page.
     */
    public static void show(String formId, RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                for (FieldError error : invalid.errors()) {
                    fieldError(formId, error);
                }
                return;
            }
            if (t instanceof ConcurrentChangeException || t instanceof AccessDeniedException
                    || t instanceof NotFoundException) {
                error(t.getMessage());
                return;
            }
            if (t instanceof OptimisticLockException) {
                error(new ConcurrentChangeException("record").getMessage());
                return;
            }
        }
        throw failure;
    }

    private static void fieldError(String formId, FieldError error) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String clientId = formId + ":" + error.field();
        UIComponent component = faces.getViewRoot().findComponent(clientId);
        if (component == null && !faces.isPostback() && faces.getCurrentPhaseId() != jakarta.faces.event.PhaseId.RENDER_RESPONSE) {
            // A page's own address is read by its view action before the page's fields exist (on a GET, JSF builds
            // them to render): kept for the field's id, the field's message shows it once built, and the error
            // summary links to it, or lists it unlinked if the page has no such field (ErrorSummaryView).
            add(clientId, FacesMessage.SEVERITY_ERROR, error.message());
            return;
        }
        if (component == null) {
            // No field of that name on this page: say it at the top, naming nothing the user cannot see.
            error(error.message());
            return;
        }
        if (component instanceof UIInput input && !(input.getValue() instanceof java.util.Collection)) {
            // Marked invalid (red border, aria-invalid) while still showing what the person typed.
            input.setSubmittedValue(input.getValue() == null ? "" : input.getValue().toString());
            input.setValid(false);
        }
        add(clientId, FacesMessage.SEVERITY_ERROR, error.message());
    }

    private static void add(String clientId, FacesMessage.Severity severity, String message) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, message, message));
    }
}
