package org.concordat.route.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.concordat.legal.application.LegalCatalogue;
import org.concordat.legal.domain.CatalogueEntry;
import org.concordat.legal.domain.Topic;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.route.application.RouteCheckCommand;
import org.concordat.route.application.RouteCheckResult;
import org.concordat.route.application.RouteChecks;
import org.concordat.route.domain.Outcome;
import org.concordat.shared.application.CurrentCaller;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.web.Feedback;
import org.concordat.shared.web.FormatView;

/**
 * "Is sharing this, with them, for this, covered by an agreement?": the question first (whether someone is at
 * immediate risk before anything else), then the answer on its own, focused: a one-line headline, what was asked with
 * "Change" links, what to do, and the law behind "Show the legal detail". The page names everything in words: the
 * codes stay in the API's answer. From the answer, on to recording the decision with everything already filled in.
 */
@Named
@ViewScoped
public class RouteCheckView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The value of the "to" list that stands for a recipient outside the partnership. */
    public static final String NOT_LISTED = "not-listed";
    private static final int FEW_REASONS = 8;
    private static final String EMERGENCY_STEP = "EMERGENCY_SHARE_NOW";

    @Inject
    RouteChecks checks;

    @Inject
    OrganisationQueries organisations;

    @Inject
    LegalCatalogue catalogue;

    @Inject
    CurrentCaller caller;

    @Inject
    FormatView format;

    private String to;
    private List<String> subjects = new ArrayList<>(List.of("CHILD"));
    private List<String> categories = new ArrayList<>();
    private String purpose;
    private Boolean emergency;
    private RouteCheckResult result;
    private List<OrganisationData> recipients;
    // The question as a "Change" link (or the decision form) gives it back: filled in, never checked until sent again.
    private String toParam;
    private String purposeParam;
    private String subjectsParam;
    private String categoriesParam;
    private String emergencyParam;
    private String corrects;
    private boolean loaded;

    /** Fills the form from a "Change" link, once. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (toParam != null) {
            to = toParam;
        }
        if (purposeParam != null) {
            purpose = purposeParam;
        }
        if (subjectsParam != null) {
            subjects = codes(subjectsParam);
        }
        if (categoriesParam != null) {
            categories = codes(categoriesParam);
        }
        if (emergencyParam != null) {
            emergency = "true".equals(emergencyParam) ? Boolean.TRUE : "false".equals(emergencyParam) ? Boolean.FALSE : null;
        }
    }

    public void check() {
        if (emergency == null) {
            // Asked first, and answered: the page never assumes there is no emergency. Blank answers are named too,
            // so that the person sees every problem at once (the check itself names any other).
            List<FieldError> errors = new ArrayList<>();
            errors.add(new FieldError("emergency", Feedback.text("routeCheck.emergencyRequired")));
            if (to == null || to.isBlank()) {
                errors.add(new FieldError("toOrganisationId", Feedback.text("routeCheck.toRequired")));
            }
            if (subjects == null || subjects.isEmpty()) {
                errors.add(new FieldError("dataSubjects", Feedback.text("routeCheck.subjectsRequired")));
            }
            if (categories == null || categories.isEmpty()) {
                errors.add(new FieldError("dataCategories", Feedback.text("routeCheck.categoriesRequired")));
            }
            if (purpose == null || purpose.isBlank()) {
                errors.add(new FieldError("purpose", Feedback.text("routeCheck.purposeRequired")));
            }
            result = null;
            Feedback.show("check", new InvalidInputException(errors));
            return;
        }
        boolean notListed = NOT_LISTED.equals(to);
        Long toId = to == null || to.isBlank() || notListed ? null : Long.valueOf(to);
        try {
            result = checks.check(new RouteCheckCommand(null, toId, notListed, subjects, categories, purpose, emergency));
        } catch (RuntimeException e) {
            result = null;
            Feedback.show("check", e);
        }
    }

    /** The decision form, filled in from this answer (and still correcting an entry, when the check was a change to one). */
    public String recordDecision() {
        StringBuilder outcome = new StringBuilder("/app/decision?faces-redirect=true");
        var q = result.question();
        param(outcome, "to", q.notListed() ? NOT_LISTED : String.valueOf(q.to().id()));
        param(outcome, "subjects", String.join(",", result.question().dataSubjects().stream().map(RouteCheckResult.Term::code).toList()));
        param(outcome, "categories", String.join(",", result.question().dataCategories().stream().map(RouteCheckResult.Term::code).toList()));
        param(outcome, "purpose", result.question().purpose().code());
        param(outcome, "outcome", result.outcome().name());
        param(outcome, "emergency", String.valueOf(result.question().emergency()));
        param(outcome, "corrects", corrects);
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

    /**
     * This page with the question filled in and the named field focused: what a "Change" link opens, here and on the
     * decision form.
     */
    static String changeUrl(String to, Collection<String> subjects, Collection<String> categories, String purpose,
                            Boolean emergency, String corrects, String field) {
        StringBuilder query = new StringBuilder();
        param(query, "to", to);
        param(query, "subjects", String.join(",", subjects));
        param(query, "categories", String.join(",", categories));
        param(query, "purpose", purpose);
        param(query, "emergency", emergency == null ? null : emergency.toString());
        param(query, "corrects", corrects);
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/app/route-check.xhtml"
                + (query.isEmpty() ? "" : "?" + query.substring(1)) + "#check:" + field;
    }

    /** The "Change" link of one answer of the question, from the answer. */
    public String change(String field) {
        var q = result.question();
        return changeUrl(q.notListed() ? NOT_LISTED : q.to() == null ? null : String.valueOf(q.to().id()),
                q.dataSubjects().stream().map(RouteCheckResult.Term::code).toList(),
                q.dataCategories().stream().map(RouteCheckResult.Term::code).toList(), q.purpose().code(),
                q.emergency(), corrects, field);
    }

    /** The headline in the panel: whether an agreement in force covers the route, in one line. */
    public String getHeadline() {
        return Feedback.text("routeAnswer.headline." + result.outcome().name());
    }

    /** Under the headline: which agreement covers it, or that not covered is no refusal. */
    public String getHeadlineDetail() {
        RouteCheckResult.Question q = result.question();
        if (result.outcome() == Outcome.NOT_COVERED) {
            return Feedback.text(q.notListed() ? "routeAnswer.detail.NOT_COVERED.notListed" : "routeAnswer.detail.NOT_COVERED");
        }
        return Feedback.text("routeAnswer.detail." + result.outcome().name(), getAgreements(),
                q.to() == null ? "" : q.to().name(), q.purpose().title().toLowerCase(java.util.Locale.UK));
    }

    /** The agreement versions the answer relies on, by reference: "DSA-2026-0001 version 1". */
    public String getAgreements() {
        List<String> labels = result.coveredBy().stream().map(this::versionLabel).distinct().toList();
        return and(labels);
    }

    private String versionLabel(RouteCheckResult.CoveringFlow f) {
        return Feedback.text("routeAnswer.version", f.reference(), String.valueOf(f.versionNumber()));
    }

    /** In an emergency, the advice that opens the answer (the emergency step, unchanged); else null. */
    public String getEmergencyAdvice() {
        return result.whatToDoNow().stream().filter(s -> EMERGENCY_STEP.equals(s.key())).map(RouteCheckResult.Step::text)
                .findFirst().orElse(null);
    }

    /** What to do now, less the emergency advice, which already opens the answer. */
    public List<RouteCheckResult.Step> getSteps() {
        return result.whatToDoNow().stream().filter(s -> !EMERGENCY_STEP.equals(s.key())).toList();
    }

    /** What the check covered, one item per agreement flow, in words, with what the agreement requires. */
    public record CoveredItem(String what, String about, String agreement, String agreementTitle, String page,
                              String signedDocumentPage, String howToSend, String reviewWarning) {
    }

    public List<CoveredItem> getCoveredItems() {
        return result.coveredBy().stream().map(f -> new CoveredItem(titles(f.dataCategories()), titles(f.dataSubjects()),
                versionLabel(f), f.title(), f.page(), f.signedDocumentPage(), f.howToSend(), f.reviewWarning())).toList();
    }

    /** What no agreement covers, in words: these kinds of information about these people. */
    public record NotCoveredItem(String what, String about) {
    }

    public List<NotCoveredItem> getNotCoveredItems() {
        return result.notCovered().stream().map(g -> new NotCoveredItem(titles(g.dataCategories()), titles(g.dataSubjects())))
                .toList();
    }

    /** The words for the answer's people, kinds of information and so on: "Education data, Health data". */
    public String titles(List<RouteCheckResult.Term> terms) {
        return String.join(", ", terms.stream().map(RouteCheckResult.Term::title).toList());
    }

    /**
     * A reason in the page's words: like the API's, but naming the agreement and never a flow's key (F1) or a
     * catalogue code.
     */
    public String reasonText(RouteCheckResult.Reason r) {
        var q = result.question();
        return Feedback.text("routeReason." + r.code().name(), r.reference() == null ? "" : r.reference(),
                r.versionNumber() == null ? "" : String.valueOf(r.versionNumber()),
                String.join(", ", r.items().stream().map(this::title).toList()), format.date(r.date()),
                q.to() == null ? "" : q.to().name());
    }

    private String title(String code) {
        return catalogue.entry(code).map(CatalogueEntry::readerTitle).orElse(code);
    }

    private static String and(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return Feedback.text("routeAnswer.and", String.join(", ", items.subList(0, items.size() - 1)), items.get(items.size() - 1));
    }

    private static List<String> codes(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? new ArrayList<>()
                : new ArrayList<>(Arrays.asList(commaSeparated.split(",")));
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
    public Boolean getEmergency() { return emergency; }
    public void setEmergency(Boolean v) { emergency = v; }
    public String getToParam() { return toParam; }
    public void setToParam(String v) { toParam = v; }
    public String getPurposeParam() { return purposeParam; }
    public void setPurposeParam(String v) { purposeParam = v; }
    public String getSubjectsParam() { return subjectsParam; }
    public void setSubjectsParam(String v) { subjectsParam = v; }
    public String getCategoriesParam() { return categoriesParam; }
    public void setCategoriesParam(String v) { categoriesParam = v; }
    public String getEmergencyParam() { return emergencyParam; }
    public void setEmergencyParam(String v) { emergencyParam = v; }
    public String getCorrects() { return corrects; }
    public void setCorrects(String v) { corrects = v; }
    public RouteCheckResult getResult() { return result; }

    public List<RouteCheckResult.ReasonGroup> getReasonGroups() {
        return result == null ? List.of() : RouteCheckResult.ReasonGroup.of(result.reasons());
    }

    /** Few enough to read at a glance: each agreement's reasons are shown open rather than folded under its name. */
    public boolean isFewReasons() {
        return result != null && result.reasons().size() <= FEW_REASONS;
    }
}
