package org.concordat.dpia.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.concordat.shared.domain.Page;
import org.concordat.shared.domain.PageRequest;

/**
 * The DPIA list, read by the database a page at a time: for each DPIA the organisation may see, its newest version the
 * organisation may see (a draft only by the lead organisation's authors; any other version by the lead and by every
 * organisation taking part in an agreement the DPIA assesses), filtered, sorted and counted in one query.
 */
public interface DpiaListing {

    Page<Row> find(Reader reader, DpiaFilter filter, LocalDate today, PageRequest page);

    /** The organisation a list is read for, and whether its reader is an author (the lead's IG leads and DPOs). */
    record Reader(long organisationId, boolean author) {
    }

    /** One DPIA at the version shown, with what its status tag is derived from. */
    record Row(long dpiaId, String reference, String leadOrganisationName, long versionId, int number, String title,
               DpiaVersionStatus status, ScreeningOutcome screeningOutcome, LocalDate reviewDate, Instant signedOffAt,
               boolean adviceAskedBefore) {
    }
}
