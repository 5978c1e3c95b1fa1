package org.concordat.legal.domain.compliance;

import java.util.ArrayList;
import java.util.List;
import org.concordat.shared.domain.Messages;

/**
 * Health or social care data under Article 9(2)(h) may be processed only by or under the responsibility of someone
 * bound by an obligation of secrecy (Art 9(3)), which includes a health or social work professional or anyone who
 * owes a duty of confidentiality under an enactment or rule of law (DPA 2018 s11(1)); public health data under
 * Article 9(2)(i) likewise (Schedule 1 paragraph 3(b)). Every body that receives the data processes it: a recipient
 * that is not a health body (nor, for health or social care, the local authority, whose social workers are bound)
 * is a warning asking the IG lead to confirm the duty.
 */
public class ObligationOfSecrecyPolicy implements CompliancePolicy {

    static final String HEALTH = "HEALTH";
    static final String LOCAL_AUTHORITY = "LOCAL_AUTHORITY";

    @Override
    public String code() {
        return "OBLIGATION-OF-SECRECY";
    }

    @Override
    public List<Finding> check(Evaluation evaluation) {
        return Policies.perFlow(evaluation, (flow, findings) -> {
            if (flow.law().regime() != Regime.GENERAL || !evaluation.flagged(flow.law().specialCategory().condition(), "obligation-of-secrecy")
                    || flow.law().recipientSecrecy() != null) {
                return; // not such a condition, or the flow records how the recipient is bound
            }
            boolean healthOrSocialCare = evaluation.flagged(flow.law().specialCategory().condition(), "health-or-social-care");
            List<PartyFacts> receivers = new ArrayList<>();
            evaluation.recipient(flow).ifPresent(receivers::add);
            if (flow.bothWays()) {
                evaluation.sender(flow).filter(s -> !receivers.contains(s)).ifPresent(receivers::add);
            }
            for (PartyFacts receiver : receivers) {
                if (HEALTH.equals(receiver.sector()) || (healthOrSocialCare && LOCAL_AUTHORITY.equals(receiver.sector()))) {
                    continue;
                }
                findings.add(new Finding(Severity.WARNING, code(), Messages.text("legal.ObligationOfSecrecyPolicy.receivesInformation",
                        receiver.organisationName(), evaluation.named(flow.law().specialCategory().condition()), (healthOrSocialCare ? Messages.text("legal.ObligationOfSecrecyPolicy.orSocialWork") : ""), receiver.organisationName(), (healthOrSocialCare ? Messages.text("legal.ObligationOfSecrecyPolicy.orALocalAuthority") : "")),
                        Messages.text("legal.ObligationOfSecrecyPolicy.confirmThatTheStaffAt",
                                receiver.organisationName()),
                        healthOrSocialCare ? Messages.text("legal.ObligationOfSecrecyPolicy.ukGdprArticle93")
                                : Messages.text("legal.ObligationOfSecrecyPolicy.ukGdprArticle92"),
                        flow.flowId(), "recipientSecrecy"));
            }
        });
    }
}
