package org.concordat.route.domain;

import java.util.Set;

/**
 * A flow in force that covers the route, or part of it.
 *
 * @param subjects      the requested data subjects it covers
 * @param categories    the requested data categories it covers
 * @param reviewOverdue its version is past its review date: it still covers, with a warning
 */
public record CoveringFlow(CandidateVersion version, CandidateFlow flow, Set<String> subjects, Set<String> categories,
                           boolean reviewOverdue) {

    public CoveringFlow {
        subjects = Codes.sorted(subjects);
        categories = Codes.sorted(categories);
    }
}
