package org.concordat.route.domain;

import java.util.Optional;
import java.util.Set;

/**
 * Purpose limitation (UK GDPR Article 5(1)(b)): a flow covers sharing only for the purpose it names, so the
 * question's purpose must be the flow's. The reason names the flow's own purpose, which helps the practitioner
 * see whether they chose the right one.
 */
final class PurposePolicy implements FlowPolicy {

    @Override
    public Optional<Reason> check(RouteQuestion question, CandidateVersion version, CandidateFlow flow) {
        if (question.purpose().equals(flow.purpose())) {
            return Optional.empty();
        }
        Set<String> flowPurpose = flow.purpose() == null ? Set.of() : Set.of(flow.purpose());
        return Optional.of(Reason.ofFlow(ReasonCode.PURPOSE_NOT_INCLUDED, version, flow, flowPurpose));
    }
}
