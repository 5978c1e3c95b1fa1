package org.concordat.agreement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.concordat.agreement.application.AgreementQueries;
import org.concordat.agreement.domain.VersionComparison;
import org.concordat.legal.application.LegalCatalogue;
import org.concordat.security.application.UserQueries;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.web.Feedback;

/**
 * An agreement's history: every version the caller may see with who moved it on and when, the audit trail, and
 * the comparison of any two versions (by default the last two).
 */
@Named
@ViewScoped
public class AgreementHistoryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AgreementQueries queries;

    @Inject
    LegalCatalogue catalogue;

    @Inject
    UserQueries users;

    private Long id;
    private Integer from;
    private Integer to;
    private AgreementQueries.History history;
    /** The names of the people in the history, by e-mail address. */
    private java.util.HashMap<String, String> names = new java.util.HashMap<>();
    private List<VersionComparison.Change> changes;

    public void load() {
        if (id == null || history != null) {
            return;
        }
        history = queries.history(id);
        java.util.Set<String> emails = new java.util.HashSet<>();
        history.versions().forEach(v -> {
            emails.add(v.createdBy());
            emails.add(v.submittedBy());
        });
        history.events().forEach(e -> emails.add(e.actorEmail()));
        names = new java.util.HashMap<>(users.names(emails));
        List<AgreementQueries.VersionEntry> versions = history.versions();
        if (versions.size() > 1) {
            if (to == null) {
                to = versions.get(versions.size() - 1).number();
            }
            if (from == null) {
                from = versions.get(versions.size() - 2).number();
            }
            compare();
        }
    }

    public void compare() {
        if (from == null || to == null || from.equals(to)) {
            changes = null;
            Feedback.show("comparison", new InvalidInputException("to",
                    Feedback.text("history.chooseTwo")));
            return;
        }
        try {
            changes = queries.compare(id, from, to);
        } catch (RuntimeException e) {
            changes = null;
            Feedback.show("comparison", e);
        }
    }

    /**
     * A value before or after a change as people read it: catalogue codes become their titles, a whole flow or
     * party added or removed is named as such (its fields are in the version itself).
     */
    public String shown(VersionComparison.Change change, boolean after) {
        String value = after ? change.after() : change.before();
        if (value == null || value.isBlank()) {
            return "—";
        }
        if (change.field() == null && change.area() != VersionComparison.Area.SECTION) {
            return Feedback.text("history.whole." + change.area());
        }
        String plain = value.startsWith("[") && value.endsWith("]") ? value.substring(1, value.length() - 1) : value;
        if (plain.isBlank()) {
            return "—";
        }
        return Arrays.stream(plain.split(",")).map(String::trim)
                .map(v -> catalogue.current().find(v).map(e -> e.readerTitle()).orElse(v)).collect(Collectors.joining(", "));
    }

    /** The changed field's label, as the editor names it. */
    public String fieldLabel(VersionComparison.Change change) {
        if (change.field() == null) {
            return "";
        }
        return Feedback.text(switch (change.area()) {
            case DETAILS -> change.field().equals("title") ? "agreement.titleLabel" : "agreement." + change.field();
            case PARTY -> PARTY_FIELDS.getOrDefault(change.field(), "party.role");
            default -> "flow." + change.field();
        });
    }

    private static final java.util.Map<String, String> PARTY_FIELDS = java.util.Map.of("organisationId", "history.organisation",
            "role", "party.role", "signatoryName", "party.signatory", "contactName", "party.contact", "contactEmail", "party.contactEmail");

    public String where(VersionComparison.Change change) {
        return Feedback.text("area." + change.area()) + (change.key() == null ? "" : " " + change.key());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Integer getFrom() { return from; }
    public void setFrom(Integer v) { from = v; }
    public Integer getTo() { return to; }
    public void setTo(Integer v) { to = v; }
    public AgreementQueries.History getHistory() { return history; }
    public List<VersionComparison.Change> getChanges() { return changes; }

    /** Who did it: the person's name, or the address when no user has it (any more); empty for nobody. */
    public String who(String email) {
        return email == null ? "" : names.getOrDefault(email, email);
    }
}
