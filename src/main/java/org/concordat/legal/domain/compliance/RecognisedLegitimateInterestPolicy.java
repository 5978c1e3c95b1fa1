package org.concordat.legal.domain.compliance;

import java.util.List;
import java.util.Optional;
import org.concordat.legal.domain.CatalogueEntry;
import org.concordat.shared.domain.Messages;

/**
 * A recognised legitimate interest (Art 6(1)(ea)) needs no balancing test, but the processing must meet one of the
 * conditions in Annex 1 (Art 6(5)): the flow names which (an error until it does), and the condition must fit the
 * flow — safeguarding a vulnerable individual for a safeguarding purpose, crime for a law enforcement purpose, a
 * disclosure a public body asked for with a public body as the recipient. Whether the discloser may use (ea) at all
 * (not a public authority for its own tasks) is {@link PublicAuthorityLegitimateInterestsPolicy}'s.
 */
public class RecognisedLegitimateInterestPolicy implements CompliancePolicy {

    private static final String CITATION = Messages.text("legal.RecognisedLegitimateInterestPolicy.ukGdprArticle61");

    @Override
    public String code() {
        return "RECOGNISED-LEGITIMATE-INTEREST";
    }

    @Override
    public List<Finding> check(Evaluation evaluation) {
        return Policies.perFlow(evaluation, (flow, findings) -> {
            for (String basis : evaluation.flaggedAmong(flow.law().lawfulBases(), "recognised-legitimate-interest")) {
                Optional<CatalogueEntry> condition = evaluation.entry(flow.law().recognisedInterest());
                if (condition.isEmpty()) {
                    findings.add(new Finding(Severity.ERROR, code(), Messages.text("legal.RecognisedLegitimateInterestPolicy.thisFlowReliesOn",
                            evaluation.named(basis)), Messages.text("legal.RecognisedLegitimateInterestPolicy.chooseTheAnnex1Condition"), CITATION, flow.flowId(), "recognisedInterest"));
                    continue;
                }
                misfit(evaluation, flow, condition.get()).ifPresent(why -> findings.add(new Finding(Severity.WARNING,
                        code(), Messages.text("legal.RecognisedLegitimateInterestPolicy.isReliedOnBut",
                                condition.get().title(), why), Messages.text("legal.RecognisedLegitimateInterestPolicy.checkThatTheAnnex1"), condition.get().citation(), flow.flowId(),
                        "recognisedInterest")));
            }
        });
    }

    /** Why the condition does not fit the flow, if it does not. Emergencies and national security fit any purpose. */
    private static Optional<String> misfit(Evaluation evaluation, FlowFacts flow, CatalogueEntry condition) {
        if (condition.has("safeguarding") && !evaluation.isSafeguardingPurpose(flow)) {
            return Optional.of(Messages.text("legal.RecognisedLegitimateInterestPolicy.thePurpose",
                    evaluation.named(flow.purpose())));
        }
        if (condition.has("crime") && !evaluation.flagged(flow.purpose(), "law-enforcement")) {
            return Optional.of(Messages.text("legal.RecognisedLegitimateInterestPolicy.thePurpose2",
                    evaluation.named(flow.purpose())));
        }
        if (condition.has("public-body-request")
                && evaluation.recipient(flow).map(r -> !r.publicAuthority()).orElse(false)) {
            return Optional.of(Messages.text("legal.RecognisedLegitimateInterestPolicy.itCoversDisclosureToA"));
        }
        return Optional.empty();
    }
}
