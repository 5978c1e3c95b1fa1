package org.concordat.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.concordat.shared.application.DatabaseOutage;

/**
 * A page that failed because the database was out of reach (stopped, restarting) is answered 503 with
 * {@code Retry-After} and the static "try again in a moment" page, not the error page: that page is itself drawn
 * with the signed-in person's navigation, which needs the database, and its "something went wrong on our side"
 * would send people to their administrator for a restart that fixes itself in seconds. Mapped first in web.xml, so
 * that it also covers the filters that read the database before the page (the session guard).
 *
 * <p>The API answers the same outage itself (problem JSON, {@code ProblemMapper}); the balancer answers it when no
 * node is up (wildfly-config/haproxy.cfg), with the same page.
 */
public class DatabaseOutageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String RETRY_AFTER_SECONDS = "5";

    private static final Logger LOG = Logger.getLogger(DatabaseOutageFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!DatabaseOutage.causedBy(failure) || response.isCommitted()) {
                throw failure;
            }
            LOG.warning("event=page_database_unavailable path=\"" + request.getServletPath() + "\"");
            response.reset();
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
