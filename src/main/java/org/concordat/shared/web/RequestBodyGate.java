package org.concordat.shared.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.handlers.ServletRequestContext;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * How large a request body may be, decided for every request before anything reads it: before sign-in (Jakarta
 * Security's "login to continue" reads a form sent to a protected page to replay it later), before filters, Faces and
 * the REST API.
 *
 * <p>The server's listeners check no size themselves (max-post-size 0 in wildfly-config/web.cli): Undertow refuses a
 * body whose declared length is over that limit while still parsing the headers, with a bare 400 that no application
 * code can explain, whatever the size. Instead, here:
 * <ul>
 * <li>a page accepts an upload form of up to {@link UploadRefusal#MAX_REQUEST_BYTES} and any other form of up to
 * {@link #PAGE_FORM_BYTES}. A larger upload is read to the end and thrown away (a browser whose upload is cut off shows
 * its own error page, not the answer), and the person is sent back to the page, which says beside the file field why
 * ({@link UploadRefusal}); a larger form gets a plain 413 page;</li>
 * <li>the REST API decides itself from the declared length, before reading, with a problem document
 * (RequestSizeLimit and the verification endpoint);</li>
 * <li>a body that does not declare its length is cut off while it is read, at the same limits.</li>
 * </ul>
 * Nothing is ever held in memory to be thrown away. Registered as an Undertow servlet extension
 * (META-INF/services/io.undertow.servlet.ServletExtension), which WildFly runs for the deployment.
 */
public class RequestBodyGate implements ServletExtension {

    /** The largest form a page accepts other than an upload: far more than any page's fields. */
    public static final long PAGE_FORM_BYTES = 2L * 1024 * 1024;
    /** The most the API reads of a body that does not declare its length: a 10 MB file in a form. */
    public static final long API_UNDECLARED_BYTES = UploadRefusal.MAX_REQUEST_BYTES;

    private static final Logger LOG = Logger.getLogger("org.concordat.security");

    /** What becomes of a request, by where it goes, what it is and the length it declares. */
    enum Answer { GO_ON, TURN_BACK_UPLOAD, FORM_TOO_LARGE }

    /**
     * @param answer    what to do now
     * @param readLimit the most that may then be read of the body, 0 for no limit (a declared length bounds itself)
     */
    record Decision(Answer answer, long readLimit) {
    }

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addOuterHandlerChainWrapper(next -> exchange -> gate(exchange, next));
    }

    static Decision decide(String path, String contentType, long declaredLength) {
        if (path.startsWith("/api/")) {
            return new Decision(Answer.GO_ON, declaredLength >= 0 ? 0 : API_UNDECLARED_BYTES);
        }
        boolean upload = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
        long limit = upload ? UploadRefusal.MAX_REQUEST_BYTES : PAGE_FORM_BYTES;
        if (declaredLength > limit) {
            return new Decision(upload ? Answer.TURN_BACK_UPLOAD : Answer.FORM_TOO_LARGE, 0);
        }
        return new Decision(Answer.GO_ON, limit);
    }

    private static void gate(HttpServerExchange exchange, HttpHandler next) throws Exception {
        ServletRequestContext servlet = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
        HttpServletRequest request = (HttpServletRequest) servlet.getServletRequest();
        HttpServletResponse response = (HttpServletResponse) servlet.getServletResponse();
        long declared = request.getContentLengthLong();
        Decision decision = decide(request.getRequestURI(), request.getContentType(), declared);
        exchange.setMaxEntitySize(decision.readLimit());
        // Refused requests go no further: the servlet layer sends what is written here once this returns.
        switch (decision.answer()) {
            case GO_ON -> next.handleRequest(exchange);
            case TURN_BACK_UPLOAD -> {
                refused(request, declared);
                discardBody(request);
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", UploadRefusal.wayBack(request.getRequestURI(), request.getQueryString()));
            }
            case FORM_TOO_LARGE -> {
                refused(request, declared);
                discardBody(request);
                RefusalPage.send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "refused.tooLarge");
            }
        }
    }

    /**
     * Reads what the client sends and throws it away, so that it reads the answer: a server that answers and closes
     * while the upload is still arriving resets the connection. A client that waits to be told to go on
     * (Expect: 100-continue) is answered at once and sends nothing.
     */
    private static void discardBody(HttpServletRequest request) {
        if ("100-continue".equalsIgnoreCase(request.getHeader("Expect"))) {
            return;
        }
        try {
            request.getInputStream().transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // The client went away: nobody is left to answer.
        }
    }

    private static void refused(HttpServletRequest request, long declared) {
        LOG.info(() -> "event=request_too_large outcome=refused path=" + request.getRequestURI().replaceAll("[\\r\\n\\t\"]", "_")
                + " declared_bytes=" + declared + " source=" + request.getRemoteAddr());
    }
}
