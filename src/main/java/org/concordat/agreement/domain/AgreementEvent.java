package org.concordat.agreement.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Something happened to an agreement version that people must hear about. Fired inside the transaction that made
 * the change, so that whatever it leads to (an inbox entry) commits or rolls back with it.
 *
 * @param actorOrganisation the organisation that acted (for a decision), or null
 * @param comment           the comment that came with a request for changes, or null
 * @param date              the date that matters (review date, end date, termination date), or null
 */
public record AgreementEvent(Kind kind, long agreementId, String reference, String title, long versionId, int number,
                             long leadOrganisationId, List<Long> partyOrganisationIds, String actorOrganisation,
                             String comment, LocalDate date) {

    public enum Kind {
        SUBMITTED, CHANGES_REQUESTED, APPROVED, TERMINATED, EXPIRED, REVIEW_REMINDER, REVIEW_OVERDUE
    }

    public AgreementEvent {
        partyOrganisationIds = List.copyOf(partyOrganisationIds);
    }

    public static AgreementEvent of(Kind kind, Agreement agreement, AgreementVersion version, String actorOrganisation,
                                    String comment, LocalDate date) {
        return new AgreementEvent(kind, agreement.getId(), agreement.getReference(), version.getTitle(), version.getId(),
                version.getNumber(), agreement.getLeadOrganisationId(),
                version.getParties().stream().map(Party::getOrganisationId).toList(), actorOrganisation, comment, date);
    }
}
