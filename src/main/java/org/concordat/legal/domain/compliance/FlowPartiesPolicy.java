package org.concordat.legal.domain.compliance;

import java.util.List;

/** A flow runs between two different parties to the agreement, and says what it carries, about whom, why. */
public class FlowPartiesPolicy implements CompliancePolicy {

    @Override
    public String code() {
        return "FLOW-PARTIES";
    }

    @Override
    public List<Finding> check(Evaluation evaluation) {
        return Policies.perFlow(evaluation, (flow, findings) -> {
            if (evaluation.sender(flow).isEmpty()) {
                findings.add(error("The sender of this flow is not a party to the agreement.",
                        "Add the organisation as a party, or choose a sender among the parties.", flow, "sender"));
            }
            if (evaluation.recipient(flow).isEmpty()) {
                findings.add(error("The recipient of this flow is not a party to the agreement.",
                        "Add the organisation as a party, or choose a recipient among the parties.", flow, "recipient"));
            }
            if (flow.senderPartyId() != null && flow.senderPartyId().equals(flow.recipientPartyId())) {
                findings.add(error("This flow goes from a party to itself.",
                        "Choose a different recipient: sharing within one organisation needs no agreement.", flow, "recipient"));
            }
            if (flow.dataCategories().isEmpty()) {
                findings.add(error("This flow does not say what data is shared.",
                        "Choose the categories of data the flow carries.", flow, "dataCategories"));
            }
            if (flow.dataSubjects().isEmpty()) {
                findings.add(error("This flow does not say whom the data is about.",
                        "Choose the data subjects (for example the child, parents or carers).", flow, "dataSubjects"));
            }
            if (Policies.blank(flow.purpose())) {
                findings.add(error("This flow has no purpose.", "Choose why the data is shared.", flow, "purpose"));
            }
        });
    }

    private Finding error(String message, String action, FlowFacts flow, String field) {
        return new Finding(Severity.ERROR, code(), message, action, "UK GDPR Article 5(1)(b) and (c)", flow.flowId(), field);
    }
}
