package org.concordat.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.concordat.shared.domain.StatusTag.Stage;
import org.junit.jupiter.api.Test;

/** The one set of status words: what each stage and each date makes of a version on a given day. */
class StatusTagTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final LocalDate FROM = LocalDate.of(2026, 4, 1);

    private static StatusTag agreed(LocalDate from, LocalDate reviewBy, LocalDate to) {
        return StatusTag.of(Stage.AGREED, from, reviewBy, to, TODAY);
    }

    @Test
    void stagesBeforeAgreementIgnoreTheDates() {
        assertEquals(StatusTag.DRAFT, StatusTag.of(Stage.DRAFT, FROM, TODAY.minusDays(1), null, TODAY));
        assertEquals(StatusTag.CHANGES_REQUESTED, StatusTag.of(Stage.RETURNED, FROM, null, null, TODAY));
        assertEquals(StatusTag.AWAITING_APPROVAL, StatusTag.of(Stage.AWAITING, FROM, TODAY.minusDays(1), null, TODAY));
        assertEquals(StatusTag.ICO_CONSULTATION, StatusTag.of(Stage.ICO_CONSULTATION, FROM, TODAY.minusDays(1), null, TODAY));
        assertEquals(StatusTag.ENDED, StatusTag.of(Stage.ENDED, FROM, TODAY.plusYears(1), null, TODAY));
    }

    @Test
    void anAgreedVersionIsInForceFromItsFirstDay() {
        assertEquals(StatusTag.NOT_YET_IN_FORCE, agreed(TODAY.plusDays(1), TODAY.plusYears(1), null));
        assertEquals(StatusTag.IN_FORCE, agreed(TODAY, TODAY.plusYears(1), null));
        assertEquals(StatusTag.NOT_YET_IN_FORCE, agreed(null, TODAY.plusYears(1), null), "no effective date: not in force");
    }

    @Test
    void anAgreedVersionEndsAfterItsLastDay() {
        assertEquals(StatusTag.IN_FORCE, agreed(FROM, TODAY.plusYears(1), TODAY), "its last day still counts");
        assertEquals(StatusTag.ENDED, agreed(FROM, TODAY.plusYears(1), TODAY.minusDays(1)));
        assertEquals(StatusTag.ENDED, agreed(FROM, TODAY.minusDays(10), TODAY.minusDays(1)), "ended, not overdue");
    }

    @Test
    void theReviewIsDueWithinTheNinetyDaysTheRemindersLookAheadAndOverdueOnceItsDatePasses() {
        assertEquals(StatusTag.IN_FORCE, agreed(FROM, TODAY.plusDays(ReviewBand.HORIZON_DAYS + 1), null));
        assertEquals(StatusTag.REVIEW_DUE, agreed(FROM, TODAY.plusDays(ReviewBand.HORIZON_DAYS), null));
        assertEquals(StatusTag.REVIEW_DUE, agreed(FROM, TODAY, null), "due today is not yet overdue");
        assertEquals(StatusTag.REVIEW_OVERDUE, agreed(FROM, TODAY.minusDays(1), null));
        assertEquals(StatusTag.IN_FORCE, agreed(FROM, null, null), "no review date: in force");
    }

    @Test
    void everyTagHasItsOwnWordsAndAColour() {
        Set<String> labels = new HashSet<>();
        for (StatusTag tag : StatusTag.values()) {
            assertNotEquals("", tag.label());
            labels.add(tag.label());
            assertNotEquals("", tag.getColour());
        }
        assertEquals(StatusTag.values().length, labels.size(), "no two tags share their words");
        assertEquals("In force", StatusTag.IN_FORCE.label());
        assertEquals("Review overdue", StatusTag.REVIEW_OVERDUE.label());
        assertEquals(Set.of(), Set.copyOf(Arrays.stream(StatusTag.values()).map(StatusTag::label)
                .filter(l -> l.equalsIgnoreCase("approved")).toList()), "approved is not a tag of its own");
    }
}
