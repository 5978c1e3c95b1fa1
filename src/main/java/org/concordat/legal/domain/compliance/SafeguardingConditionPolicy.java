package org.concordat.legal.domain.compliance;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.concordat.shared.domain.Messages;

/**
 * Schedule 1 paragraph 18 protects a child, or an adult at risk, from harm. Relying on it for a purpose that is
 * not about safeguarding, or for data about people who are neither, deserves a second look.
 */
public class SafeguardingConditionPolicy implements CompliancePolicy {

    @Override
    public String code() {
        return "SAFEGUARDING-CONDITION";
    }

    @Override
    public List<Finding> check(Evaluation evaluation) {
        return Policies.perFlow(evaluation, (flow, findings) -> {
            // Paragraph 18 may be relied on for the special category data, the criminal offence data, or both.
            String condition = evaluation.flagged(flow.law().specialCategory().schedule(), "children-or-at-risk")
                    ? flow.law().specialCategory().schedule() : flow.law().criminalOffence().schedule();
            if (!evaluation.flagged(condition, "children-or-at-risk")) {
                return;
            }
            if (!Policies.blank(flow.purpose()) && !evaluation.isSafeguardingPurpose(flow)) {
                findings.add(new Finding(Severity.WARNING, code(), Messages.text("legal.SafeguardingConditionPolicy.isReliedOnFor",
                        evaluation.named(condition), evaluation.named(flow.purpose())),
                        Messages.text("legal.SafeguardingConditionPolicy.chooseTheSchedule1Condition"),
                        evaluation.citationOf(condition, Messages.text("legal.SafeguardingConditionPolicy.dpa2018Schedule1Paragraph")), flow.flowId(), "purpose"));
            }
            Set<String> others = new TreeSet<>();
            for (String subject : flow.dataSubjects()) {
                if (!evaluation.flagged(subject, "child") && !evaluation.flagged(subject, "adult-at-risk")) {
                    others.add(subject);
                }
            }
            if (!others.isEmpty()) {
                findings.add(new Finding(Severity.WARNING, code(), Messages.text("legal.SafeguardingConditionPolicy.protectsAChildOr",
                        evaluation.named(condition), String.join(", ", others)),
                        Messages.text("legal.SafeguardingConditionPolicy.checkThatTheDataAbout"),
                        evaluation.citationOf(condition, Messages.text("legal.SafeguardingConditionPolicy.dpa2018Schedule1Paragraph")), flow.flowId(), "dataSubjects"));
            }
        });
    }
}
