package org.concordat.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.concordat.shared.domain.AccessDeniedException;
import org.concordat.shared.domain.AccessRefused;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.NotAuthenticatedException;
import org.concordat.shared.domain.Role;

/**
 * The check at the top of every use case: who is asking, and may they? Pages and endpoints are also guarded
 * by URL, but this is the check that cannot be forgotten, whatever the entry point.
 */
@ApplicationScoped
public class AccessGuard {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Event<AccessRefused> refusals;

    public Caller signedIn() {
        return currentCaller.get().orElseThrow(() -> new NotAuthenticatedException(Messages.text("shared.AccessGuard.pleaseSignIn")));
    }

    /** The caller, provided they hold at least one of the roles. */
    public Caller requireAny(String action, Role... roles) {
        Caller caller = signedIn();
        if (Arrays.stream(roles).noneMatch(caller::has)) {
            String needed = Arrays.stream(roles).map(Role::name).collect(Collectors.joining(" or "));
            throw refuse(caller, action, Messages.text("shared.AccessGuard.thisNeedsThe", needed));
        }
        return caller;
    }

    /** Records the refusal and returns the exception to throw. */
    public AccessDeniedException refuse(Caller caller, String action, String reason) {
        refusals.fire(new AccessRefused(caller, action, reason));
        return new AccessDeniedException(reason);
    }
}
