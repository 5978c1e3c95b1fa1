package org.concordat.legal.domain.compliance;

import java.util.List;
import org.concordat.shared.domain.Messages;

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
        return List.of(new Finding(Severity.ERROR, code(), Messages.text("legal.DpiaPolicy.thisAgreementSharesSpecialCategory",
                (started ? Messages.text("legal.DpiaPolicy.itsDpiaIsNotCompleted") : Messages.text("legal.DpiaPolicy.noDpiaIsLinkedTo"))),
                started ? Messages.text("legal.DpiaPolicy.completeTheLinkedDpiaDpo")
                        : Messages.text("legal.DpiaPolicy.linkADpiaAndComplete"),
                lawEnforcement ? Messages.text("legal.DpiaPolicy.ukGdprArticle35Dpa") : Messages.text("legal.DpiaPolicy.ukGdprArticle35"),
                null, "dpia"));
    }
}
