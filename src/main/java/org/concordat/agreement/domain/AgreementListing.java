package org.concordat.agreement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.concordat.shared.domain.Page;
import org.concordat.shared.domain.PageRequest;

/**
 * The agreements list, read by the database a page at a time: for each agreement the organisation may see, its newest
 * version the organisation may see (a draft only by the lead organisation's IG leads, a submitted or later version by
 * the lead and every party of that version), filtered, sorted and counted in one query.
 */
public interface AgreementListing {

    /**
     * @param reader whose list, with what they may see
     * @param today  the day the status filter is read on (review due, in force, ended depend on it)
     */
    Page<Row> find(Reader reader, AgreementFilter filter, LocalDate today, PageRequest page);

    /**
     * The public register a page at a time: each agreement its lead organisation published, at its newest version in
     * force on {@code today}, in reference order; {@code text} (or null) matches the reference, the title or a
     * party's name.
     */
    Page<RegisterRow> publicRegister(String text, LocalDate today, PageRequest page);

    /** The names of the parties to each of these versions, in party order. */
    Map<Long, List<String>> partyNames(List<Long> versionIds);

    /** The organisation a list is read for, and whether its reader sees drafts (the lead's IG leads do). */
    record Reader(long organisationId, boolean seesDrafts) {
    }

    /** An agreement on the public register and the version of it in force. */
    record RegisterRow(long agreementId, String reference, long versionId) {
    }

    /** One agreement at the version shown, with what its status tag is derived from. */
    record Row(long agreementId, String reference, long leadOrganisationId, long versionId, int number, String title,
               VersionStatus status, int submissionRound, LocalDate effectiveDate, LocalDate reviewDate, LocalDate endDate,
               Instant updatedAt) {
    }
}
