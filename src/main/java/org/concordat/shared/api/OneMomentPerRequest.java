package org.concordat.shared.api;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.concordat.shared.application.ConsistentReads;

/**
 * An API request reads the in-memory read models at one moment of the database, the moment it arrived: its token,
 * its user and, for a route check, the agreements and organisations. One look at the change feed per request, not
 * one per read model. What a request writes is read by the next one, never by itself, so this hides nothing.
 */
@WebFilter(urlPatterns = "/api/*")
public class OneMomentPerRequest extends HttpFilter {

    @Inject
    ConsistentReads reads;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            reads.atOneMoment(() -> {
                try {
                    chain.doFilter(request, response);
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (ServletException e) {
                    throw new ServletFailure(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (ServletFailure e) {
            throw e.failure;
        }
    }

    /** Carries a servlet exception out of the supplier unchanged. */
    private static final class ServletFailure extends RuntimeException {
        private final ServletException failure;

        ServletFailure(ServletException failure) {
            super(failure);
            this.failure = failure;
        }
    }
}
