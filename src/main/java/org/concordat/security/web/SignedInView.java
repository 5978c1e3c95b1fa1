package org.concordat.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.util.Optional;
import org.concordat.security.application.SessionKeys;
import org.concordat.security.application.SingleSignOn;
import java.util.List;
import org.concordat.security.application.SecurityEvents;
import org.concordat.shared.application.CurrentCaller;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.Role;

/** The signed-in person for every page ("me" in EL): name, organisation, roles for the menu; signing out. */
@Named("me")
@RequestScoped
public class SignedInView {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    SecurityEvents events;

    @Inject
    ExternalContext external;

    @Inject
    SingleSignOn sso;

    public boolean isSignedIn() {
        return currentCaller.get().isPresent();
    }

    public Caller getCaller() {
        return currentCaller.get().orElse(null);
    }

    public boolean has(String role) {
        return currentCaller.get().map(c -> c.has(Role.valueOf(role))).orElse(false);
    }

    public List<String> getRoles() {
        return currentCaller.get().map(c -> c.roles().stream().sorted().map(Role::name).toList()).orElse(List.of());
    }

    public String signOut() throws ServletException {
        currentCaller.get().ifPresent(events::signedOut);
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpSession session = request.getSession(false);
        Optional<URI> endSession = Optional.empty();
        if (session != null && session.getAttribute(SessionKeys.SIGNED_ON_BY) instanceof String provider) {
            String base = request.getRequestURL().toString();
            base = base.substring(0, base.length() - request.getRequestURI().length()) + request.getContextPath();
            String back = sso.redirectUri(base).replaceAll("/sso/callback$", "/login.xhtml?signedOut=true");
            endSession = sso.endSession(provider, back,
                    Optional.ofNullable((String) session.getAttribute(SessionKeys.SIGNED_ON_ID_TOKEN)));
        }
        request.logout();
        if (session != null) {
            session.invalidate();
        }
        // Concordat's session has ended; the provider's is the person's own to end, offered on the next page.
        endSession.ifPresent(uri -> request.getSession(true).setAttribute(SessionKeys.END_SESSION_URI, uri.toString()));
        return "/login?faces-redirect=true&signedOut=true";
    }
}
