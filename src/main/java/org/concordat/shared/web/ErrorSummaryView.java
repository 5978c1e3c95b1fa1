package org.concordat.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What the shared error summary (WEB-INF/fragments/error-summary.xhtml) lists: every error on the page, in the order of
 * the form's fields (not the order the checks found them), each linked to its field; an error about no field last,
 * unlinked. Also the "Error: " the page title starts with while the page shows errors (GOV.UK's pattern: a screen
 * reader hears it first).
 */
@Named
@RequestScoped
public class ErrorSummaryView {

    /** @param target the id of the field in the page, or null for an error about the page as a whole */
    public record Item(String target, String text) {
    }

    private List<Item> items;

    public boolean isShown() {
        return !getItems().isEmpty();
    }

    public List<Item> getItems() {
        FacesContext faces = FacesContext.getCurrentInstance();
        // Kept only once the page is being rendered: the fragment's "rendered" is also asked while a form is still
        // being processed, before its errors exist.
        if (faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
            return collect(faces);
        }
        if (items == null) {
            items = collect(faces);
        }
        return items;
    }

    /** "Error: " while the page shows an error, else nothing. */
    public String getTitlePrefix() {
        FacesContext faces = FacesContext.getCurrentInstance();
        FacesMessage.Severity worst = faces.getMaximumSeverity();
        return worst != null && worst.compareTo(FacesMessage.SEVERITY_ERROR) >= 0 ? Feedback.text("errorSummary.titlePrefix") : "";
    }

    private static List<Item> collect(FacesContext faces) {
        Map<String, Integer> order = new HashMap<>();
        if (faces.getViewRoot() != null) {
            int[] next = {0};
            // Iterating components (ui:repeat, tables) are visited once, not per row: fields are what is wanted.
            faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces, null, EnumSet.of(VisitHint.SKIP_ITERATION)),
                    (context, component) -> {
                order.putIfAbsent(component.getClientId(faces), next[0]++);
                return VisitResult.ACCEPT;
            });
        }
        List<Item> fields = new ArrayList<>();
        List<Item> page = new ArrayList<>();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String id = ids.next();
            for (FacesMessage m : faces.getMessageList(id)) {
                if (m.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0) {
                    // A message kept for a field the page does not have (Feedback) is the page's, unlinked.
                    boolean field = id != null && (order.isEmpty() || order.containsKey(id));
                    (field ? fields : page).add(new Item(field ? id : null, m.getSummary()));
                }
            }
        }
        fields.sort(Comparator.comparingInt(i -> order.getOrDefault(i.target(), Integer.MAX_VALUE)));
        fields.addAll(page);
        return List.copyOf(fields);
    }
}
