package org.concordat.legal.domain.compliance;

import java.util.List;
import org.concordat.legal.domain.Topic;
import org.concordat.shared.domain.Messages;

/**
 * The safeguarding conditions of Schedule 1 (paragraph 18, and paragraph 19 for adults at economic risk) are met
 * only where the processing is carried out without the data subject's consent, for one of the reasons in
 * sub-paragraph (2): consent cannot be given, cannot reasonably be obtained, or asking would prejudice the
 * protection. A flow that relies on consent as well contradicts itself: an error. Found by the Schedule 1
 * {@code safeguarding} flag, which today marks exactly paragraphs 18 and 19, both worded this way at (1)(c).
 */
public class ConsentWithoutConsentConditionPolicy implements CompliancePolicy {

    @Override
    public String code() {
        return "CONSENT-WITH-SAFEGUARDING-CONDITION";
    }

    @Override
    public List<Finding> check(Evaluation evaluation) {
        return Policies.perFlow(evaluation, (flow, findings) -> java.util.stream.Stream.of(
                        flow.law().specialCategory().schedule(), flow.law().criminalOffence().schedule())
                .map(evaluation::entry).flatMap(java.util.Optional::stream)
                .filter(c -> c.topic() == Topic.DPA_SCHEDULE_1 && c.has("safeguarding") && c.paragraph() != null)
                .findFirst()
                .ifPresent(condition -> {
                    String consent = evaluation.flaggedAmong(flow.law().lawfulBases(), "consent").stream().findFirst()
                            .orElse(evaluation.flagged(flow.law().specialCategory().condition(), "explicit-consent") ? flow.law().specialCategory().condition() : null);
                    if (consent == null) {
                        return;
                    }
                    findings.add(new Finding(Severity.ERROR, code(), Messages.text("legal.ConsentWithoutConsentConditionPolicy.appliesOnly",
                            evaluation.named(condition.code()), evaluation.named(consent)), Messages.text("legal.ConsentWithoutConsentConditionPolicy.chooseOneIfThe",
                                    condition.paragraph(), condition.paragraph()),
                            Messages.text("legal.ConsentWithoutConsentConditionPolicy.dpa2018Schedule1Paragraph",
                                    condition.paragraph()), flow.flowId(), "lawfulBases"));
                }));
    }
}
