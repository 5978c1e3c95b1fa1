package org.concordat.route.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.concordat.route.application.SharingDecisions;
import org.concordat.route.domain.SharingDecision;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.web.DateInput;
import org.concordat.shared.web.Feedback;

/**
 * The decision logs: a practitioner's own entries; for IG leads and DPOs, the organisation's log (filters, CSV) and
 * the coverage gaps — routes checked that no agreement covered, most frequent first.
 */
@Named
@ViewScoped
public class DecisionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SharingDecisions decisions;

    private List<SharingDecisions.DecisionData> mine;
    private List<SharingDecisions.DecisionData> organisation;
    private List<SharingDecisions.GapData> gaps;
    private SharingDecision.Kind decision;
    private String from;
    private String to;
    private String caseReference;

    public List<SharingDecisions.DecisionData> getMine() {
        if (mine == null) {
            mine = decisions.mine();
        }
        return mine;
    }

    public List<SharingDecisions.DecisionData> getOrganisation() {
        if (organisation == null) {
            organisation = filter().map(decisions::organisationLog).orElse(List.of());
        }
        return organisation;
    }

    public List<SharingDecisions.GapData> getGaps() {
        if (gaps == null) {
            gaps = decisions.coverageGaps();
        }
        return gaps;
    }

    public void applyFilter() {
        organisation = null;
    }

    public void downloadCsv() throws IOException {
        var f = filter();
        if (f.isEmpty()) {
            return;
        }
        byte[] csv = decisions.csv(f.get()).getBytes(StandardCharsets.UTF_8);
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

    private java.util.Optional<SharingDecisions.LogFilter> filter() {
        List<FieldError> errors = new ArrayList<>();
        LocalDate fromDate = DateInput.parse(from, "from", errors);
        LocalDate toDate = DateInput.parse(to, "to", errors);
        if (!errors.isEmpty()) {
            Feedback.show("filter", new InvalidInputException(errors));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new SharingDecisions.LogFilter(decision, null, fromDate, toDate, caseReference));
    }

    public List<SharingDecision.Kind> getKinds() {
        return List.of(SharingDecision.Kind.values());
    }

    public SharingDecision.Kind getDecision() { return decision; }
    public void setDecision(SharingDecision.Kind v) { decision = v; }
    public String getFrom() { return from; }
    public void setFrom(String v) { from = v; }
    public String getTo() { return to; }
    public void setTo(String v) { to = v; }
    public String getCaseReference() { return caseReference; }
    public void setCaseReference(String v) { caseReference = v; }
}
