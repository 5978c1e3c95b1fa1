package org.concordat.route.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.concordat.legal.application.LegalCatalogue;
import org.concordat.legal.domain.CatalogueEntry;
import org.concordat.legal.domain.Topic;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.route.application.RouteCheckCommand;
import org.concordat.route.application.RouteCheckResult;
import org.concordat.route.application.RouteChecks;
import org.concordat.shared.application.CurrentCaller;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.web.Feedback;

/**
 * "May I share this, with them, for this?": one screen, the question on top and the answer below it, in plain
 * English first; from the answer, on to recording the decision with everything already filled in.
 */
@Named
@ViewScoped
public class RouteCheckView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The value of the "to" list that stands for a recipient outside the partnership. */
    public static final String NOT_LISTED = "not-listed";
    private static final int FEW_REASONS = 8;

    @Inject
    RouteChecks checks;

    @Inject
    OrganisationQueries organisations;

    @Inject
    LegalCatalogue catalogue;

    @Inject
    CurrentCaller caller;

    private String to;
    private List<String> subjects = new ArrayList<>(List.of("CHILD"));
    private List<String> categories = new ArrayList<>();
    private String purpose;
    private boolean emergency;
    private RouteCheckResult result;
    private List<OrganisationData> recipients;

    public void check() {
        boolean notListed = NOT_LISTED.equals(to);
        Long toId = to == null || to.isBlank() || notListed ? null : Long.valueOf(to);
        try {
            result = checks.check(new RouteCheckCommand(null, toId, notListed, subjects, categories, purpose, emergency));
        } catch (RuntimeException e) {
            result = null;
            Feedback.show("check", e);
        }
    }

    /** The decision form, filled in from this answer. */
    public String recordDecision() {
        StringBuilder outcome = new StringBuilder("/app/decision?faces-redirect=true");
        param(outcome, "to", to);
        param(outcome, "subjects", String.join(",", result.question().dataSubjects().stream().map(RouteCheckResult.Term::code).toList()));
        param(outcome, "categories", String.join(",", result.question().dataCategories().stream().map(RouteCheckResult.Term::code).toList()));
        param(outcome, "purpose", result.question().purpose().code());
        param(outcome, "outcome", result.outcome().name());
        param(outcome, "emergency", String.valueOf(result.question().emergency()));
        if (!result.coveredBy().isEmpty()) {
            RouteCheckResult.CoveringFlow flow = result.coveredBy().get(0);
            param(outcome, "version", String.valueOf(flow.versionId()));
            if (!flow.lawfulBases().isEmpty()) {
                param(outcome, "basis", flow.lawfulBases().get(0).code());
            }
        }
        return outcome.toString();
    }

    private static void param(StringBuilder url, String name, String value) {
        if (value != null && !value.isBlank()) {
            url.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    public List<OrganisationData> getRecipients() {
        if (recipients == null) {
            long own = caller.get().map(Caller::organisationId).orElse(-1L);
            recipients = organisations.search(null, false).stream().filter(o -> o.id() != own).toList();
        }
        return recipients;
    }

    public List<CatalogueEntry> getSubjectChoices() {
        return catalogue.choices(Topic.DATA_SUBJECTS);
    }

    public List<CatalogueEntry> getCategoryChoices() {
        return catalogue.choices(Topic.DATA_CATEGORIES);
    }

    public List<CatalogueEntry> getPurposeChoices() {
        return catalogue.choices(Topic.PURPOSES);
    }

    public String getNotListed() { return NOT_LISTED; }
    public String getTo() { return to; }
    public void setTo(String v) { to = v; }
    public List<String> getSubjects() { return subjects; }
    public void setSubjects(List<String> v) { subjects = v; }
    public List<String> getCategories() { return categories; }
    public void setCategories(List<String> v) { categories = v; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String v) { purpose = v; }
    public boolean isEmergency() { return emergency; }
    public void setEmergency(boolean v) { emergency = v; }
    public RouteCheckResult getResult() { return result; }

    public List<RouteCheckResult.ReasonGroup> getReasonGroups() {
        return result == null ? List.of() : RouteCheckResult.ReasonGroup.of(result.reasons());
    }

    /** Few enough to read at a glance: each agreement's reasons are shown open rather than folded under its name. */
    public boolean isFewReasons() {
        return result != null && result.reasons().size() <= FEW_REASONS;
    }
}
