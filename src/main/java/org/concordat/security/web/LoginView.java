package org.concordat.security.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import jakarta.faces.application.FacesMessage;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.MissingResourceException;
import java.util.Optional;
import org.concordat.security.application.SessionKeys;
import org.concordat.security.application.SingleSignOn;
import org.concordat.security.domain.OidcProvider;
import org.concordat.shared.web.Feedback;

/** The sign-in page: hands the credentials to Jakarta Security and explains any refusal plainly. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    ExternalContext external;

    @Inject
    SingleSignOn sso;

    private String email;
    private String password;
    private boolean expired;
    private boolean signedOut;
    private boolean deactivated;
    private String ssoOutcome;
    private String endSessionUri;

    /** Says why the visitor is here, when they were sent here. */
    public void explain() {
        if (faces.isPostback()) {
            return;
        }
        if (expired) {
            Feedback.info(Feedback.text("login.expired"));
        } else if (signedOut) {
            Feedback.info(Feedback.text("login.signedOut"));
        } else if (deactivated) {
            Feedback.error(Feedback.text("login.deactivated"));
        }
        if (ssoOutcome != null && !ssoOutcome.isBlank()) {
            String message;
            try {
                message = Feedback.text("login.sso." + ssoOutcome);
            } catch (MissingResourceException e) {
                message = Feedback.text("login.sso.failed");
            }
            Feedback.error(message);
        }
        // After signing out of a session its organisation's provider signed in: offer the provider's sign-out too.
        HttpSession session = (HttpSession) external.getSession(false);
        if (signedOut && session != null && session.getAttribute(SessionKeys.END_SESSION_URI) instanceof String uri) {
            endSessionUri = uri;
            session.removeAttribute(SessionKeys.END_SESSION_URI);
        }
    }

    public void signIn() throws IOException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        // Home-realm discovery: the people of an organisation with its own provider sign in there, never here.
        Optional<OidcProvider> provider = sso.providerFor(email.trim());
        if (provider.isPresent()) {
            external.redirect(request.getContextPath() + "/sso/start?email="
                    + URLEncoder.encode(email.trim(), StandardCharsets.UTF_8));
            return;
        }
        if (password == null || password.isEmpty()) {
            String text = Feedback.text("login.passwordRequired");
            faces.addMessage("login:password", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            faces.validationFailed();
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request, response, withParams()
                .credential(new UsernamePasswordCredential(email.trim(), new Password(password)))
                .newAuthentication(true));
        switch (status) {
            // Jakarta Security is taking the user back to the page they first asked for.
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(request.getContextPath() + "/app/home.xhtml");
            default -> {
                Object wait = request.getAttribute(SessionKeys.SIGN_IN_WAIT);
                Feedback.error(wait instanceof Duration d
                        ? Feedback.text("login.throttled", describe(d).in())
                        : Feedback.text("login.failed"));
            }
        }
    }

    /** How long to wait, in words of the page's language: the key of its unit and the number. */
    record Wait(String key, long amount) {
        String in() {
            return Feedback.text(key, String.valueOf(amount));
        }
    }

    static Wait describe(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000); // rounded up: never promise too short a wait
        if (seconds < 90) {
            return new Wait("login.waitSeconds", seconds);
        }
        long minutes = (seconds + 59) / 60;
        return new Wait("login.waitMinutes", minutes);
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public boolean isExpired() { return expired; }
    public void setExpired(boolean expired) { this.expired = expired; }
    public boolean isSignedOut() { return signedOut; }
    public void setSignedOut(boolean signedOut) { this.signedOut = signedOut; }
    public boolean isDeactivated() { return deactivated; }
    public String getSsoOutcome() { return ssoOutcome; }
    public void setSsoOutcome(String ssoOutcome) { this.ssoOutcome = ssoOutcome; }
    public String getEndSessionUri() { return endSessionUri; }
    public void setDeactivated(boolean deactivated) { this.deactivated = deactivated; }
}
