package org.concordat.dpia.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concordat.shared.domain.ReviewReminder;
import org.junit.jupiter.api.Test;

/**
 * Which DPIA version is kept under review, and which reminder is due about it: the shared schedule (90, 30 and 7
 * days ahead, once overdue, each once) applied to the latest signed-off version only.
 */
class DpiaReviewTest {

    static final Instant NOW = DpiaVersionTest.NOW;
    static final LocalDate SIGNED = DpiaVersionTest.TODAY;
    static final LocalDate REVIEW = SIGNED.plusDays(120);

    /** A first version signed off on SIGNED with the given review date: completed. */
    static DpiaVersion completed(LocalDate reviewDate) {
        DpiaVersion v = DpiaVersion.firstDraft(7, 3, "MASH health information", IcoDpiaTemplate.CONTENT.screening(),
                IcoDpiaTemplate.SCALE, "iglead@example.org", NOW);
        v.answerScreening(ScreeningTest.yesTo("children-or-vulnerable-people"), NOW);
        Map<String, String> answers = new LinkedHashMap<>();
        DpiaVersionTest.required().keySet().forEach(k -> answers.put(k, "Answer to " + k));
        v.replaceAnswers(answers, NOW);
        v.saveRisk(null, DpiaVersionTest.risk(RiskLikelihood.PROBABLE, RiskSeverity.SEVERE), NOW);
        v.saveMeasure("R1", null, DpiaVersionTest.measure(MeasureEffect.REDUCED, RiskLikelihood.REMOTE, RiskSeverity.SIGNIFICANT), NOW);
        signOff(v, reviewDate);
        assertEquals(DpiaVersionStatus.COMPLETED, v.getStatus());
        return v;
    }

    static void signOff(DpiaVersion v, LocalDate reviewDate) {
        v.requestDpoAdvice(DpiaVersionTest.required(), "iglead@example.org", NOW);
        v.recordDpoAdvice("It complies.", "Go ahead.", "dpo@example.org", "Dee Okafor", NOW);
        v.signOff(new SignOffDetails("Helen Carter", "Helen Carter", DpoAdviceDecision.ACCEPTED, "Helen Carter", null,
                "Sam Patel", null, "Sam Patel, IG lead", reviewDate), "signatory@example.org", "Helen Carter", SIGNED, NOW);
    }

    static Optional<ReviewReminder> due(DpiaVersion version, List<DpiaVersion> versions, LocalDate today, ReviewReminder... sent) {
        return DpiaReview.reminderDue(version, versions, today, Set.of(sent));
    }

    @Test
    void eachMilestoneIsDueFromItsDayUntilTheNextAndOverdueAfterTheReviewDate() {
        DpiaVersion v1 = completed(REVIEW);
        List<DpiaVersion> versions = List.of(v1);
        assertEquals(Optional.empty(), due(v1, versions, REVIEW.minusDays(91)), "more than 90 days ahead");
        assertEquals(Optional.of(ReviewReminder.DAYS_90), due(v1, versions, REVIEW.minusDays(90)));
        assertEquals(Optional.of(ReviewReminder.DAYS_90), due(v1, versions, REVIEW.minusDays(31)), "a late run still sends it");
        assertEquals(Optional.of(ReviewReminder.DAYS_30), due(v1, versions, REVIEW.minusDays(30), ReviewReminder.DAYS_90));
        assertEquals(Optional.of(ReviewReminder.DAYS_7), due(v1, versions, REVIEW.minusDays(7), ReviewReminder.DAYS_90,
                ReviewReminder.DAYS_30));
        assertEquals(Optional.of(ReviewReminder.DAYS_7), due(v1, versions, REVIEW, ReviewReminder.DAYS_90, ReviewReminder.DAYS_30),
                "the review day itself is not yet overdue");
        assertEquals(Optional.of(ReviewReminder.OVERDUE), due(v1, versions, REVIEW.plusDays(1), ReviewReminder.DAYS_90,
                ReviewReminder.DAYS_30, ReviewReminder.DAYS_7));
        assertEquals(Optional.of(ReviewReminder.DAYS_7), due(v1, versions, REVIEW.minusDays(3)),
                "first seen three days ahead: one reminder, the most urgent");
    }

    @Test
    void nothingIsSentTwice() {
        DpiaVersion v1 = completed(REVIEW);
        List<DpiaVersion> versions = List.of(v1);
        assertEquals(Optional.empty(), due(v1, versions, REVIEW.minusDays(90), ReviewReminder.DAYS_90), "the same day, run again");
        assertEquals(Optional.empty(), due(v1, versions, REVIEW.minusDays(45), ReviewReminder.DAYS_90));
        assertEquals(Optional.empty(), due(v1, versions, REVIEW.minusDays(20), ReviewReminder.DAYS_7), "a more urgent one already went");
        assertEquals(Optional.empty(), due(v1, versions, REVIEW.plusDays(1), ReviewReminder.OVERDUE));
        assertEquals(Optional.empty(), due(v1, versions, REVIEW.plusDays(200), ReviewReminder.OVERDUE), "overdue is said once");
    }

    @Test
    void aSupersededVersionIsNeverRemindedAbout() {
        DpiaVersion v1 = completed(SIGNED.plusDays(20));
        DpiaVersion v2 = v1.nextVersion(2, "iglead@example.org", NOW);
        List<DpiaVersion> versions = List.of(v1, v2);
        assertEquals(Optional.of(ReviewReminder.DAYS_30), due(v1, versions, SIGNED),
                "a new version in draft does not stop the reminders about the one in effect");
        assertEquals(Optional.of(v1), DpiaReview.current(versions));

        signOff(v2, SIGNED.plusYears(1));
        assertTrue(v1.supersede(NOW));
        assertEquals(DpiaVersionStatus.SUPERSEDED, v1.getStatus());
        assertEquals(Optional.empty(), due(v1, versions, SIGNED), "superseded: its review date no longer counts");
        assertEquals(Optional.empty(), due(v1, versions, SIGNED.plusDays(21)), "nor is it ever overdue");
        assertFalse(DpiaReview.isCurrent(v1, versions));
        assertEquals(Optional.of(v2), DpiaReview.current(versions));
        assertEquals(Optional.empty(), due(v2, versions, SIGNED), "the current version's review is a year away");
        assertEquals(Optional.of(ReviewReminder.DAYS_7), due(v2, versions, SIGNED.plusYears(1).minusDays(7)));
    }

    @Test
    void aNewerVersionAwaitingPriorConsultationTakesOverTheReviewFromTheOlderCompletedOne() {
        DpiaVersion v1 = completed(SIGNED.plusDays(20));
        DpiaVersion v2 = v1.nextVersion(2, "iglead@example.org", NOW);
        v2.saveRisk(null, DpiaVersionTest.risk(RiskLikelihood.POSSIBLE, RiskSeverity.SEVERE), NOW);
        v2.saveMeasure("R2", null, DpiaVersionTest.measure(MeasureEffect.ACCEPTED, RiskLikelihood.PROBABLE, RiskSeverity.SIGNIFICANT), NOW);
        signOff(v2, SIGNED.plusDays(60));
        assertEquals(DpiaVersionStatus.PRIOR_CONSULTATION_REQUIRED, v2.getStatus());
        assertEquals(DpiaVersionStatus.COMPLETED, v1.getStatus(), "not superseded, but no longer the latest signed off");

        List<DpiaVersion> versions = List.of(v1, v2);
        assertEquals(Optional.of(v2), DpiaReview.current(versions));
        assertEquals(Optional.empty(), due(v1, versions, SIGNED));
        assertEquals(Optional.of(ReviewReminder.DAYS_90), due(v2, versions, SIGNED), "its own review date, 60 days away");
    }

    @Test
    void aDpiaNeverSignedOffHasNothingUnderReview() {
        DpiaVersion draft = DpiaVersion.firstDraft(7, 3, "Drafting", IcoDpiaTemplate.CONTENT.screening(), IcoDpiaTemplate.SCALE,
                "iglead@example.org", NOW);
        assertEquals(Optional.empty(), DpiaReview.current(List.of(draft)));
        assertEquals(Optional.empty(), due(draft, List.of(draft), SIGNED));
        assertEquals(Optional.empty(), ReviewReminder.due(draft.getReviewDate(), SIGNED, Set.of()), "no review date, no reminder");
    }
}
