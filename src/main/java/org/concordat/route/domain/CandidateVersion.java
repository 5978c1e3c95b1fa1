package org.concordat.route.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.concordat.agreement.domain.VersionStatus;

/**
 * A version of an agreement to which both organisations of a route are parties, with those of its flows that run
 * between them (possibly none). Every status but draft may be a candidate: the answer explains why a version
 * that is not in force does not cover the route. The end date, when there is one, is the last day it covers.
 */
public record CandidateVersion(long agreementId, String reference, String title, long versionId, int versionNumber,
                               VersionStatus status, LocalDate effectiveDate, LocalDate reviewDate,
                               LocalDate terminatedOn, LocalDate endDate, List<CandidateFlow> flows) {

    /** The most recent first: the later effective date, then the later version. */
    static final Comparator<CandidateVersion> MOST_RECENT_FIRST = Comparator
            .comparing(CandidateVersion::effectiveDate, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Comparator.comparingLong(CandidateVersion::versionId).reversed());

    public CandidateVersion {
        flows = List.copyOf(flows);
    }

    /** Past its review date: it still covers routes, but the answer says so. */
    public boolean reviewOverdueOn(LocalDate day) {
        return reviewDate != null && reviewDate.isBefore(day);
    }
}
