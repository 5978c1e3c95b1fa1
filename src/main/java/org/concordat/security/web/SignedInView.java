package org.concordat.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
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
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "/login?faces-redirect=true&signedOut=true";
    }
}
