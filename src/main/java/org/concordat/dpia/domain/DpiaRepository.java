package org.concordat.dpia.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.concordat.shared.domain.ReviewReminder;

/** Where DPIAs and their versions are kept. */
public interface DpiaRepository {

    long nextReferenceNumber();

    Dpia add(Dpia dpia);

    Optional<Dpia> find(long id);

    DpiaVersion add(DpiaVersion version);

    Optional<DpiaVersion> findVersion(long versionId);

    /** Every version of the DPIA, by number. */
    List<DpiaVersion> versions(long dpiaId);

    /** DPIAs linked to the agreement. */
    List<Dpia> linkedTo(long agreementId);

    /**
     * Signed-off versions not superseded (completed, or awaiting the ICO's prior consultation) whose review date is
     * on or before the day, earliest first; of these, only the current version of each DPIA is under review.
     */
    List<DpiaVersion> signedOffWithReviewBy(LocalDate day);

    /**
     * The same, among the DPIAs the organisation leads or takes part in through a linked agreement (as its lead, or a
     * party to a version past draft).
     */
    List<DpiaVersion> signedOffWithReviewBy(LocalDate day, long organisationId);

    /** The review reminders already sent about the version. */
    Set<ReviewReminder> remindersSent(long versionId);

    /** Records a reminder as sent; a second record of the same reminder fails, so that it is never sent twice. */
    void reminderSent(long versionId, ReviewReminder reminder, Instant at);

    /** Writes pending changes now, so that the new version number can be shown to whoever made them. */
    void flush();
}
