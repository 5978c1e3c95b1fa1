package org.concordat.security.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.concordat.security.application.OpenIdConnect;
import org.concordat.security.application.OpenIdConnect.PendingSignOn;
import org.concordat.security.application.OpenIdConnect.Reason;
import org.concordat.security.application.OpenIdConnect.SignOnRefused;
import org.concordat.security.application.SecurityEvents;
import org.concordat.security.application.SessionKeys;
import org.concordat.security.application.SingleSignOn;
import org.concordat.security.domain.OidcProvider;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.ReaderLanguage;

/**
 * The two legs of single sign-on in the browser. {@code /sso/start?email=…} sends a person whose address belongs
 * to an organisation with a provider there (home-realm discovery, from the sign-in page); {@code /sso/callback} is
 * where the provider sends them back. Any refusal lands on the sign-in page with a plain reason.
 */
@WebServlet(urlPatterns = {SingleSignOnServlet.START, SingleSignOnServlet.CALLBACK})
public class SingleSignOnServlet extends HttpServlet {

    static final String START = "/sso/start";
    static final String CALLBACK = "/sso/callback";

    @Inject
    SingleSignOn sso;

    @Inject
    SecurityContext securityContext;

    @Inject
    SecurityEvents events;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (START.equals(request.getServletPath())) {
            start(request, response);
        } else {
            callback(request, response);
        }
    }

    private void start(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String email = Optional.ofNullable(request.getParameter("email")).map(String::trim).orElse("");
        Optional<OidcProvider> provider = sso.providerFor(email);
        if (provider.isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/login.xhtml");
            return;
        }
        try {
            OpenIdConnect.Start start = sso.start(provider.get(), sso.redirectUri(requestBase(request)), email);
            request.getSession().setAttribute(SessionKeys.PENDING_SIGN_ON, start.pending());
            continueTo(response, start.authorizationUri());
        } catch (SignOnRefused e) {
            refused(request, response, provider.get().key(), e);
        }
    }

    private void callback(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Object pending = session == null ? null : session.getAttribute(SessionKeys.PENDING_SIGN_ON);
        if (session != null) {
            session.removeAttribute(SessionKeys.PENDING_SIGN_ON); // single use, whatever happens next
        }
        if (!(pending instanceof PendingSignOn signOn)) {
            refused(request, response, "-", new SignOnRefused(Reason.STATE_MISMATCH, Messages.text("security.sso.noSignInStarted")));
            return;
        }
        Optional<OidcProvider> provider = sso.provider(signOn.providerKey());
        if (provider.isEmpty()) {
            refused(request, response, signOn.providerKey(), new SignOnRefused(Reason.PROVIDER_UNAVAILABLE, "provider gone"));
            return;
        }
        URI callback = URI.create(request.getRequestURL() + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        SingleSignOn.SignedOn signedOn;
        try {
            signedOn = sso.complete(provider.get(), signOn, callback);
        } catch (SignOnRefused e) {
            refused(request, response, provider.get().key(), e);
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request, response,
                withParams().credential(signedOn.credential()).newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE) {
            HttpSession signedIn = request.getSession();
            signedIn.setAttribute(SessionKeys.SIGNED_ON_BY, provider.get().key());
            signedIn.setAttribute(SessionKeys.SIGNED_ON_ID_TOKEN, signedOn.idToken());
            if (status == AuthenticationStatus.SUCCESS) {
                // SEND_CONTINUE: Jakarta Security is already taking them to the page they first asked for.
                response.sendRedirect(request.getContextPath() + "/app/home.xhtml");
            }
            return;
        }
        response.sendRedirect(request.getContextPath() + "/login.xhtml?sso=deactivated");
    }

    /**
     * A page that moves on to the provider at once, rather than a redirect: the sign-in form's redirects stay under
     * the Content-Security-Policy's {@code form-action 'self'}, which browsers also apply to where a form's redirects
     * lead. A new navigation (the page's refresh, or its link when refreshes are off) is not a form's.
     */
    private static void continueTo(HttpServletResponse response, URI provider) throws IOException {
        ResourceBundle text = Messages.bundle("org.concordat.web.messages", ReaderLanguage.current());
        String href = provider.toString().replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"UTF-8\">"
                + "<meta http-equiv=\"refresh\" content=\"0;url=" + href + "\"><title>" + escape(text.getString("sso.continue.title"))
                + "</title></head><body><main><p>" + escape(text.getString("sso.continue.intro")) + "</p><p><a id=\"continue\" href=\""
                + href + "\">" + escape(text.getString("sso.continue.link")) + "</a></p></main></body></html>");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private void refused(HttpServletRequest request, HttpServletResponse response, String provider, SignOnRefused e)
            throws IOException {
        events.singleSignOnRefused(provider, e.reason().name(), e.getMessage());
        response.sendRedirect(request.getContextPath() + "/login.xhtml?sso="
                + URLEncoder.encode(e.reason().name().toLowerCase(Locale.ROOT), StandardCharsets.UTF_8));
    }

    private static String requestBase(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }
}
