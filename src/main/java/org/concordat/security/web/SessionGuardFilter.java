package org.concordat.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.concordat.security.application.SessionKeys;
import org.concordat.shared.application.CurrentCaller;

/**
 * Guards the signed-in pages beyond the role check: a session whose user (or organisation) was deactivated ends
 * at the next click, and a user on a one-time password sees nothing but the page to replace it.
 */
@WebFilter(urlPatterns = {"/app/*", "/admin/*"})
public class SessionGuardFilter extends HttpFilter {

    private static final String ACCOUNT_PAGE = "/app/account.xhtml";

    @Inject
    CurrentCaller currentCaller;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            if (currentCaller.get().isEmpty()) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                request.logout();
                response.sendRedirect(request.getContextPath() + "/login.xhtml?deactivated=true");
                return;
            }
            HttpSession session = request.getSession(false);
            boolean mustChange = session != null
                    && Boolean.TRUE.equals(session.getAttribute(SessionKeys.MUST_CHANGE_PASSWORD));
            if (mustChange && !ACCOUNT_PAGE.equals(request.getServletPath())) {
                response.sendRedirect(request.getContextPath() + ACCOUNT_PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
