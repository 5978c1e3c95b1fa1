package org.concordat.security.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Collectors;
import org.concordat.security.application.PasswordCheck;
import org.concordat.security.application.SecurityEvents;
import org.concordat.security.application.SessionKeys;
import org.concordat.security.application.SignInAttempts;
import org.concordat.shared.application.CurrentCaller;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.Role;

/**
 * Jakarta Security identity store over the users table. Every attempt passes the throttle first; a throttled
 * attempt is refused without even checking the password, and the sign-in page is told how long to wait.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    @Inject
    PasswordCheck passwordCheck;

    @Inject
    SignInAttempts attempts;

    @Inject
    SecurityEvents events;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String email = login.getCaller();
        String source = currentCaller.sourceAddress();
        Optional<Duration> wait = attempts.waitBeforeAttempt(email, source);
        if (wait.isPresent()) {
            request.setAttribute(SessionKeys.SIGN_IN_WAIT, wait.get());
            events.signInFailed(email, "throttled");
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<PasswordCheck.SignedIn> signedIn = passwordCheck.check(email, login.getPassword().getValue());
        if (signedIn.isEmpty()) {
            attempts.failed(email, source);
            events.signInFailed(email, "bad_credentials_or_inactive");
            // If this failure used up the free attempts, say so now rather than at the next try.
            attempts.waitBeforeAttempt(email, source).ifPresent(w -> request.setAttribute(SessionKeys.SIGN_IN_WAIT, w));
            return CredentialValidationResult.INVALID_RESULT;
        }
        attempts.succeeded(email, source);
        Caller caller = signedIn.get().caller();
        // A new session id at sign-in: an id planted before sign-in (session fixation) is worth nothing after.
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.changeSessionId();
        }
        request.getSession().setAttribute(SessionKeys.MUST_CHANGE_PASSWORD, signedIn.get().mustChangePassword());
        events.signedIn(caller);
        return new CredentialValidationResult(caller.email(),
                caller.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
