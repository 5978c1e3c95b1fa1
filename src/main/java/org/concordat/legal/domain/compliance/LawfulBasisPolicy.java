package org.concordat.legal.domain.compliance;

import static org.concordat.legal.domain.compliance.Policies.blank;

import java.util.List;
import org.concordat.shared.domain.Messages;

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
                findings.add(new Finding(Severity.ERROR, code(), Messages.text("legal.LawfulBasisPolicy.thisFlowHasNoLawful"),
                        Messages.text("legal.LawfulBasisPolicy.chooseAtLeastOneUk"),
                        Messages.text("legal.LawfulBasisPolicy.ukGdprArticle61"), flow.flowId(), "lawfulBases"));
            }
            if (flow.law().regime() == Regime.LAW_ENFORCEMENT && blank(flow.law().lawEnforcementBasis())) {
                findings.add(new Finding(Severity.ERROR, code(), Messages.text("legal.LawfulBasisPolicy.thisLawEnforcementFlowHas"),
                        Messages.text("legal.LawfulBasisPolicy.chooseTheDpa2018Section"),
                        Messages.text("legal.LawfulBasisPolicy.dpa2018Section352"), flow.flowId(), "lawEnforcementBasis"));
            }
        });
    }
}
