package org.concordat.audit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.concordat.audit.application.AuditQueries;
import org.concordat.audit.domain.AuditEvent;
import org.concordat.shared.domain.ListParameters;
import org.concordat.shared.domain.Page;
import org.concordat.shared.domain.PageRequest;
import org.concordat.shared.web.ListPageView;

/** The audit trail for administrators, newest first, a page at a time; the action and the words are in the address. */
@Named
@ViewScoped
public class AuditView extends ListPageView {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss")
            .withZone(ZoneId.of("Europe/London"));

    @Inject
    AuditQueries queries;

    private String action;
    private transient List<String> actions;
    private Page<AuditEvent> events = Page.empty(PageRequest.first());

    @Override
    protected String outcome() {
        return "/admin/audit";
    }

    @Override
    protected String form() {
        return "search";
    }

    @Override
    protected boolean read(PageRequest request) {
        String text = ListParameters.searchText(getQ());
        String chosen = action == null || action.isBlank() ? null : action;
        events = queries.page(chosen, text, request);
        return text != null || chosen != null;
    }

    @Override
    protected void empty() {
        events = Page.empty(PageRequest.first());
    }

    public String format(Instant instant) {
        return instant == null ? "" : UK.format(instant);
    }

    public List<String> getActions() {
        if (actions == null) {
            actions = queries.actions();
        }
        return actions;
    }

    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public Page<AuditEvent> getEvents() { return events; }
}
