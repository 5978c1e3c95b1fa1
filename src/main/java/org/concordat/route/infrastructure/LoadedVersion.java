package org.concordat.route.infrastructure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concordat.agreement.domain.VersionStatus;
import org.concordat.route.domain.CandidateFlow;
import org.concordat.route.domain.CandidateVersion;
import org.concordat.legal.domain.LegalBasis;

/**
 * A version of an agreement as read from its tables: its parties (party key to organisation) and its flows between
 * party keys. The route check wants it per pair of organisations: {@link #between} resolves the flows that run
 * between two of its parties.
 */
record LoadedVersion(long agreementId, String reference, String title, long versionId, int versionNumber,
                     VersionStatus status, LocalDate effectiveDate, LocalDate reviewDate, LocalDate terminatedOn,
                     LocalDate endDate, Map<String, Long> organisationByParty, List<Flow> flows) {

    /** A flow between two parties of the version, with the law it relies on. */
    record Flow(String key, String senderParty, String recipientParty, boolean bothWays, Set<String> dataSubjects,
                Set<String> dataCategories, String purpose, String transferMethod, String retention, LegalBasis law) {
    }

    /** The version as a candidate for a route between two of its parties, with the flows between them. */
    CandidateVersion between(long one, long other) {
        List<CandidateFlow> between = new ArrayList<>();
        for (Flow f : flows) {
            Long sender = organisationByParty.get(f.senderParty());
            Long recipient = organisationByParty.get(f.recipientParty());
            if (sender != null && recipient != null
                    && ((sender == one && recipient == other) || (sender == other && recipient == one))) {
                between.add(new CandidateFlow(f.key(), sender, recipient, f.bothWays(), f.dataSubjects(),
                        f.dataCategories(), f.purpose(), f.transferMethod(), f.retention(), f.law()));
            }
        }
        return new CandidateVersion(agreementId, reference, title, versionId, versionNumber, status, effectiveDate,
                reviewDate, terminatedOn, endDate, between);
    }
}
