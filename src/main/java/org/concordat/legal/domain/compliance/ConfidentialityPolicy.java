package org.concordat.legal.domain.compliance;

import java.util.List;

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
                findings.add(new Finding(Severity.WARNING, code(), "This flow carries information that is usually"
                        + " held in confidence, and records no basis under the common law duty of confidentiality.",
                        "Record the basis: consent, a legal requirement, or an overriding public interest such as"
                                + " protecting a child from significant harm.",
                        "Common law duty of confidentiality", flow.flowId(), "confidentialityBasis"));
            }
        });
    }
}
