package org.concordat.shared.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A form upload larger than the limit is turned back before anything parses it. Left to the container, the form could
 * not be parsed, Faces could not even find the page it came from, and the person would land on the error page.
 * Instead they return to that page (upload forms post to its full address: {@link UploadFormViewHandler}), which says
 * beside the file field that the file is too large: see {@link #refusedJustNow()}.
 */
@WebFilter(servletNames = "Faces Servlet")
public class OversizedUploadFilter extends HttpFilter {

    /** The largest file a page accepts (10 MB) and the form around it. The container's own limit is higher: web.xml. */
    static final long MAX_REQUEST_BYTES = 10_747_904;
    static final String PARAMETER = "upload";
    static final String REFUSED = "tooLarge";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && isMultipart(request)
                && request.getContentLengthLong() > MAX_REQUEST_BYTES) {
            discardBody(request);
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", wayBack(request.getRequestURI(), request.getQueryString()));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether this page is shown because the upload sent from it was turned back. */
    public static boolean refusedJustNow() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return !faces.isPostback() && REFUSED.equals(faces.getExternalContext().getRequestParameterMap().get(PARAMETER));
    }

    /**
     * Reads what the browser sends and throws it away: a server that answers and closes while the upload is still
     * arriving resets the connection, and the browser shows its own error page instead of the answer.
     */
    private static void discardBody(HttpServletRequest request) {
        try {
            request.getInputStream().transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // Beyond what the server accepts at all: it closes the connection, whatever is answered.
        }
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /** The page posted to, with the query that chose what it shows, saying once that the upload was refused. */
    static String wayBack(String path, String query) {
        String kept = query == null ? "" : Arrays.stream(query.split("&"))
                .filter(p -> !p.isEmpty() && !p.startsWith(PARAMETER + "=")).collect(Collectors.joining("&"));
        return path + "?" + (kept.isEmpty() ? "" : kept + "&") + PARAMETER + "=" + REFUSED;
    }
}
