package org.concordat.legal.domain.compliance;

import java.util.List;

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
                                party.organisationName() + " is a public authority and relies on " + evaluation.named(basis)
                                        + (task ? " to share for a safeguarding purpose, which is one of its tasks."
                                        : "; a public authority cannot do so for its public tasks."),
                                "Rely on public task (A6-1-e) or legal obligation (A6-1-c) and cite the law that gives"
                                        + " the task" + (task ? "." : ", unless this sharing is truly outside the authority's tasks."),
                                "UK GDPR Article 6(1), final sub-paragraph", flow.flowId(), "lawfulBases"));
                    }
                }
            }
        });
    }
}
