package org.concordat.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.concordat.audit.application.AuditQueries;
import org.concordat.audit.domain.AuditEvent;

/** The audit trail for administrators: the latest 500 events matching the filters. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss")
            .withZone(ZoneId.of("Europe/London"));

    @Inject
    AuditQueries queries;

    private String action;
    private String text;
    private List<String> actions;
    private List<AuditEvent> events;
    private long total;

    @PostConstruct
    void init() {
        actions = queries.actions();
        search();
    }

    public void search() {
        events = queries.find(action, text, 0, 500);
        total = queries.count(action, text);
    }

    public String format(Instant instant) {
        return instant == null ? "" : UK.format(instant);
    }

    public List<String> getActions() { return actions; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public List<AuditEvent> getEvents() { return events; }
    public long getTotal() { return total; }
}
