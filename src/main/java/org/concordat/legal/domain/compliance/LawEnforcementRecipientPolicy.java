package org.concordat.legal.domain.compliance;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.concordat.shared.domain.Messages;

/**
 * Only a competent authority processes under DPA 2018 Part 3. When a law-enforcement flow goes to a recipient that
 * is not one, the recipient uses the data for a purpose that is not a law enforcement purpose, which section 36(4)
 * allows only where the processing is authorised by law (section 36(3) is the same rule for another law
 * enforcement purpose, and needs a competent authority); the recipient then processes under the UK GDPR, with an
 * Article 6 basis of its own. A warning: the authorising law can be real, but it must be named.
 */
public class LawEnforcementRecipientPolicy implements CompliancePolicy {

    @Override
    public String code() {
        return "LAW-ENFORCEMENT-RECIPIENT";
    }

    @Override
    public List<Finding> check(Evaluation evaluation) {
        return Policies.perFlow(evaluation, (flow, findings) -> {
            if (flow.law().regime() != Regime.LAW_ENFORCEMENT) {
                return;
            }
            evaluation.recipient(flow).filter(r -> !r.competentAuthority()).ifPresent(recipient -> {
                Set<String> cited = new TreeSet<>();
                flow.law().statutoryGateways().forEach(g -> cited.add(evaluation.named(g)));
                findings.add(new Finding(Severity.WARNING, code(), Messages.text("legal.LawEnforcementRecipientPolicy.isNotACompetent",
                        recipient.organisationName(), (cited.isEmpty() ? Messages.text("legal.LawEnforcementRecipientPolicy.andThisFlowCitesNo") : Messages.text("legal.LawEnforcementRecipientPolicy.thisFlowCites",
                                String.join(", ", cited)))),
                        Messages.text("legal.LawEnforcementRecipientPolicy.confirmTheLawThatAuthorises",
                                recipient.organisationName(), recipient.organisationName()), Messages.text("legal.LawEnforcementRecipientPolicy.dpa2018Section363"), flow.flowId(), "recipient"));
            });
        });
    }
}
