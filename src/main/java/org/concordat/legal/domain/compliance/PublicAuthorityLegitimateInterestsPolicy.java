package org.concordat.legal.domain.compliance;

import java.util.List;
import org.concordat.shared.domain.Messages;

/**
 * A public authority cannot rely on legitimate interests for processing in the performance of its tasks (the
 * final sub-paragraph of Art 6(1)). Sharing to safeguard a child is such a task: that blocks; for other
 * purposes it is a warning to check.
 */
public class PublicAuthorityLegitimateInterestsPolicy implements CompliancePolicy {

    @Override
    public String code() {
        return "LEGITIMATE-INTERESTS-PUBLIC-AUTHORITY";
    }

    @Override
    public List<Finding> check(Evaluation evaluation) {
        return Policies.perFlow(evaluation, (flow, findings) -> {
            for (String basis : evaluation.flaggedAmong(flow.law().lawfulBases(), "not-for-public-authority-tasks")) {
                for (PartyFacts party : evaluation.disclosers(flow)) {
                    if (party.publicAuthority()) {
                        boolean task = evaluation.isSafeguardingPurpose(flow);
                        findings.add(new Finding(task ? Severity.ERROR : Severity.WARNING, code(),
                                Messages.text("legal.PublicAuthorityLegitimateInterestsPolicy.isAPublicAuthorityAnd",
                                        party.organisationName(), evaluation.named(basis), (task ? Messages.text("legal.PublicAuthorityLegitimateInterestsPolicy.toShareForASafeguarding") : Messages.text("legal.PublicAuthorityLegitimateInterestsPolicy.aPublicAuthorityCannotDo"))),
                                Messages.text("legal.PublicAuthorityLegitimateInterestsPolicy.relyOnPublicTaskA6",
                                        (task ? "." : Messages.text("legal.PublicAuthorityLegitimateInterestsPolicy.unlessThisSharingIsTruly"))),
                                Messages.text("legal.PublicAuthorityLegitimateInterestsPolicy.ukGdprArticle61"), flow.flowId(), "lawfulBases"));
                    }
                }
            }
        });
    }
}
