package org.concordat.setup.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.concordat.setup.application.SecurityTxt;

/** {@code /.well-known/security.txt} (RFC 9116), for anyone, with no sign-in: whom to tell about a vulnerability. */
@WebServlet("/.well-known/security.txt")
public class SecurityTxtServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SecurityTxt securityTxt;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = securityTxt.document().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/plain; charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
