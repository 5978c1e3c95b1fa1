package org.concordat.route.domain;

import java.util.Optional;

/**
 * One rule a flow must meet to cover a route. A policy that is not met returns the reason, so that the answer can
 * say exactly why (the policy objects of ddd-by-examples/library).
 */
interface FlowPolicy {

    Optional<Reason> check(RouteQuestion question, CandidateVersion version, CandidateFlow flow);
}
