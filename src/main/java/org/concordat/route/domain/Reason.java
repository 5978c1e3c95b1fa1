package org.concordat.route.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One reason why a route, or part of it, is not covered.
 *
 * @param version the agreement version concerned, or null for a reason about the route as a whole
 * @param flowKeys the flows concerned, in their agreement's order: one reason for all of a version's flows that fall
 *                 short the same way; empty for a reason about the route or a whole version
 * @param items   the codes concerned: the subjects or categories a flow leaves out, the purpose a flow is for
 * @param date    the date that matters: when a version comes into force, or was terminated; otherwise null
 */
public record Reason(ReasonCode code, CandidateVersion version, List<String> flowKeys, Set<String> items,
                     LocalDate date) {

    public Reason {
        flowKeys = List.copyOf(flowKeys);
        items = Codes.sorted(items);
    }

    static Reason ofRoute(ReasonCode code) {
        return new Reason(code, null, List.of(), Set.of(), null);
    }

    static Reason ofVersion(ReasonCode code, CandidateVersion version, LocalDate date) {
        return new Reason(code, version, List.of(), Set.of(), date);
    }

    static Reason ofFlow(ReasonCode code, CandidateVersion version, CandidateFlow flow, Set<String> items) {
        return new Reason(code, version, List.of(flow.key()), items, null);
    }
}
