package org.concordat.legal.domain.compliance;

import java.util.List;
import org.concordat.shared.domain.Messages;

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
                findings.add(error(Messages.text("legal.FlowPartiesPolicy.theSenderOfThisFlow"),
                        Messages.text("legal.FlowPartiesPolicy.addTheOrganisationAsA"), flow, "sender"));
            }
            if (evaluation.recipient(flow).isEmpty()) {
                findings.add(error(Messages.text("legal.FlowPartiesPolicy.theRecipientOfThisFlow"),
                        Messages.text("legal.FlowPartiesPolicy.addTheOrganisationAsA2"), flow, "recipient"));
            }
            if (flow.senderPartyId() != null && flow.senderPartyId().equals(flow.recipientPartyId())) {
                findings.add(error(Messages.text("legal.FlowPartiesPolicy.thisFlowGoesFromA"),
                        Messages.text("legal.FlowPartiesPolicy.chooseADifferentRecipientSharing"), flow, "recipient"));
            }
            if (flow.dataCategories().isEmpty()) {
                findings.add(error(Messages.text("legal.FlowPartiesPolicy.thisFlowDoesNotSay"),
                        Messages.text("legal.FlowPartiesPolicy.chooseTheCategoriesOfData"), flow, "dataCategories"));
            }
            if (flow.dataSubjects().isEmpty()) {
                findings.add(error(Messages.text("legal.FlowPartiesPolicy.thisFlowDoesNotSay2"),
                        Messages.text("legal.FlowPartiesPolicy.chooseTheDataSubjectsFor"), flow, "dataSubjects"));
            }
            if (Policies.blank(flow.purpose())) {
                findings.add(error(Messages.text("legal.FlowPartiesPolicy.thisFlowHasNoPurpose"), Messages.text("legal.FlowPartiesPolicy.chooseWhyTheDataIs"), flow, "purpose"));
            }
        });
    }

    private Finding error(String message, String action, FlowFacts flow, String field) {
        return new Finding(Severity.ERROR, code(), message, action, Messages.text("legal.FlowPartiesPolicy.ukGdprArticle51"), flow.flowId(), field);
    }
}
