package org.concordat.legal.domain.compliance;

import static org.concordat.legal.domain.compliance.Policies.blank;

import java.util.List;

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
                    findings.add(new Finding(Severity.ERROR, code(), sender.organisationName() + " is not a competent"
                            + " authority, so it cannot share under the law-enforcement regime.",
                            "Use the general regime (UK GDPR) for this flow.", "DPA 2018 sections 30 and 31, Schedule 7",
                            flow.flowId(), "regime")));
            if (!blank(flow.law().specialCategory().condition()) || !flow.law().lawfulBases().isEmpty()) {
                findings.add(new Finding(Severity.ERROR, code(), "This law-enforcement flow cites UK GDPR conditions"
                        + " (Article 6 or 9), which do not apply under DPA 2018 Part 3.",
                        "Use section 35 instead: section 35(2) for the basis and, for sensitive data, section 35(5)"
                                + " with a Schedule 8 condition.", "DPA 2018 section 35", flow.flowId(), "article9Condition"));
            }
            boolean sensitive = !evaluation.specialCategories(flow).isEmpty();
            if (sensitive && blank(flow.law().sensitiveProcessing().condition())) {
                findings.add(new Finding(Severity.ERROR, code(), "This law-enforcement flow carries sensitive data but"
                        + " no section 35(4) or 35(5) condition.", "Choose section 35(5) (strictly necessary, with a"
                        + " Schedule 8 condition) or section 35(4) (consent).", "DPA 2018 section 35(3) to (5)",
                        flow.flowId(), "sensitiveProcessing"));
            }
            evaluation.entry(flow.law().sensitiveProcessing().condition()).ifPresent(condition -> {
                if (!condition.requiresOneOf().isEmpty()
                        && (flow.law().sensitiveProcessing().schedule() == null || !condition.requiresOneOf().contains(flow.law().sensitiveProcessing().schedule()))) {
                    findings.add(new Finding(Severity.ERROR, code(), condition.title() + " needs a Schedule 8 condition,"
                            + " and this flow has none that fits.", "Choose the Schedule 8 condition; to protect a"
                            + " child this is usually paragraph 4 (safeguarding of children and individuals at risk).",
                            condition.citation(), flow.flowId(), "schedule8Condition"));
                }
            });
        });
    }
}
