package org.concordat.route.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a candidate version stands on the day of the check. Only an approved version whose effective date has
 * come is in force; every other state that a practitioner may see says why it does not cover the route.
 */
public enum Lifecycle {
    IN_FORCE(null),
    NOT_YET_IN_FORCE(ReasonCode.AGREEMENT_NOT_YET_IN_FORCE),
    AWAITING_APPROVAL(ReasonCode.AGREEMENT_NOT_APPROVED),
    EXPIRED(ReasonCode.AGREEMENT_EXPIRED),
    TERMINATED(ReasonCode.AGREEMENT_TERMINATED),
    /**
     * Never part of an answer: a draft is invisible outside its drafting party, and a superseded version has a
     * successor that speaks for the agreement.
     */
    NOT_SHOWN(null);

    private final ReasonCode reason;

    Lifecycle(ReasonCode reason) {
        this.reason = reason;
    }

    public static Lifecycle of(CandidateVersion version, LocalDate day) {
        return switch (version.status()) {
            // Past its end date an approved version has expired, even before the hourly run records it.
            case APPROVED -> version.endDate() != null && day.isAfter(version.endDate()) ? EXPIRED
                    : version.effectiveDate() != null && !day.isBefore(version.effectiveDate()) ? IN_FORCE : NOT_YET_IN_FORCE;
            case SUBMITTED -> AWAITING_APPROVAL;
            case EXPIRED -> EXPIRED;
            case TERMINATED -> TERMINATED;
            case DRAFT, SUPERSEDED -> NOT_SHOWN;
        };
    }

    /** Why the version does not cover any route, with the date that matters; empty when it is in force or unseen. */
    Optional<Reason> reason(CandidateVersion version) {
        if (reason == null) {
            return Optional.empty();
        }
        LocalDate date = switch (this) {
            case NOT_YET_IN_FORCE -> version.effectiveDate();
            case TERMINATED -> version.terminatedOn();
            case EXPIRED -> version.endDate();
            default -> null;
        };
        return Optional.of(Reason.ofVersion(reason, version, date));
    }
}
