package org.concordat.shared.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The reminders the lead organisation gets before a review date (90, 30 and 7 days) and once it is overdue: the
 * review date of an approved agreement, or of a signed-off DPIA. Declared from least to most urgent. Each feature
 * keeps the reminders it has sent, so that each is sent once.
 */
public enum ReviewReminder {
    DAYS_90(90), DAYS_30(30), DAYS_7(7), OVERDUE(-1);

    private final int daysBefore;

    ReviewReminder(int daysBefore) {
        this.daysBefore = daysBefore;
    }

    /**
     * The reminder to send today, given those already sent: only the most urgent one that applies, so that an
     * agreement approved (or a DPIA signed off) five days before its review gets one reminder, not three.
     */
    public static Optional<ReviewReminder> due(LocalDate reviewDate, LocalDate today, Set<ReviewReminder> sent) {
        if (reviewDate == null) {
            return Optional.empty();
        }
        long daysLeft = ChronoUnit.DAYS.between(today, reviewDate);
        Optional<ReviewReminder> mostUrgent = Arrays.stream(values())
                .filter(r -> r == OVERDUE ? daysLeft < 0 : daysLeft >= 0 && daysLeft <= r.daysBefore)
                .reduce((less, more) -> more);
        return mostUrgent.filter(r -> sent.stream().noneMatch(s -> s.compareTo(r) >= 0));
    }

    public int daysBefore() {
        return daysBefore;
    }
}
