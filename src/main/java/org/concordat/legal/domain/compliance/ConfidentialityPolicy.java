package org.concordat.legal.domain.compliance;

import java.util.List;
import org.concordat.shared.domain.Messages;

/**
 * Health, social care and safeguarding information is usually held in confidence: besides data protection law,
 * sharing it needs a basis under the common law duty of confidentiality.
 */
public class ConfidentialityPolicy implements CompliancePolicy {

    @Override
    public String code() {
        return "CONFIDENTIALITY-BASIS";
    }

    @Override
    public List<Finding> check(Evaluation evaluation) {
        return Policies.perFlow(evaluation, (flow, findings) -> {
            boolean confidential = !evaluation.specialCategories(flow).isEmpty()
                    || evaluation.anyFlagged(flow.dataCategories(), "sensitive-context")
                    || evaluation.carriesCriminalOffenceData(flow);
            if (confidential && Policies.blank(flow.law().confidentialityBasis())) {
                findings.add(new Finding(Severity.WARNING, code(), Messages.text("legal.ConfidentialityPolicy.thisFlowCarriesInformationThat"),
                        Messages.text("legal.ConfidentialityPolicy.recordTheBasisConsentA"),
                        Messages.text("legal.ConfidentialityPolicy.commonLawDutyOfConfidentiality"), flow.flowId(), "confidentialityBasis"));
            }
        });
    }
}
