package org.concordat.legal.domain.compliance;

import static org.concordat.legal.domain.compliance.Policies.blank;

import java.util.List;
import java.util.Set;
import org.concordat.shared.domain.Messages;

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
                findings.add(new Finding(Severity.ERROR, code(), Messages.text("legal.SpecialCategoryPolicy.thisFlowCarriesSpecialCategory",
                        String.join(", ", special)),
                        Messages.text("legal.SpecialCategoryPolicy.chooseAnArticle92"),
                        Messages.text("legal.SpecialCategoryPolicy.ukGdprArticle91"), flow.flowId(), "article9Condition"));
                return;
            }
            evaluation.entry(flow.law().specialCategory().condition()).ifPresent(condition -> {
                List<String> allowed = condition.requiresOneOf();
                if (!allowed.isEmpty() && (flow.law().specialCategory().schedule() == null || !allowed.contains(flow.law().specialCategory().schedule()))) {
                    findings.add(new Finding(Severity.ERROR, code(), Messages.text("legal.SpecialCategoryPolicy.canOnlyBeReliedOn",
                            condition.title(), condition.code(), (blank(flow.law().specialCategory().schedule()) ? "none." : Messages.text("legal.SpecialCategoryPolicy.whichDoesNotMatch",
                                    evaluation.named(flow.law().specialCategory().schedule())))),
                            Messages.text("legal.SpecialCategoryPolicy.chooseOneOf", String.join(", ", allowed)),
                            Messages.text("legal.SpecialCategoryPolicy.dpa2018Section10And"), flow.flowId(), "schedule1Condition"));
                }
            });
        });
    }
}
