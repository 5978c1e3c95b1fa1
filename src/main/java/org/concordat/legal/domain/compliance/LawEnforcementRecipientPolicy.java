package org.concordat.legal.domain.compliance;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
                findings.add(new Finding(Severity.WARNING, code(), recipient.organisationName() + " is not a competent"
                        + " authority, so it cannot process this information under DPA 2018 Part 3. Its use of the data is"
                        + " for a purpose that is not a law enforcement purpose, which must be authorised by law"
                        + (cited.isEmpty() ? ", and this flow cites no law." : "; this flow cites " + String.join(", ", cited) + "."),
                        "Confirm the law that authorises the disclosure to " + recipient.organisationName() + " and its use"
                                + " of the data (cite it among the flow's statutory powers, or in the notes if it is not in"
                                + " the catalogue), and the basis " + recipient.organisationName() + " relies on under the"
                                + " UK GDPR: an Article 6 basis and, for special category or criminal offence data, an"
                                + " Article 9 or Article 10 condition.", "DPA 2018 section 36(3) and (4)", flow.flowId(), "recipient"));
            });
        });
    }
}
