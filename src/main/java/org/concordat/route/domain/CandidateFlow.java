package org.concordat.route.domain;

import java.util.Set;
import org.concordat.legal.domain.LegalBasis;

/**
 * A sharing flow of a candidate version, with its parties resolved to organisations.
 *
 * @param key the flow's key within its version (F1, F2, ...)
 * @param law the law the flow relies on: what a practitioner is told when the flow covers their route
 */
public record CandidateFlow(String key, long senderOrganisationId, long recipientOrganisationId, boolean bothWays,
                            Set<String> dataSubjects, Set<String> dataCategories, String purpose,
                            String transferMethod, String retention, LegalBasis law) {

    public CandidateFlow {
        dataSubjects = Codes.sorted(dataSubjects);
        dataCategories = Codes.sorted(dataCategories);
    }

    /** Whether the flow runs between these two organisations, whichever way. */
    boolean between(long one, long other) {
        return (senderOrganisationId == one && recipientOrganisationId == other)
                || (senderOrganisationId == other && recipientOrganisationId == one);
    }
}
