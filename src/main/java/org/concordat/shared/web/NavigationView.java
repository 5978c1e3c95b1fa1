package org.concordat.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Which section of the menu a page belongs to (issue 26: the menu is grouped so it fits on one line at 1280 px; a
 * section's pages show its sub-navigation). Agreements, DPIAs and reviews are one section; the legal catalogue and
 * the templates are the reference; users and the audit trail are the administration.
 */
@Named
@RequestScoped
public class NavigationView {

    public static final String AGREEMENTS = "agreements";
    public static final String REFERENCE = "reference";
    public static final String ADMINISTRATION = "administration";

    /** The section of the page being rendered, or null for a page of its own (home, inbox, route check, ...). */
    public String getSection() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null ? null : sectionOf(context.getViewRoot().getViewId());
    }

    /** The section of a view id such as /app/dpia.xhtml. */
    public static String sectionOf(String viewId) {
        if (viewId == null) {
            return null;
        }
        String page = viewId.replaceFirst("\\.xhtml$", "");
        return switch (page) {
            case "/app/agreements", "/app/agreement", "/app/agreement-history", "/app/agreement-discussion", "/app/flow", "/app/dpias", "/app/dpia",
                 "/app/reviews", "/app/agreement-start", "/app/dpia-start", "/app/record-of-processing" -> AGREEMENTS;
            case "/app/catalogue", "/app/templates", "/app/template" -> REFERENCE;
            case "/admin/users", "/admin/user", "/admin/audit" -> ADMINISTRATION;
            default -> null;
        };
    }

    /** Whether the page being rendered is this one (for aria-current). */
    public boolean isCurrent(String page) {
        FacesContext context = FacesContext.getCurrentInstance();
        return context != null && context.getViewRoot() != null
                && context.getViewRoot().getViewId().replaceFirst("\\.xhtml$", "").equals(page);
    }
}
