package org.concordat.route.domain;

import java.util.List;

/** Where route checks find the agreements that might cover a route. */
public interface RouteCandidateRepository {

    /**
     * Every version, except drafts and superseded ones, to which both organisations are parties, each with its
     * flows that run between the two (in either direction). Versions the asking organisation is not party to are
     * never returned, so an answer cannot reveal them.
     */
    List<CandidateVersion> between(long fromOrganisationId, long toOrganisationId);
}
