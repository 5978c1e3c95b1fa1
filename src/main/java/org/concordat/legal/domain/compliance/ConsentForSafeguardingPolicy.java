package org.concordat.legal.domain.compliance;

import java.util.List;

/**
 * Consent is rarely the right basis when a child may be at risk: it must be freely given and can be withdrawn,
 * and asking may put the child at greater risk. A warning, because consent is sometimes right (early help).
 */
public class ConsentForSafeguardingPolicy implements CompliancePolicy {

    @Override
    public String code() {
        return "CONSENT-FOR-SAFEGUARDING";
    }

    @Override
    public List<Finding> check(Evaluation evaluation) {
        return Policies.perFlow(evaluation, (flow, findings) -> {
            if (!evaluation.isSafeguardingPurpose(flow)) {
                return;
            }
            boolean consent = evaluation.anyFlagged(flow.lawfulBases(), "consent")
                    || evaluation.flagged(flow.article9Condition(), "explicit-consent")
                    || evaluation.flagged(flow.lawEnforcementBasis(), "consent");
            if (consent) {
                findings.add(new Finding(Severity.WARNING, code(), "This flow relies on consent for a safeguarding"
                        + " purpose. Consent must be freely given and can be withdrawn at any time, and seeking it"
                        + " can increase the risk to a child.", "Use a basis that does not depend on consent (public"
                        + " task or legal obligation; Article 9(2)(g) with Schedule 1 paragraph 18). Keep informing"
                        + " families where it is safe to do so.", "UK GDPR Articles 6(1)(a), 7 and 9(2)(a)",
                        flow.flowId(), "lawfulBases"));
            }
        });
    }
}
