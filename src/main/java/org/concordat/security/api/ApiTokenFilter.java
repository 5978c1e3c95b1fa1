package org.concordat.security.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.concordat.security.application.ApiTokens;
import org.concordat.security.application.SecurityEvents;
import org.concordat.shared.api.Problem;
import org.concordat.shared.api.PublicApi;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.Messages;

/**
 * Every API request is authenticated by its own API token, never by a browser session: a page in another tab
 * cannot make the API act for a signed-in user (no cross-site request forgery). Endpoints marked
 * {@link PublicApi} need no token.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiTokenFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest request;

    @Inject
    ApiTokens tokens;

    @Inject
    SecurityEvents events;

    @Override
    public void filter(ContainerRequestContext context) {
        if (isPublic()) {
            return;
        }
        String header = context.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            context.abortWith(unauthorized(Messages.text("security.ApiTokenFilter.thisEndpointNeedsAnApi")));
            return;
        }
        Optional<Caller> caller = tokens.authenticate(header.substring(BEARER.length()).trim());
        if (caller.isEmpty()) {
            events.apiTokenRejected();
            context.abortWith(unauthorized(Messages.text("security.ApiTokenFilter.theApiTokenIsUnknown")));
            return;
        }
        request.setAttribute(ApiTokens.CALLER_ATTRIBUTE, caller.get());
    }

    private boolean isPublic() {
        return resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(PublicApi.class)
                || resource.getResourceClass().isAnnotationPresent(PublicApi.class));
    }

    private static jakarta.ws.rs.core.Response unauthorized(String detail) {
        return jakarta.ws.rs.core.Response.fromResponse(
                        Problem.of("not-authenticated", Messages.text("security.ApiTokenFilter.notAuthenticated"), 401, detail).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"concordat\"")
                .build();
    }
}
