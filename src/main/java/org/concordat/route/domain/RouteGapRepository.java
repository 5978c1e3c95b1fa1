package org.concordat.route.domain;

import java.time.Instant;
import java.util.List;

/** Routes checked and not (fully) covered: noted one by one, read as counts. */
public interface RouteGapRepository {

    RouteGap add(RouteGap gap);

    /** Uncovered routes checked from the organisation (or the whole partnership when null), most frequent first. */
    List<GapCount> counts(Long organisationId, int limit);

    /** The latest gaps noted for one route and purpose, newest first. */
    List<RouteGap> latest(long fromOrganisationId, long toOrganisationId, String purpose, int limit);

    /** How often a route (from, to — null when not listed — and purpose) was checked and not fully covered. */
    record GapCount(long fromOrganisationId, Long toOrganisationId, String purpose, long times, long partly,
                    Instant lastCheckedAt) {
    }
}
