package org.concordat.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.concordat.shared.application.CurrentCaller;

/**
 * "Stay signed in" on the timeout warning (WCAG 2.2 success criterion 2.2.1, timing adjustable): the request itself
 * renews the signed-in session, so it only answers 204, or 401 when nobody (active) is signed in any more. It is
 * deliberately outside {@code /app/}: there, a request after the session had ended would be kept by the sign-in
 * mechanism as the page to return to, and the next sign-in would land on this empty answer.
 */
@WebServlet(KeepAliveServlet.PATH)
public class KeepAliveServlet extends HttpServlet {

    public static final String PATH = "/keep-alive";

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentCaller currentCaller;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        boolean signedIn = request.getSession(false) != null && currentCaller.get().isPresent();
        response.setStatus(signedIn ? HttpServletResponse.SC_NO_CONTENT : HttpServletResponse.SC_UNAUTHORIZED);
    }
}
