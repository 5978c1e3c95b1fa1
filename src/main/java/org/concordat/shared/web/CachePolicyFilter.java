package org.concordat.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The one place that decides what browsers and proxies may keep (issue 25). Every response of Concordat — pages,
 * API answers (a new API token, a one-time password, a decision log), downloads, error pages — is sent with
 * {@code Cache-Control: no-store} (and {@code Pragma: no-cache} for HTTP/1.0 proxies), so that nothing a signed-in
 * person saw stays on a shared office PC's disk or in a proxy. Only the public static resources may be stored:
 * the style sheets, scripts, fonts and images Faces and PrimeFaces serve under {@code /jakarta.faces.resource/} and
 * those of {@code /resources/} (PrimeFaces' dynamic content, also served there, is not static and stays no-store),
 * and the files of the published data formats under {@code /api/v1/formats/}.
 * The public register and the verification page are public, but nothing is lost by not storing them either.
 *
 * <p>The headers are set before anything else runs, so a servlet or endpoint may still say something stricter
 * (the documents' {@code private, no-store}); and again if a page resets the response to send a file (the decision
 * log's CSV), which would otherwise drop them. The path tested is the servlet path the container has already decoded
 * and normalised, so {@code /resources/../app/…} is no way round it. Responses the container writes before any
 * filter (the redirect to the sign-in page) carry nothing personal.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class CachePolicyFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String NO_STORE = "no-store";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (mayBeStored(request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()))) {
            chain.doFilter(request, response);
            return;
        }
        forbidStoring(response);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void reset() {
                super.reset();
                forbidStoring(this);
            }
        });
    }

    /**
     * Public static resources only: whatever else Concordat answers may be personal. The files of a published data
     * format (its JSON-LD context, schema and note, under /api/v1/formats/) are public and never change.
     */
    static boolean mayBeStored(String path) {
        if (path.startsWith("/jakarta.faces.resource/")) {
            return !path.startsWith("/jakarta.faces.resource/dynamiccontent");
        }
        return path.startsWith("/resources/") || path.startsWith("/api/v1/formats/");
    }

    private static void forbidStoring(HttpServletResponse response) {
        response.setHeader("Cache-Control", NO_STORE);
        response.setHeader("Pragma", "no-cache");
    }
}
