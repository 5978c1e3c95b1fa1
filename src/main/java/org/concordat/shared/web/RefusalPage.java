package org.concordat.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ResourceBundle;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.ReaderLanguage;

/**
 * A plain page for a request refused before Faces (or before the form's action) could run: a status, a title and a
 * sentence from the message bundle, no scripts, nothing from the request. Written straight to the response, because
 * the request it answers must not reach the page it was sent to, nor the error page (a Faces page of its own).
 */
final class RefusalPage {

    private RefusalPage() {
    }

    static void send(HttpServletResponse response, int status, String messageKey) throws IOException {
        ResourceBundle bundle = Messages.bundle("org.concordat.web.messages", ReaderLanguage.current());
        String title = bundle.getString("refused.title");
        String message = bundle.getString(messageKey);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>" + title
                + " - " + bundle.getString("app.name") + "</title></head><body><main><h1>" + title + "</h1><p>" + message
                + "</p><p><a href=\"/\">" + bundle.getString("error.home") + "</a></p></main></body></html>\n");
        response.flushBuffer();
    }
}
