package org.concordat.dpia.domain;

import java.time.LocalDate;

/**
 * Something happened to a DPIA version that people of the lead organisation must hear about. Fired inside the
 * transaction that made the change, so that whatever it leads to (an inbox entry) commits or rolls back with it.
 *
 * @param actor             the name of the person who acted (null when the system did: reminders)
 * @param reviewDate        the version's review date, once it is signed off
 * @param keptUnderReviewBy who keeps it under review, as recorded at sign-off
 */
public record DpiaEvent(Kind kind, long dpiaId, String reference, String title, long versionId, int number,
                        long leadOrganisationId, String actor, LocalDate reviewDate, String keptUnderReviewBy) {

    public enum Kind {
        /** The DPO's advice is needed. */
        DPO_ADVICE_REQUESTED,
        /** The DPO advised: the version awaits sign-off. */
        DPO_ADVICE_GIVEN,
        /** Signed off and completed. */
        COMPLETED,
        /** Signed off with a high residual risk accepted: the ICO must be consulted first. */
        PRIOR_CONSULTATION_REQUIRED,
        /** Back to its authors. */
        RETURNED_TO_DRAFT,
        /** The current version's review date is 90, 30 or 7 days away. */
        REVIEW_REMINDER,
        /** The current version's review date has passed. */
        REVIEW_OVERDUE
    }

    public static DpiaEvent of(Kind kind, Dpia dpia, DpiaVersion version, String actor) {
        return new DpiaEvent(kind, dpia.getId(), dpia.getReference(), version.getTitle(), version.getId(), version.getNumber(),
                dpia.getLeadOrganisationId(), actor, version.getReviewDate(), version.getKeptUnderReviewBy());
    }
}
