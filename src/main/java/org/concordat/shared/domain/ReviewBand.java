package org.concordat.shared.domain;

/**
 * Where a review date stands on the review dashboards (agreements and DPIAs): overdue, due within 30 days, or due
 * within the 90 days the dashboards look ahead.
 */
public enum ReviewBand {
    OVERDUE, WITHIN_30_DAYS, WITHIN_90_DAYS;

    /** How far ahead the dashboards look: as far as the first reminder. */
    public static final int HORIZON_DAYS = 90;

    /** The band of a review this many days away (negative once overdue), within the horizon. */
    public static ReviewBand of(long daysLeft) {
        return daysLeft < 0 ? OVERDUE : daysLeft <= 30 ? WITHIN_30_DAYS : WITHIN_90_DAYS;
    }
}
