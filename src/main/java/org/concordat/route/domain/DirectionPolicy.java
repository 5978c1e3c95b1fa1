package org.concordat.route.domain;

import java.util.Optional;
import java.util.Set;

/** A flow covers sharing from its sender to its recipient; a flow both ways covers the reverse as well. */
final class DirectionPolicy implements FlowPolicy {

    @Override
    public Optional<Reason> check(RouteQuestion question, CandidateVersion version, CandidateFlow flow) {
        boolean forward = flow.senderOrganisationId() == question.fromOrganisationId();
        return forward || flow.bothWays() ? Optional.empty()
                : Optional.of(Reason.ofFlow(ReasonCode.ONLY_OTHER_DIRECTION, version, flow, Set.of()));
    }
}
