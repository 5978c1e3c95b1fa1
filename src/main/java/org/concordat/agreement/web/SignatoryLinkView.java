package org.concordat.agreement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.concordat.agreement.application.OutsideSignatories;
import org.concordat.agreement.domain.SignatoryInvitation;
import org.concordat.shared.web.Feedback;

/**
 * The first two pages of a signatory outside Concordat: the link (where the person asks for a code to be sent to the
 * address; nothing of the agreement is shown) and the code. The link's token moves from the address bar into the session at once; once the code
 * is accepted the session is replaced by a new one (new id, nothing carried over) whose only right is that invitation.
 */
@Named
@RequestScoped
public class SignatoryLinkView {

    @Inject
    OutsideSignatories signatories;

    private String token;
    private String code;
    private String state;

    /**
     * The link opened (a GET, which mail scanners and previews make too): nothing is sent. A usable link's token moves
     * from the address bar into a new session and the page asks the person to send themselves a code.
     */
    public String open() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (token == null) {
            String pending = pendingToken();
            OutsideSignatories.Opening opening = pending == null ? OutsideSignatories.Opening.UNKNOWN : signatories.look(pending);
            state = opening == OutsideSignatories.Opening.READY ? null : opening.name();
            return null;
        }
        OutsideSignatories.Opening opening = signatories.look(token);
        if (opening == OutsideSignatories.Opening.READY) {
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            HttpSession old = request.getSession(false);
            if (old != null) {
                old.invalidate();
            }
            request.getSession(true).setAttribute(OutsideSignatories.PENDING_TOKEN, token);
            return "/signatory/open?faces-redirect=true";
        }
        state = opening.name();
        return null;
    }

    /** The person asks for the code (a POST from the page the link opened): it goes to the address, then the code page. */
    public String sendCode() {
        OutsideSignatories.Opening opening = signatories.open(pendingToken(), false);
        if (opening == OutsideSignatories.Opening.CODE_SENT || opening == OutsideSignatories.Opening.CODE_STILL_VALID) {
            return "/signatory/code?faces-redirect=true";
        }
        state = opening.name();
        return null;
    }

    /** Another code, when the first did not arrive or has expired. */
    public String sendAgain() {
        String pending = pendingToken();
        OutsideSignatories.Opening opening = signatories.open(pending, true);
        if (opening == OutsideSignatories.Opening.CODE_SENT) {
            Feedback.info(Feedback.text("signatory.codeSentAgain"));
        } else {
            state = opening.name();
        }
        return null;
    }

    /** The code entered: the right one opens the agreement in a new session. */
    public String enter() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String pending = pendingToken();
        OutsideSignatories.CodeAnswer answer = signatories.enter(pending, code, request.getRemoteAddr());
        if (answer.retryAfter() != null) {
            Feedback.show("signatoryCode", new org.concordat.shared.domain.InvalidInputException("code",
                    Feedback.text("signatory.codeWait", Math.max(1, answer.retryAfter().toSeconds()))));
            return null;
        }
        switch (answer.outcome()) {
            case ACCEPTED -> {
                HttpSession old = request.getSession(false);
                if (old != null) {
                    old.invalidate();
                }
                request.getSession(true).setAttribute(OutsideSignatories.INVITATION, answer.invitationId());
                return "/signatory/agreement?faces-redirect=true";
            }
            case WRONG -> fieldError("signatory.codeWrong");
            case CODE_EXPIRED -> fieldError("signatory.codeExpired");
            case LOCKED -> state = SignatoryInvitation.State.LOCKED.name();
            default -> state = answer.link() == null ? OutsideSignatories.Opening.UNKNOWN.name() : answer.link().name();
        }
        code = null;
        return null;
    }

    private static void fieldError(String key) {
        Feedback.show("signatoryCode", new org.concordat.shared.domain.InvalidInputException("code", Feedback.text(key)));
    }

    private static String pendingToken() {
        HttpSession session = ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getSession(false);
        return session == null ? null : (String) session.getAttribute(OutsideSignatories.PENDING_TOKEN);
    }

    /** Whether the code page has a link behind it (else it says how to get one). */
    public boolean isPending() {
        return pendingToken() != null && state == null;
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getState() { return state; }
}
