package org.concordat.legal.domain.compliance;

import java.util.List;
import org.concordat.shared.domain.Messages;

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
                findings.add(new Finding(Severity.ERROR, code(), Messages.text("legal.LawEnforcementPurposePolicy.thisFlowIsUnderThe",
                        evaluation.named(flow.purpose())),
                        Messages.text("legal.LawEnforcementPurposePolicy.ifTheSharingIsFor"),
                        Messages.text("legal.LawEnforcementPurposePolicy.dpa2018Section31"), flow.flowId(), "purpose"));
            }
            if (flow.law().regime() == Regime.GENERAL && lawEnforcementPurpose) {
                for (PartyFacts party : evaluation.disclosers(flow)) {
                    if (party.competentAuthority()) {
                        findings.add(new Finding(Severity.WARNING, code(), Messages.text("legal.LawEnforcementPurposePolicy.isACompetent",
                                party.organisationName(), evaluation.named(flow.purpose())),
                                Messages.text("legal.LawEnforcementPurposePolicy.chooseTheLawEnforcementRegime",
                                        party.organisationName()), Messages.text("legal.LawEnforcementPurposePolicy.dpa2018Sections30And"), flow.flowId(), "regime"));
                    }
                }
            }
        });
    }
}
