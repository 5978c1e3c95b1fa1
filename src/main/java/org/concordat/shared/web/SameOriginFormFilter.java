package org.concordat.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.concordat.shared.application.Settings;

/**
 * A form sent to a signed-in page, an administration page or the sign-in page from another site is refused with a
 * plain 403 before Faces runs, so its action never does. Faces' view state (a token in every form) and SameSite
 * cookies already stop such posts; this check means the protection never rests on one mechanism alone.
 *
 * <p>A browser says where a request comes from: {@code Sec-Fetch-Site} (must be {@code same-origin}, or {@code none}
 * for one the person started), {@code Origin} (sent with every cross-site form post; must be this application's own
 * origin, as the request reached it or as {@code CONCORDAT_BASE_URL} names it) and, failing an Origin, {@code Referer}
 * (its origin, likewise). Every one of them that is present must agree. A request with none of them does not come from
 * a browser page, so it cannot be a forged cross-site post, and goes on. The REST API is authenticated by token on
 * every request, never by a cookie, and is not filtered.
 */
@WebFilter(urlPatterns = {"/app/*", "/admin/*", "/login.xhtml"})
public class SameOriginFormFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger("org.concordat.security");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Inject
    Settings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!SAFE_METHODS.contains(request.getMethod())) {
            String own = origin(request.getScheme(), request.getServerName(), request.getServerPort());
            Optional<String> configuredOrigin = settings.configuredBaseUrl().flatMap(SameOriginFormFilter::originOf);
            // Set.of refuses duplicates: a request reaching Concordat at CONCORDAT_BASE_URL itself must not fail.
            Optional<String> refusal = refusal(request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"),
                    request.getHeader("Referer"), configuredOrigin.filter(c -> !c.equals(own))
                            .map(c -> Set.of(own, c)).orElse(Set.of(own)));
            if (refusal.isPresent()) {
                LOG.warning(() -> "event=cross_site_form outcome=refused path=" + clean(request.getRequestURI())
                        + " source=" + clean(request.getRemoteAddr()) + " reason=\"" + clean(refusal.get()) + "\"");
                RefusalPage.send(response, HttpServletResponse.SC_FORBIDDEN, "refused.crossSite");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Why a state-changing request with these headers is not the application's own, if it is not. */
    static Optional<String> refusal(String fetchSite, String origin, String referer, Set<String> ownOrigins) {
        if (fetchSite != null && !fetchSite.equalsIgnoreCase("same-origin") && !fetchSite.equalsIgnoreCase("none")) {
            return Optional.of("Sec-Fetch-Site " + fetchSite);
        }
        if (origin != null) {
            return originOf(origin).filter(ownOrigins::contains).isPresent() ? Optional.empty()
                    : Optional.of("Origin " + origin);
        }
        if (referer != null) {
            return originOf(referer).filter(ownOrigins::contains).isPresent() ? Optional.empty()
                    : Optional.of("Referer from another origin");
        }
        return Optional.empty();
    }

    /** scheme://host[:port] in lower case, without the scheme's default port; empty for "null" or anything unreadable. */
    static Optional<String> originOf(String url) {
        try {
            URI uri = new URI(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(origin(uri.getScheme(), uri.getHost(), uri.getPort()));
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    static String origin(String scheme, String host, int port) {
        String s = scheme.toLowerCase(Locale.ROOT);
        boolean standard = port < 0 || ("http".equals(s) && port == 80) || ("https".equals(s) && port == 443);
        return s + "://" + host.toLowerCase(Locale.ROOT) + (standard ? "" : ":" + port);
    }

    private static String clean(String s) {
        if (s == null) {
            return "-";
        }
        String oneLine = s.replaceAll("[\\r\\n\\t\"]", "_");
        return oneLine.length() > 120 ? oneLine.substring(0, 120) : oneLine;
    }
}
