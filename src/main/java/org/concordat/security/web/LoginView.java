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
import org.concordat.security.application.SessionKeys;
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

    private String email;
    private String password;
    private boolean expired;
    private boolean signedOut;
    private boolean deactivated;

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
    }

    public void signIn() throws IOException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
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
                        ? Feedback.text("login.throttled", describe(d))
                        : Feedback.text("login.failed"));
            }
        }
    }

    static String describe(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000); // rounded up: never promise too short a wait
        if (seconds < 90) {
            return seconds + " seconds";
        }
        long minutes = (seconds + 59) / 60;
        return minutes + " minutes";
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
    public void setDeactivated(boolean deactivated) { this.deactivated = deactivated; }
}
