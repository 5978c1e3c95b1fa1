package org.concordat.legal.domain.compliance;

import java.util.List;

/**
 * Sharing special category or criminal offence data about children or adults at risk — vulnerable people, in the
 * ICO's list of processing likely to result in high risk — is high-risk processing: a DPIA must be completed before
 * it starts (UK GDPR Article 35; DPA 2018 section 64 for a competent authority's law enforcement processing), so the
 * agreement cannot be submitted until a linked DPIA is completed.
 */
public class DpiaPolicy implements CompliancePolicy {

    @Override
    public String code() {
        return "DPIA-REQUIRED";
    }

    @Override
    public List<Finding> check(Evaluation evaluation) {
        if (evaluation.agreement().dpia() == DpiaStatus.COMPLETED) {
            return List.of();
        }
        List<FlowFacts> highRisk = evaluation.agreement().flows().stream().filter(flow ->
                (evaluation.anyFlagged(flow.dataSubjects(), "child")
                        || evaluation.anyFlagged(flow.dataSubjects(), "adult-at-risk"))
                        && (!evaluation.specialCategories(flow).isEmpty() || evaluation.carriesCriminalOffenceData(flow)))
                .toList();
        if (highRisk.isEmpty()) {
            return List.of();
        }
        boolean started = evaluation.agreement().dpia() == DpiaStatus.IN_PROGRESS;
        boolean lawEnforcement = highRisk.stream().anyMatch(f -> f.law().regime() == Regime.LAW_ENFORCEMENT);
        return List.of(new Finding(Severity.ERROR, code(), "This agreement shares special category or criminal"
                + " offence data about children or adults at risk, which is high-risk processing, and "
                + (started ? "its DPIA is not completed yet." : "no DPIA is linked to it."),
                started ? "Complete the linked DPIA (DPO advice and sign-off) before submitting the agreement."
                        : "Link a DPIA and complete it before submitting the agreement.",
                lawEnforcement ? "UK GDPR Article 35; DPA 2018 section 64 (law enforcement processing)" : "UK GDPR Article 35",
                null, "dpia"));
    }
}
