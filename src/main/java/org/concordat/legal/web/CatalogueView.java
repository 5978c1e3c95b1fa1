package org.concordat.legal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.concordat.legal.application.LegalCatalogue;
import org.concordat.legal.domain.CatalogueEntry;
import org.concordat.shared.web.Feedback;

/** The catalogue browser: search the law by code or words, read the summary and the citation. */
@Named
@ViewScoped
public class CatalogueView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

    @Inject
    LegalCatalogue catalogue;

    private String query;
    private String topic;
    private List<CatalogueEntry> entries;

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        try {
            entries = catalogue.search(query, topic);
        } catch (RuntimeException e) {
            Feedback.show("search", e);
        }
    }

    public String applies(CatalogueEntry entry) {
        String from = Feedback.text("catalogue.appliesFrom", UK_DATE.format(entry.appliesFrom()));
        return entry.appliesUntil() == null ? from
                : from + " " + Feedback.text("catalogue.appliesUntil", UK_DATE.format(entry.appliesUntil()));
    }

    /** "Replaced by A9-2-j.2026": the entry that took the place of one closed because the law changed. */
    public String replacedBy(CatalogueEntry entry) {
        return entry.replacedBy() == null ? "" : Feedback.text("catalogue.replacedBy", entry.replacedBy());
    }

    /** "S1-P2-6, S1-P2-7, …": the conditions of which one must also be relied on. */
    public String requires(CatalogueEntry entry) {
        return String.join(", ", entry.requiresOneOf());
    }

    public String getVersion() {
        return catalogue.forReader().version();
    }

    public List<String> getTopics() {
        return catalogue.topicIds();
    }

    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public List<CatalogueEntry> getEntries() { return entries; }
}
