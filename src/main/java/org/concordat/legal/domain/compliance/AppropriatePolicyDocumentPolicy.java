package org.concordat.legal.domain.compliance;

import java.util.List;

/**
 * A Schedule 1 condition (or law-enforcement sensitive processing) that needs an appropriate policy document
 * can only be relied on by a controller that has one in place.
 */
public class AppropriatePolicyDocumentPolicy implements CompliancePolicy {

    @Override
    public String code() {
        return "APPROPRIATE-POLICY-DOCUMENT";
    }

    @Override
    public List<Finding> check(Evaluation evaluation) {
        return Policies.perFlow(evaluation, (flow, findings) -> {
            for (String condition : new String[] {flow.schedule1Condition(), flow.sensitiveProcessing()}) {
                if (!evaluation.flagged(condition, "needs-apd")) {
                    continue;
                }
                for (PartyFacts party : evaluation.disclosers(flow)) {
                    if (!party.hasAppropriatePolicyDocument()) {
                        findings.add(new Finding(Severity.ERROR, code(), party.organisationName() + " relies on "
                                + evaluation.named(condition) + ", which needs an appropriate policy document, and has"
                                + " none recorded.", "Record the organisation's appropriate policy document (reference"
                                + " and date) on its organisation page, or rely on another condition.",
                                flow.regime() == Regime.LAW_ENFORCEMENT ? "DPA 2018 section 42"
                                        : "DPA 2018 Schedule 1 Part 4 (paragraphs 38 to 41)",
                                flow.flowId(), condition.equals(flow.schedule1Condition()) ? "schedule1Condition" : "sensitiveProcessing"));
                    }
                }
            }
        });
    }
}
