package org.concordat.legal.domain.compliance;

import java.util.List;

/**
 * A recognised legitimate interest (Art 6(1)(ea)) needs no balancing test, but the processing must meet one of the
 * conditions in Annex 1 (Art 6(5)), such as safeguarding a vulnerable individual or a disclosure requested by a
 * public body for its public task. Concordat cannot record the condition yet, so this is information asking for it
 * to be named in the flow's notes.
 */
public class RecognisedLegitimateInterestPolicy implements CompliancePolicy {

    @Override
    public String code() {
        return "RECOGNISED-LEGITIMATE-INTEREST";
    }

    @Override
    public List<Finding> check(Evaluation evaluation) {
        return Policies.perFlow(evaluation, (flow, findings) -> {
            for (String basis : evaluation.flaggedAmong(flow.lawfulBases(), "recognised-legitimate-interest")) {
                findings.add(new Finding(Severity.INFO, code(), "This flow relies on " + evaluation.named(basis)
                        + ", which is available only for one of the conditions listed in Annex 1 to the UK GDPR.",
                        "Name the Annex 1 condition relied on, for example safeguarding a vulnerable individual, or a"
                                + " disclosure a public body has asked for because it needs the information for its public"
                                + " task, in the flow's notes.", "UK GDPR Article 6(1)(ea) and 6(5), Annex 1",
                        flow.flowId(), "lawfulBases"));
            }
        });
    }
}
