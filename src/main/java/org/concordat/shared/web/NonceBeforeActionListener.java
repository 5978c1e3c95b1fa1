package org.concordat.shared.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Logger;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspException;

/**
 * PrimeFaces' CSP mode checks the nonce a form post carries against its page's only while it renders the answer,
 * after the form's action has run: a post without it issued an API token before it reached the error page. This
 * checks it as soon as the page is restored, before any value is applied or any action runs, and refuses the post
 * with a plain 403 when it is missing or wrong. (An exception thrown by a phase listener is only logged by Faces,
 * so the refusal is written here and the rest of the request skipped.)
 */
public class NonceBeforeActionListener implements PhaseListener {

    private static final Logger LOG = Logger.getLogger("org.concordat.security");

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // the page is not restored yet
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.getViewRoot() == null || faces.getResponseComplete()
                || !(faces.isPostback() || faces.getPartialViewContext().isAjaxRequest())
                || !PrimeApplicationContext.getCurrentInstance(faces).getConfig().isCsp()) {
            return;
        }
        try {
            PrimeFacesContext.getCspState(faces).getNonce();
        } catch (CspException e) {
            LOG.warning(() -> "event=form_nonce outcome=refused view=" + faces.getViewRoot().getViewId()
                    + " reason=\"" + e.getMessage() + "\"");
            try {
                RefusalPage.send((HttpServletResponse) faces.getExternalContext().getResponse(),
                        HttpServletResponse.SC_FORBIDDEN, "refused.nonce");
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
            faces.responseComplete();
        }
    }
}
