package org.concordat.legal.domain.compliance;

import java.util.List;
import org.concordat.shared.domain.Messages;

/**
 * Legitimate interests (Art 6(1)(f)) holds only where the interests are not overridden by the person's rights,
 * "in particular where the data subject is a child": the controller must weigh them, in a legitimate interests
 * assessment, before sharing; the flow records its reference and date, and until it does the finding asks for it. Not raised where a
 * public authority shares for a safeguarding purpose: that basis is not open to it at all (the
 * LEGITIMATE-INTERESTS-PUBLIC-AUTHORITY error says so).
 */
public class LegitimateInterestsAssessmentPolicy implements CompliancePolicy {

    @Override
    public String code() {
        return "LEGITIMATE-INTERESTS-ASSESSMENT";
    }

    @Override
    public List<Finding> check(Evaluation evaluation) {
        return Policies.perFlow(evaluation, (flow, findings) -> {
            for (String basis : evaluation.flaggedAmong(flow.law().lawfulBases(), "needs-balancing-test")) {
                boolean barred = evaluation.flagged(basis, "not-for-public-authority-tasks") && evaluation.isSafeguardingPurpose(flow)
                        && evaluation.disclosers(flow).stream().anyMatch(PartyFacts::publicAuthority);
                if (barred || flow.law().legitimateInterestsAssessment() != null) {
                    continue; // not open to the discloser at all, or the assessment is recorded on the flow
                }
                boolean children = evaluation.anyFlagged(flow.dataSubjects(), "child");
                findings.add(new Finding(Severity.WARNING, code(), Messages.text("legal.LegitimateInterestsAssessmentPolicy.thisFlowReliesOn",
                        evaluation.named(basis), (children ? Messages.text("legal.LegitimateInterestsAssessmentPolicy.weighedWithParticularCareBecause") : ".")), Messages.text("legal.LegitimateInterestsAssessmentPolicy.carryOutAndRecordThe"),
                        evaluation.citationOf(basis, Messages.text("legal.LegitimateInterestsAssessmentPolicy.ukGdprArticle61")), flow.flowId(), "legitimateInterestsAssessment"));
            }
        });
    }
}
