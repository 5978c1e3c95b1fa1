package org.concordat.legal.domain.compliance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.concordat.legal.domain.Catalogue;

/** Runs every policy over an agreement version and orders the findings: errors first, then by flow. */
public class ComplianceEngine {

    private final List<CompliancePolicy> policies;

    public ComplianceEngine(List<CompliancePolicy> policies) {
        this.policies = List.copyOf(policies);
    }

    /** Every rule Concordat applies today. */
    public static ComplianceEngine standard() {
        return new ComplianceEngine(List.of(
                new FlowPartiesPolicy(),
                new KnownCodesPolicy(),
                new LawfulBasisPolicy(),
                new StatutoryPowerPolicy(),
                new GatewaySectorPolicy(),
                new PublicAuthorityLegitimateInterestsPolicy(),
                new LegitimateInterestsAssessmentPolicy(),
                new RecognisedLegitimateInterestPolicy(),
                new ConsentForSafeguardingPolicy(),
                new ConsentWithoutConsentConditionPolicy(),
                new SpecialCategoryPolicy(),
                new ObligationOfSecrecyPolicy(),
                new SafeguardingConditionPolicy(),
                new AppropriatePolicyDocumentPolicy(),
                new CriminalOffencePolicy(),
                new LawEnforcementPolicy(),
                new LawEnforcementPurposePolicy(),
                new LawEnforcementRecipientPolicy(),
                new ConfidentialityPolicy(),
                new TransferAndRetentionPolicy(),
                new DpiaPolicy(),
                new ReviewDatePolicy(),
                new AgreementShapePolicy()));
    }

    public ComplianceReport evaluate(AgreementFacts agreement, Catalogue catalogue) {
        Evaluation evaluation = new Evaluation(agreement, catalogue);
        List<Finding> findings = new ArrayList<>();
        for (CompliancePolicy policy : policies) {
            findings.addAll(policy.check(evaluation));
        }
        findings.sort(Comparator.comparing(Finding::severity)
                .thenComparing(f -> f.flowId() == null ? "" : f.flowId()));
        return new ComplianceReport(catalogue.version(), findings);
    }
}
