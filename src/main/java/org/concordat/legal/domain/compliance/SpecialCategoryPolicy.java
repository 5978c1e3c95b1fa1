package org.concordat.legal.domain.compliance;

import static org.concordat.legal.domain.compliance.Policies.blank;

import java.util.List;
import java.util.Set;

/**
 * Special category data under the general regime needs an Article 9(2) condition, and the conditions that rely
 * on domestic law need their DPA 2018 Schedule 1 condition too (A9-2-g needs a Part 2 condition, and so on).
 */
public class SpecialCategoryPolicy implements CompliancePolicy {

    @Override
    public String code() {
        return "SPECIAL-CATEGORY-CONDITION";
    }

    @Override
    public List<Finding> check(Evaluation evaluation) {
        return Policies.perFlow(evaluation, (flow, findings) -> {
            if (flow.law().regime() != Regime.GENERAL) {
                return;
            }
            Set<String> special = evaluation.specialCategories(flow);
            if (!special.isEmpty() && blank(flow.law().specialCategory().condition())) {
                findings.add(new Finding(Severity.ERROR, code(), "This flow carries special category data ("
                        + String.join(", ", special) + ") but no Article 9 condition.",
                        "Choose an Article 9(2) condition. To protect a child, this is usually substantial public"
                                + " interest (A9-2-g) with Schedule 1 paragraph 18.",
                        "UK GDPR Article 9(1) and (2)", flow.flowId(), "article9Condition"));
                return;
            }
            evaluation.entry(flow.law().specialCategory().condition()).ifPresent(condition -> {
                List<String> allowed = condition.requiresOneOf();
                if (!allowed.isEmpty() && (flow.law().specialCategory().schedule() == null || !allowed.contains(flow.law().specialCategory().schedule()))) {
                    findings.add(new Finding(Severity.ERROR, code(), condition.title() + " (" + condition.code()
                            + ") can only be relied on with a matching DPA 2018 Schedule 1 condition, and this flow has "
                            + (blank(flow.law().specialCategory().schedule()) ? "none." : evaluation.named(flow.law().specialCategory().schedule()) + ", which does not match."),
                            "Choose one of: " + String.join(", ", allowed) + ".",
                            "DPA 2018 section 10 and Schedule 1", flow.flowId(), "schedule1Condition"));
                }
            });
        });
    }
}
