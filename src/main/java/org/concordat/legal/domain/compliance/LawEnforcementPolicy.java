package org.concordat.legal.domain.compliance;

import static org.concordat.legal.domain.compliance.Policies.blank;

import java.util.List;
import org.concordat.shared.domain.Messages;

/**
 * Law-enforcement processing follows DPA 2018 Part 3, not the UK GDPR: only a competent authority may use it,
 * sensitive data needs s35(4) or s35(5), s35(5) needs a Schedule 8 condition, and Article 9 does not apply.
 */
public class LawEnforcementPolicy implements CompliancePolicy {

    @Override
    public String code() {
        return "LAW-ENFORCEMENT-REGIME";
    }

    @Override
    public List<Finding> check(Evaluation evaluation) {
        return Policies.perFlow(evaluation, (flow, findings) -> {
            if (flow.law().regime() != Regime.LAW_ENFORCEMENT) {
                return;
            }
            evaluation.sender(flow).filter(s -> !s.competentAuthority()).ifPresent(sender ->
                    findings.add(new Finding(Severity.ERROR, code(), Messages.text("legal.LawEnforcementPolicy.isNotACompetent",
                            sender.organisationName()),
                            Messages.text("legal.LawEnforcementPolicy.useTheGeneralRegimeUk"), Messages.text("legal.LawEnforcementPolicy.dpa2018Sections30And"),
                            flow.flowId(), "regime")));
            if (!blank(flow.law().specialCategory().condition()) || !flow.law().lawfulBases().isEmpty()) {
                findings.add(new Finding(Severity.ERROR, code(), Messages.text("legal.LawEnforcementPolicy.thisLawEnforcementFlowCites"),
                        Messages.text("legal.LawEnforcementPolicy.useSection35InsteadSection"), Messages.text("legal.LawEnforcementPolicy.dpa2018Section35"), flow.flowId(), "article9Condition"));
            }
            boolean sensitive = !evaluation.specialCategories(flow).isEmpty();
            if (sensitive && blank(flow.law().sensitiveProcessing().condition())) {
                findings.add(new Finding(Severity.ERROR, code(), Messages.text("legal.LawEnforcementPolicy.thisLawEnforcementFlowCarries"), Messages.text("legal.LawEnforcementPolicy.chooseSection355Strictly"), Messages.text("legal.LawEnforcementPolicy.dpa2018Section353"),
                        flow.flowId(), "sensitiveProcessing"));
            }
            evaluation.entry(flow.law().sensitiveProcessing().condition()).ifPresent(condition -> {
                if (!condition.requiresOneOf().isEmpty()
                        && (flow.law().sensitiveProcessing().schedule() == null || !condition.requiresOneOf().contains(flow.law().sensitiveProcessing().schedule()))) {
                    findings.add(new Finding(Severity.ERROR, code(), Messages.text("legal.LawEnforcementPolicy.needsASchedule8Condition",
                            condition.title()), Messages.text("legal.LawEnforcementPolicy.chooseTheSchedule8Condition"),
                            condition.citation(), flow.flowId(), "schedule8Condition"));
                }
            });
        });
    }
}
