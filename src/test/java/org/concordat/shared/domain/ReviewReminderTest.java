package org.concordat.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReviewReminderTest {

    static final LocalDate REVIEW = LocalDate.of(2027, 4, 1);

    @Test
    void nothingIsDueMoreThanNinetyDaysAhead() {
        assertEquals(Optional.empty(), ReviewReminder.due(REVIEW, REVIEW.minusDays(91), Set.of()));
        assertEquals(Optional.empty(), ReviewReminder.due(null, REVIEW, Set.of()), "no review date, no reminder");
    }

    @Test
    void eachThresholdIsDueFromItsDay() {
        assertEquals(Optional.of(ReviewReminder.DAYS_90), ReviewReminder.due(REVIEW, REVIEW.minusDays(90), Set.of()));
        assertEquals(Optional.of(ReviewReminder.DAYS_30), ReviewReminder.due(REVIEW, REVIEW.minusDays(30), Set.of(ReviewReminder.DAYS_90)));
        assertEquals(Optional.of(ReviewReminder.DAYS_7), ReviewReminder.due(REVIEW, REVIEW.minusDays(7), Set.of(ReviewReminder.DAYS_90, ReviewReminder.DAYS_30)));
        assertEquals(Optional.of(ReviewReminder.DAYS_7), ReviewReminder.due(REVIEW, REVIEW, Set.of()), "the review day itself is not yet overdue");
        assertEquals(Optional.of(ReviewReminder.OVERDUE), ReviewReminder.due(REVIEW, REVIEW.plusDays(1), Set.of(ReviewReminder.DAYS_7)));
    }

    @Test
    void aReminderIsSentOnceAndALateStartSkipsTheLessUrgentOnes() {
        assertEquals(Optional.empty(), ReviewReminder.due(REVIEW, REVIEW.minusDays(60), Set.of(ReviewReminder.DAYS_90)));
        assertEquals(Optional.empty(), ReviewReminder.due(REVIEW, REVIEW.minusDays(20), Set.of(ReviewReminder.DAYS_7)),
                "a more urgent reminder already went");
        assertEquals(Optional.of(ReviewReminder.DAYS_7), ReviewReminder.due(REVIEW, REVIEW.minusDays(5), Set.of()),
                "approved five days before review: one reminder, the 7-day one");
        assertEquals(Optional.empty(), ReviewReminder.due(REVIEW, REVIEW.plusDays(40), Set.of(ReviewReminder.OVERDUE)));
    }

    @Test
    void theDashboardsBandAReviewByTheDaysLeft() {
        assertEquals(ReviewBand.OVERDUE, ReviewBand.of(-1));
        assertEquals(ReviewBand.WITHIN_30_DAYS, ReviewBand.of(0), "due today is not yet overdue");
        assertEquals(ReviewBand.WITHIN_30_DAYS, ReviewBand.of(30));
        assertEquals(ReviewBand.WITHIN_90_DAYS, ReviewBand.of(31));
        assertEquals(ReviewBand.WITHIN_90_DAYS, ReviewBand.of(ReviewBand.HORIZON_DAYS));
        assertEquals(ReviewReminder.DAYS_90.daysBefore(), ReviewBand.HORIZON_DAYS, "the dashboards look as far ahead as the first reminder");
    }
}
