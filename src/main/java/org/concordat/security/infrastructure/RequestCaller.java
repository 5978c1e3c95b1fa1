package org.concordat.security.infrastructure;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import org.concordat.security.application.ApiTokens;
import org.concordat.security.application.CallerDirectory;
import org.concordat.shared.application.CurrentCaller;
import org.concordat.shared.domain.Caller;

/**
 * The caller of the current request: the owner of the API token the request carried, or the signed-in browser
 * user. Read from the database once per request, so that deactivation takes effect at once.
 */
@RequestScoped
public class RequestCaller implements CurrentCaller {

    @Inject
    HttpServletRequest request;

    @Inject
    SecurityContext securityContext;

    @Inject
    CallerDirectory callers;

    private Caller resolved;
    private String systemTask;
    private Caller actingAs;

    @Override
    public Optional<Caller> get() {
        if (actingAs != null) {
            return Optional.of(actingAs);
        }
        if (systemTask != null) {
            return Optional.empty();
        }
        if (resolved == null) {
            if (request.getAttribute(ApiTokens.CALLER_ATTRIBUTE) instanceof Caller tokenCaller) {
                resolved = tokenCaller;
            } else {
                Principal principal = securityContext.getCallerPrincipal();
                // Not cached when empty: a sign-in later in this same request must be seen.
                resolved = principal == null ? null : callers.activeCaller(principal.getName()).orElse(null);
            }
        }
        return Optional.ofNullable(resolved);
    }

    @Override
    public String sourceAddress() {
        return systemTask != null ? "system:" + systemTask : request.getRemoteAddr();
    }

    @Override
    public void actAsSystem(String task) {
        this.systemTask = task;
    }

    @Override
    public void runAs(Caller user, Runnable work) {
        if (systemTask == null) {
            throw new IllegalStateException("Only the system's own work may act as a user");
        }
        Caller before = actingAs;
        actingAs = user;
        try {
            work.run();
        } finally {
            actingAs = before;
        }
    }
}
