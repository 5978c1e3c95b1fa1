package org.concordat.legal.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.concordat.legal.application.ComplianceChecks;
import org.concordat.legal.application.LegalBasisJson;
import org.concordat.legal.domain.compliance.AgreementFacts;
import org.concordat.legal.domain.compliance.ComplianceReport;
import org.concordat.legal.domain.compliance.DpiaStatus;
import org.concordat.legal.domain.compliance.Finding;
import org.concordat.legal.domain.compliance.FlowFacts;
import org.concordat.legal.domain.compliance.PartyFacts;
import org.concordat.legal.domain.compliance.Suggestion;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Check an agreement draft against the law without saving it; ask for suggestions for a flow. */
@Path("/v1/compliance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Compliance")
public class ComplianceResource {

    @Inject
    ComplianceChecks checks;

    public record PartyJson(String id, String organisationName, String sector, boolean publicAuthority,
                            boolean competentAuthority, boolean hasAppropriatePolicyDocument, String role) {
        PartyFacts facts() {
            return new PartyFacts(id, organisationName, sector, publicAuthority, competentAuthority,
                    hasAppropriatePolicyDocument, role);
        }
    }

    /** A planned flow, flat as the API has always taken it; the law's fields are {@link LegalBasisJson}'s. */
    public static class FlowJson extends LegalBasisJson {
        public String id;
        public String sender;
        public String recipient;
        public boolean bothWays;
        public Set<String> dataSubjects;
        public Set<String> dataCategories;
        public String purpose;
        public String transferMethod;
        public String retention;

        FlowFacts facts() {
            return new FlowFacts(id, sender, recipient, bothWays, dataSubjects, dataCategories, purpose, transferMethod,
                    retention, legalBasis());
        }
    }

    public record DraftJson(LocalDate effectiveDate, LocalDate reviewDate, List<PartyJson> parties,
                            List<FlowJson> flows, DpiaStatus dpia) {
    }

    public record ReportJson(String catalogueVersion, boolean blocksSubmission, long errors, long warnings,
                             List<Finding> findings) {
    }

    public record SuggestionRequest(PartyJson sender, String purpose, Set<String> dataCategories, LocalDate on) {
    }

    @POST
    @Path("/evaluate")
    @Operation(summary = "Evaluate an agreement draft (parties, flows, dates, DPIA status) without saving it")
    public ReportJson evaluate(DraftJson draft) {
        if (draft == null) {
            throw new InvalidInputException("body", Messages.text("legal.ComplianceResource.sendTheAgreementDraftAs"));
        }
        List<PartyFacts> parties = draft.parties() == null ? List.of() : draft.parties().stream().map(PartyJson::facts).toList();
        List<FlowFacts> flows = draft.flows() == null ? List.of() : draft.flows().stream().map(FlowJson::facts).toList();
        ComplianceReport report = checks.evaluate(new AgreementFacts(draft.effectiveDate(), draft.reviewDate(),
                parties, flows, draft.dpia()));
        return new ReportJson(report.catalogueVersion(), report.blocksSubmission(),
                report.count(org.concordat.legal.domain.compliance.Severity.ERROR),
                report.count(org.concordat.legal.domain.compliance.Severity.WARNING), report.findings());
    }

    @POST
    @Path("/suggestions")
    @Operation(summary = "Likely lawful basis and conditions for a flow, each with its reason (never applied for you)")
    public List<Suggestion> suggestions(SuggestionRequest request) {
        if (request == null || request.sender() == null) {
            throw new InvalidInputException("sender", Messages.text("legal.ComplianceResource.sayWhoSendsTheData"));
        }
        return checks.suggest(request.sender().facts(), request.purpose(),
                request.dataCategories() == null ? Set.of() : request.dataCategories(),
                request.on() == null ? LocalDate.now() : request.on());
    }
}
