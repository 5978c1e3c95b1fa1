package org.concordat.shared.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The one set of words for where an agreement, an agreement version, a DPIA version or a review stands (issue 26):
 * every page shows this tag and the API gives its code and label beside the lifecycle status it is derived from.
 * "Approved" is not a tag of its own: an approved version is either not yet in force, in force, due or overdue for
 * review, or ended, depending on its dates and today.
 *
 * <p>The tag is derived, never stored: from the {@link Stage} of the lifecycle (each feature maps its own status to a
 * stage) and the dates — in force from, review by, in force until — on a given day.
 */
public enum StatusTag {
    /** Being written; only its authors see it. */
    DRAFT,
    /** Sent back to its authors by a party (or by the DPO's return): a draft again, with comments to address. */
    CHANGES_REQUESTED,
    /** Submitted: waiting for every party's approval (or, for a DPIA, the DPO's advice and the sign-off). */
    AWAITING_APPROVAL,
    /** Approved by everyone, but its effective date has not come. */
    NOT_YET_IN_FORCE,
    /** Approved (signed off) and in force, its review more than 90 days away or not set. */
    IN_FORCE,
    /** In force, its review due within the 90 days the reminders and the dashboards look ahead. */
    REVIEW_DUE,
    /** In force, its review date passed: it still counts, but must be reviewed. */
    REVIEW_OVERDUE,
    /** A DPIA signed off with a high residual risk: the ICO must be consulted before the processing starts. */
    ICO_CONSULTATION,
    /** No longer in force: past its end date, terminated, or replaced by a newer version. */
    ENDED;

    /** Where a lifecycle stands, before the dates are taken into account. */
    public enum Stage {
        DRAFT, RETURNED, AWAITING, AGREED, ICO_CONSULTATION, ENDED
    }

    /**
     * The tag on a day.
     *
     * @param inForceFrom the first day an agreed version is in force (its effective date, or a DPIA's sign-off);
     *                    an agreed version without one is not yet in force
     * @param reviewBy    its review date, or null
     * @param inForceTo   the last day it is in force (its end date), or null
     */
    public static StatusTag of(Stage stage, LocalDate inForceFrom, LocalDate reviewBy, LocalDate inForceTo, LocalDate today) {
        return switch (stage) {
            case DRAFT -> DRAFT;
            case RETURNED -> CHANGES_REQUESTED;
            case AWAITING -> AWAITING_APPROVAL;
            case ICO_CONSULTATION -> ICO_CONSULTATION;
            case ENDED -> ENDED;
            case AGREED -> agreed(inForceFrom, reviewBy, inForceTo, today);
        };
    }

    private static StatusTag agreed(LocalDate from, LocalDate reviewBy, LocalDate to, LocalDate today) {
        if (to != null && today.isAfter(to)) {
            return ENDED;
        }
        if (from == null || today.isBefore(from)) {
            return NOT_YET_IN_FORCE;
        }
        if (reviewBy == null) {
            return IN_FORCE;
        }
        long daysLeft = ChronoUnit.DAYS.between(today, reviewBy);
        return daysLeft < 0 ? REVIEW_OVERDUE : daysLeft <= ReviewBand.HORIZON_DAYS ? REVIEW_DUE : IN_FORCE;
    }

    /** The words every page and the API use for this tag. */
    public String label() {
        return switch (this) {
            case DRAFT -> Messages.text("shared.StatusTag.DRAFT");
            case CHANGES_REQUESTED -> Messages.text("shared.StatusTag.CHANGES_REQUESTED");
            case AWAITING_APPROVAL -> Messages.text("shared.StatusTag.AWAITING_APPROVAL");
            case NOT_YET_IN_FORCE -> Messages.text("shared.StatusTag.NOT_YET_IN_FORCE");
            case IN_FORCE -> Messages.text("shared.StatusTag.IN_FORCE");
            case REVIEW_DUE -> Messages.text("shared.StatusTag.REVIEW_DUE");
            case REVIEW_OVERDUE -> Messages.text("shared.StatusTag.REVIEW_OVERDUE");
            case ICO_CONSULTATION -> Messages.text("shared.StatusTag.ICO_CONSULTATION");
            case ENDED -> Messages.text("shared.StatusTag.ENDED");
        };
    }

    /** The same, as a property for the pages. */
    public String getLabel() {
        return label();
    }

    /** The tag's colour class (GOV.UK tag colours; the words, never the colour alone, carry the meaning). */
    public String getColour() {
        return switch (this) {
            case DRAFT -> "light-blue";
            case CHANGES_REQUESTED -> "orange";
            case AWAITING_APPROVAL -> "blue";
            case NOT_YET_IN_FORCE -> "purple";
            case IN_FORCE -> "green";
            case REVIEW_DUE -> "yellow";
            case REVIEW_OVERDUE -> "red";
            case ICO_CONSULTATION -> "pink";
            case ENDED -> "grey";
        };
    }
}
