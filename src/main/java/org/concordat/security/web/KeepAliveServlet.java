package org.concordat.security.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Stay signed in" on the timeout warning (WCAG 2.2 success criterion 2.2.1, timing adjustable): the request itself
 * renews the signed-in session, so it only answers 204. It is under {@code /app/}, so a session that has already
 * ended gets the sign-in page instead, which the page's script reads as "too late".
 */
@WebServlet(KeepAliveServlet.PATH)
public class KeepAliveServlet extends HttpServlet {

    public static final String PATH = "/app/keep-alive";

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(request.getSession(false) == null ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_NO_CONTENT);
    }
}
