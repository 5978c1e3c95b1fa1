package org.concordat.legal.domain.compliance;

import java.util.List;

/**
 * Sharing special category or criminal offence data about children is high-risk processing: a DPIA must be
 * completed before it starts, so the agreement cannot be submitted until a linked DPIA is completed.
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
        boolean highRisk = evaluation.agreement().flows().stream().anyMatch(flow ->
                evaluation.anyFlagged(flow.dataSubjects(), "child")
                        && (!evaluation.specialCategories(flow).isEmpty() || evaluation.carriesCriminalOffenceData(flow)));
        if (!highRisk) {
            return List.of();
        }
        boolean started = evaluation.agreement().dpia() == DpiaStatus.IN_PROGRESS;
        return List.of(new Finding(Severity.ERROR, code(), "This agreement shares special category or criminal"
                + " offence data about children, which is high-risk processing, and "
                + (started ? "its DPIA is not completed yet." : "no DPIA is linked to it."),
                started ? "Complete the linked DPIA (DPO advice and sign-off) before submitting the agreement."
                        : "Link a DPIA and complete it before submitting the agreement.",
                "UK GDPR Article 35", null, "dpia"));
    }
}
