package org.concordat.legal.domain.compliance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.concordat.shared.domain.Messages;

/** What an IG lead would spot at a glance: duplicated flows, and parties that neither send nor receive. */
public class AgreementShapePolicy implements CompliancePolicy {

    @Override
    public String code() {
        return "AGREEMENT-SHAPE";
    }

    @Override
    public List<Finding> check(Evaluation evaluation) {
        List<Finding> findings = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (FlowFacts flow : evaluation.agreement().flows()) {
            List<Object> key = List.of(Objects.toString(flow.senderPartyId()), Objects.toString(flow.recipientPartyId()),
                    Objects.toString(flow.purpose()), flow.dataCategories(), flow.dataSubjects());
            if (!seen.add(key)) {
                findings.add(new Finding(Severity.WARNING, "DUPLICATE-FLOW", Messages.text("legal.AgreementShapePolicy.thisFlowRepeatsAnotherFlow"), Messages.text("legal.AgreementShapePolicy.removeOneOfThemOr"),
                        Messages.text("legal.AgreementShapePolicy.ukGdprArticle51"), flow.flowId(), null));
            }
        }
        if (evaluation.agreement().flows().isEmpty()) {
            findings.add(new Finding(Severity.ERROR, "NO-FLOWS", Messages.text("legal.AgreementShapePolicy.theAgreementDescribesNoSharing"),
                    Messages.text("legal.AgreementShapePolicy.addEachPlannedFlowFrom"),
                    Messages.text("legal.AgreementShapePolicy.icoDataSharingCodeOf"), null, "flows"));
        }
        for (PartyFacts party : evaluation.agreement().parties()) {
            boolean involved = evaluation.agreement().flows().stream().anyMatch(f ->
                    party.partyId().equals(f.senderPartyId()) || party.partyId().equals(f.recipientPartyId()));
            if (!involved && !evaluation.agreement().flows().isEmpty()) {
                findings.add(new Finding(Severity.WARNING, "PARTY-WITHOUT-FLOW", Messages.text("legal.AgreementShapePolicy.isAPartyButNeither",
                        party.organisationName()),
                        Messages.text("legal.AgreementShapePolicy.addItsFlowsOrRemove"), Messages.text("legal.AgreementShapePolicy.icoDataSharingCodeOf"), null, "parties"));
            }
        }
        return findings;
    }
}
