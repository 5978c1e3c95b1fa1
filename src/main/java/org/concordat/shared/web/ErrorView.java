package org.concordat.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import org.concordat.shared.application.DatabaseOutage;

/** The error page's sentence, chosen by the status the container reports. */
@Named
@RequestScoped
public class ErrorView {

    @Inject
    ExternalContext external;

    public String getMessage() {
        // An Ajax request that failed for want of the database comes here rather than through DatabaseOutageFilter.
        if (external.getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DatabaseOutage.causedBy(failure)) {
            return Feedback.text("error.unavailable");
        }
        Object status = external.getRequestMap().get(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer i ? i : 500;
        return Feedback.text(switch (code) {
            case 403 -> "error.403";
            case 404 -> "error.404";
            default -> "error.500";
        });
    }
}
