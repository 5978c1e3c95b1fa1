package org.concordat.security.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.stream.Collectors;
import org.concordat.security.application.CallerDirectory;
import org.concordat.security.application.SecurityEvents;
import org.concordat.security.application.SessionKeys;
import org.concordat.security.application.SingleSignOnCredential;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.Role;

/**
 * Signs in the user single sign-on has verified and provisioned, through the same form mechanism as passwords (one
 * session, one sign-out). The user is read afresh: deactivated since the provider's answer means not signed in.
 */
@ApplicationScoped
public class SingleSignOnIdentityStore implements IdentityStore {

    @Inject
    CallerDirectory callers;

    @Inject
    SecurityEvents events;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof SingleSignOnCredential signedOn)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<Caller> caller = callers.activeCaller(signedOn.userId());
        if (caller.isEmpty()) {
            events.singleSignOnRefused(signedOn.issuer(), "DEACTIVATED", "user " + signedOn.userId() + " not active");
            return CredentialValidationResult.INVALID_RESULT;
        }
        // A new session id at sign-in (session fixation), as for passwords.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession().setAttribute(SessionKeys.MUST_CHANGE_PASSWORD, false);
        events.signedInBySingleSignOn(caller.get(), signedOn.issuer(), signedOn.subject());
        return new CredentialValidationResult(caller.get().email(),
                caller.get().roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
