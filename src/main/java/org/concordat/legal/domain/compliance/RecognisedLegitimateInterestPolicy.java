package org.concordat.legal.domain.compliance;

import java.util.List;
import java.util.Optional;
import org.concordat.legal.domain.CatalogueEntry;

/**
 * A recognised legitimate interest (Art 6(1)(ea)) needs no balancing test, but the processing must meet one of the
 * conditions in Annex 1 (Art 6(5)): the flow names which (an error until it does), and the condition must fit the
 * flow — safeguarding a vulnerable individual for a safeguarding purpose, crime for a law enforcement purpose, a
 * disclosure a public body asked for with a public body as the recipient. Whether the discloser may use (ea) at all
 * (not a public authority for its own tasks) is {@link PublicAuthorityLegitimateInterestsPolicy}'s.
 */
public class RecognisedLegitimateInterestPolicy implements CompliancePolicy {

    private static final String CITATION = "UK GDPR Article 6(1)(ea) and 6(5), Annex 1";

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
                    findings.add(new Finding(Severity.ERROR, code(), "This flow relies on " + evaluation.named(basis)
                            + ", which is available only for one of the conditions listed in Annex 1 to the UK GDPR, and"
                            + " names none.", "Choose the Annex 1 condition relied on, for example safeguarding a"
                            + " vulnerable individual, or a disclosure a public body has asked for because it needs the"
                            + " information for its public task.", CITATION, flow.flowId(), "recognisedInterest"));
                    continue;
                }
                misfit(evaluation, flow, condition.get()).ifPresent(why -> findings.add(new Finding(Severity.WARNING,
                        code(), condition.get().title() + " is relied on, but " + why, "Check that the Annex 1 condition"
                        + " matches the sharing, or choose the one that does.", condition.get().citation(), flow.flowId(),
                        "recognisedInterest")));
            }
        });
    }

    /** Why the condition does not fit the flow, if it does not. Emergencies and national security fit any purpose. */
    private static Optional<String> misfit(Evaluation evaluation, FlowFacts flow, CatalogueEntry condition) {
        if (condition.has("safeguarding") && !evaluation.isSafeguardingPurpose(flow)) {
            return Optional.of("the purpose (" + evaluation.named(flow.purpose()) + ") is not about protecting someone"
                    + " from harm.");
        }
        if (condition.has("crime") && !evaluation.flagged(flow.purpose(), "law-enforcement")) {
            return Optional.of("the purpose (" + evaluation.named(flow.purpose()) + ") is not preventing, detecting or"
                    + " investigating crime.");
        }
        if (condition.has("public-body-request")
                && evaluation.recipient(flow).map(r -> !r.publicAuthority()).orElse(false)) {
            return Optional.of("it covers disclosure to a public body that asked for the information for its public"
                    + " task, and the recipient is not a public body.");
        }
        return Optional.empty();
    }
}
