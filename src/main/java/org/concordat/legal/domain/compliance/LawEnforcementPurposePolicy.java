package org.concordat.legal.domain.compliance;

import java.util.List;

/**
 * DPA 2018 Part 3 is for processing by a competent authority for a law enforcement purpose (s31: preventing,
 * investigating, detecting or prosecuting criminal offences or executing criminal penalties, including protecting
 * against threats to public security). A law-enforcement flow whose purpose is not one of those is wrong (an error);
 * a competent authority sharing for such a purpose under the general regime is probably on the wrong regime (a
 * warning: it may be sharing as a public body for another task).
 */
public class LawEnforcementPurposePolicy implements CompliancePolicy {

    @Override
    public String code() {
        return "LAW-ENFORCEMENT-PURPOSE";
    }

    @Override
    public List<Finding> check(Evaluation evaluation) {
        return Policies.perFlow(evaluation, (flow, findings) -> {
            if (Policies.blank(flow.purpose())) {
                return;
            }
            boolean lawEnforcementPurpose = evaluation.flagged(flow.purpose(), "law-enforcement");
            if (flow.law().regime() == Regime.LAW_ENFORCEMENT && !lawEnforcementPurpose) {
                findings.add(new Finding(Severity.ERROR, code(), "This flow is under the law-enforcement regime, but its"
                        + " purpose (" + evaluation.named(flow.purpose()) + ") is not a law enforcement purpose: preventing,"
                        + " investigating, detecting or prosecuting crime, or carrying out criminal penalties.",
                        "If the sharing is for a law enforcement purpose, choose that purpose. Otherwise use the general"
                                + " regime (UK GDPR) with an Article 6 basis, even when the sender is the police.",
                        "DPA 2018 section 31", flow.flowId(), "purpose"));
            }
            if (flow.law().regime() == Regime.GENERAL && lawEnforcementPurpose) {
                for (PartyFacts party : evaluation.disclosers(flow)) {
                    if (party.competentAuthority()) {
                        findings.add(new Finding(Severity.WARNING, code(), party.organisationName() + " is a competent"
                                + " authority and shares for a law enforcement purpose (" + evaluation.named(flow.purpose())
                                + ") under the general regime. Such processing usually falls under DPA 2018 Part 3 instead.",
                                "Choose the law-enforcement regime: section 35(2) for the basis and, for sensitive data,"
                                        + " section 35(5) with a Schedule 8 condition. Keep the general regime only if "
                                        + party.organisationName() + " does not share this information as a competent"
                                        + " authority for that purpose.", "DPA 2018 sections 30 and 31", flow.flowId(), "regime"));
                    }
                }
            }
        });
    }
}
