package org.concordat.route.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.concordat.route.application.SharingDecisions;
import org.concordat.route.domain.SharingDecision;
import org.concordat.shared.application.CurrentCaller;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Page;
import org.concordat.shared.domain.PageRequest;
import org.concordat.shared.domain.Role;
import org.concordat.shared.web.DateInput;
import org.concordat.shared.web.Feedback;
import org.concordat.shared.web.ListPageView;

/**
 * The sharing decision log: the reader's own entries, and for IG leads and DPOs their organisation's log (filtered by
 * decision, dates and case reference) and its coverage gaps. Both logs are read a page at a time, the filter and the
 * pages in the address ({@code page} for the organisation's log, {@code minePage} for one's own).
 */
@Named
@ViewScoped
public class DecisionsView extends ListPageView {

    private static final long serialVersionUID = 1L;

    @Inject
    SharingDecisions decisions;

    @Inject
    CurrentCaller currentCaller;

    private Page<SharingDecisions.DecisionData> mine = Page.empty(PageRequest.first());
    private Page<SharingDecisions.DecisionData> organisation = Page.empty(PageRequest.first());
    private List<SharingDecisions.GapData> gaps;
    /** As the address gives it: a hand-edited value is refused beside the field, not by JSF's enum conversion. */
    private String decision;
    private String from;
    private String to;
    private String caseReference;
    private String minePage;

    @Override
    protected String outcome() {
        return "/app/decisions";
    }

    @Override
    protected boolean read(PageRequest request) {
        mine = decisions.mine(PageRequest.lenient(pageNumber(minePage), PageRequest.DEFAULT_SIZE));
        SharingDecisions.LogFilter filter = filter();
        if (readsTheLog()) {
            organisation = decisions.organisationLog(filter, request);
        }
        return filter.decision() != null || filter.from() != null || filter.to() != null || filter.caseReference() != null;
    }

    @Override
    protected void empty() {
        organisation = Page.empty(PageRequest.first());
    }

    /** The organisation's log and its gaps are for its IG leads and DPOs. */
    public boolean readsTheLog() {
        return currentCaller.get().map(c -> c.has(Role.IG_LEAD) || c.has(Role.DPO)).orElse(false);
    }

    public List<SharingDecisions.GapData> getGaps() {
        if (gaps == null) {
            gaps = readsTheLog() ? decisions.coverageGaps() : List.of();
        }
        return gaps;
    }

    public void downloadCsv() throws IOException {
        SharingDecisions.LogFilter filter;
        try {
            filter = filter();
        } catch (InvalidInputException e) {
            Feedback.show(form(), e);
            return;
        }
        byte[] csv = decisions.csv(filter).getBytes(StandardCharsets.UTF_8);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        // Nothing is written yet (a full postback's action runs before the page renders): no responseReset(), which would
        // also drop the security headers already set (X-Content-Type-Options, CSP, Cache-Control, a renewed cookie).
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"sharing-decisions-" + LocalDate.now() + ".csv\"");
        external.setResponseContentLength(csv.length);
        external.getResponseOutputStream().write(csv);
        faces.responseComplete();
    }

    /** The filter the form or the address gives; a date that cannot be read is refused beside its field. */
    private SharingDecisions.LogFilter filter() {
        List<FieldError> errors = new ArrayList<>();
        LocalDate fromDate = DateInput.parse(from, "from", errors);
        LocalDate toDate = DateInput.parse(to, "to", errors);
        SharingDecision.Kind kind = null;
        if (decision != null && !decision.isBlank()) {
            kind = java.util.Arrays.stream(SharingDecision.Kind.values()).filter(k -> k.name().equalsIgnoreCase(decision.strip()))
                    .findFirst().orElse(null);
            if (kind == null) {
                errors.add(new FieldError("kind", Feedback.text("sharing.filter.unknownDecision")));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String reference = caseReference == null || caseReference.isBlank() ? null : caseReference.strip();
        return new SharingDecisions.LogFilter(kind, null, fromDate, toDate, reference);
    }

    public List<SharingDecision.Kind> getKinds() {
        return List.of(SharingDecision.Kind.values());
    }

    public Page<SharingDecisions.DecisionData> getMine() { return mine; }
    public Page<SharingDecisions.DecisionData> getOrganisation() { return organisation; }
    public String getDecision() { return decision; }
    public void setDecision(String v) { decision = v; }
    public String getFrom() { return from; }
    public void setFrom(String v) { from = v; }
    public String getTo() { return to; }
    public void setTo(String v) { to = v; }
    public String getCaseReference() { return caseReference; }
    public void setCaseReference(String v) { caseReference = v; }
    public String getMinePage() { return minePage; }
    public void setMinePage(String v) { minePage = v; }
}
