package org.concordat.security.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.concordat.security.application.ApiRateLimits;
import org.concordat.security.application.ApiTokens;
import org.concordat.shared.api.Problem;
import org.concordat.shared.domain.Messages;

/**
 * Once {@link ApiTokenFilter} has authenticated a request, its token's rate limit is applied ({@link ApiRateLimits}):
 * past it the request is refused with 429, a problem document and {@code Retry-After}, before anything runs. Public
 * endpoints (no token) are not counted here; verification has its own limit per address.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 10)
public class ApiRateLimitFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    @Context
    HttpServletRequest request;

    @Inject
    ApiRateLimits limits;

    @Override
    public void filter(ContainerRequestContext context) {
        String header = context.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (request.getAttribute(ApiTokens.CALLER_ATTRIBUTE) == null || header == null || header.length() <= BEARER.length()) {
            return;
        }
        Optional<Duration> wait = limits.take(header.substring(BEARER.length()).trim());
        wait.ifPresent(w -> context.abortWith(tooManyRequests(w)));
    }

    private Response tooManyRequests(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return Response.fromResponse(Problem.of("too-many-requests", Messages.text("security.ApiRateLimitFilter.tooManyRequests"), 429, Messages.text("security.ApiRateLimitFilter.thisApiTokenHasMade",
                        rate(limits.limit().perSecond()), limits.limit().burst(), seconds))
                        .toResponse())
                .header("Retry-After", seconds).build();
    }

    private static String rate(double perSecond) {
        return perSecond == Math.rint(perSecond) ? Long.toString((long) perSecond) : String.format(Locale.ROOT, "%.2f", perSecond);
    }
}
