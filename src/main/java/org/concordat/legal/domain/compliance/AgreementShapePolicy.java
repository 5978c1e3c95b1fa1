package org.concordat.legal.domain.compliance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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
                findings.add(new Finding(Severity.WARNING, "DUPLICATE-FLOW", "This flow repeats another flow: same"
                        + " sender, recipient, purpose, data and subjects.", "Remove one of them, or say what differs.",
                        "UK GDPR Article 5(1)(c)", flow.flowId(), null));
            }
        }
        if (evaluation.agreement().flows().isEmpty()) {
            findings.add(new Finding(Severity.ERROR, "NO-FLOWS", "The agreement describes no sharing flows.",
                    "Add each planned flow: from whom, to whom, what, about whom, why and how.",
                    "ICO data sharing code of practice", null, "flows"));
        }
        for (PartyFacts party : evaluation.agreement().parties()) {
            boolean involved = evaluation.agreement().flows().stream().anyMatch(f ->
                    party.partyId().equals(f.senderPartyId()) || party.partyId().equals(f.recipientPartyId()));
            if (!involved && !evaluation.agreement().flows().isEmpty()) {
                findings.add(new Finding(Severity.WARNING, "PARTY-WITHOUT-FLOW", party.organisationName()
                        + " is a party but neither sends nor receives anything.",
                        "Add its flows, or remove it from the parties.", "ICO data sharing code of practice", null, "parties"));
            }
        }
        return findings;
    }
}
