package org.concordat.legal.domain.compliance;

import static org.concordat.legal.domain.compliance.Policies.blank;

import java.util.List;

/** Every flow needs a lawful basis: UK GDPR Art 6(1), or DPA 2018 s35(2) under the law-enforcement regime. */
public class LawfulBasisPolicy implements CompliancePolicy {

    @Override
    public String code() {
        return "LAWFUL-BASIS";
    }

    @Override
    public List<Finding> check(Evaluation evaluation) {
        return Policies.perFlow(evaluation, (flow, findings) -> {
            if (flow.law().regime() == Regime.GENERAL && flow.law().lawfulBases().isEmpty()) {
                findings.add(new Finding(Severity.ERROR, code(), "This flow has no lawful basis.",
                        "Choose at least one UK GDPR Article 6(1) basis. Public bodies sharing to protect children"
                                + " usually rely on public task or legal obligation.",
                        "UK GDPR Article 6(1)", flow.flowId(), "lawfulBases"));
            }
            if (flow.law().regime() == Regime.LAW_ENFORCEMENT && blank(flow.law().lawEnforcementBasis())) {
                findings.add(new Finding(Severity.ERROR, code(), "This law-enforcement flow has no lawful basis.",
                        "Choose the DPA 2018 section 35(2) basis: usually that the processing is necessary for a"
                                + " law enforcement task.",
                        "DPA 2018 section 35(2)", flow.flowId(), "lawEnforcementBasis"));
            }
        });
    }
}
