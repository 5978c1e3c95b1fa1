package org.concordat.dpia.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.template.domain.ScreeningQuestion;
import org.junit.jupiter.api.Test;

/** The screening questions of the shipped ICO template, answered, give the outcome and its reasons. */
class ScreeningTest {

    static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

    final DpiaVersion draft = DpiaVersion.firstDraft(1, 2, "MASH health information", IcoDpiaTemplate.CONTENT.screening(),
            IcoDpiaTemplate.SCALE, "iglead@example.org", NOW);

    /** Every question answered no, except those named. */
    static Map<String, Boolean> yesTo(String... keys) {
        Map<String, Boolean> answers = new HashMap<>();
        IcoDpiaTemplate.CONTENT.screening().forEach(q -> answers.put(q.key(), false));
        for (String key : keys) {
            answers.put(key, true);
        }
        return answers;
    }

    @Test
    void theTemplateMarksTheArticle35AndIcoListIndicators() {
        List<ScreeningQuestion> questions = IcoDpiaTemplate.CONTENT.screening();
        assertEquals(15, questions.size());
        assertEquals(List.of("innovative-technology", "biometric-data", "genetic-data", "invisible-processing", "tracking",
                        "sensitive-data", "large-scale"),
                questions.stream().filter(q -> !q.highRisk()).map(ScreeningQuestion::key).toList());
    }

    @Test
    void sensitiveDataAtAnyScaleIsAnIndicatorThatWithAnotherMakesADpiaRequired() {
        draft.answerScreening(yesTo("sensitive-data"), NOW);
        assertEquals(ScreeningOutcome.RECOMMENDED, draft.getScreeningOutcome(), "one EDPB criterion alone");
        draft.answerScreening(yesTo("sensitive-data", "large-scale"), NOW);
        assertEquals(ScreeningOutcome.REQUIRED, draft.getScreeningOutcome(), "two EDPB criteria together");
        draft.answerScreening(yesTo("large-scale"), NOW);
        assertEquals(ScreeningOutcome.RECOMMENDED, draft.getScreeningOutcome());
    }

    @Test
    void noIndicatorMeansNotRequired() {
        draft.answerScreening(yesTo(), NOW);
        assertEquals(ScreeningOutcome.NOT_REQUIRED, draft.getScreeningOutcome());
        assertEquals(List.of(), draft.screeningResult().reasons());
    }

    @Test
    void oneHighRiskIndicatorMakesItRequiredAndIsTheReason() {
        draft.answerScreening(yesTo("children-or-vulnerable-people"), NOW);
        assertEquals(ScreeningOutcome.REQUIRED, draft.getScreeningOutcome());
        Screening.Reason reason = draft.screeningResult().reasons().get(0);
        assertEquals("children-or-vulnerable-people", reason.questionKey());
        assertTrue(reason.highRisk());
        assertTrue(reason.indicator().contains("targeting of children"), reason.indicator());
        assertTrue(reason.question().startsWith("Will the processing be aimed at children"), reason.question());
    }

    @Test
    void eachHighRiskQuestionOnItsOwnMakesItRequired() {
        IcoDpiaTemplate.CONTENT.screening().stream().filter(ScreeningQuestion::highRisk).forEach(q -> {
            draft.answerScreening(yesTo(q.key()), NOW);
            assertEquals(ScreeningOutcome.REQUIRED, draft.getScreeningOutcome(), q.key());
        });
    }

    @Test
    void oneIndicatorThatIsNotHighRiskOnItsOwnMakesItRecommended() {
        IcoDpiaTemplate.CONTENT.screening().stream().filter(q -> !q.highRisk()).forEach(q -> {
            draft.answerScreening(yesTo(q.key()), NOW);
            assertEquals(ScreeningOutcome.RECOMMENDED, draft.getScreeningOutcome(), q.key());
            assertEquals(List.of(q.key()), draft.screeningResult().reasons().stream().map(Screening.Reason::questionKey).toList());
        });
    }

    @Test
    void twoIndicatorsTogetherMakeItRequired() {
        draft.answerScreening(yesTo("innovative-technology", "tracking"), NOW);
        assertEquals(ScreeningOutcome.REQUIRED, draft.getScreeningOutcome());
        assertEquals(2, draft.screeningResult().reasons().size());
    }

    @Test
    void everyQuestionNeedsAnAnswerAndOnlyTheTemplatesQuestionsAreAnswered() {
        Map<String, Boolean> partial = yesTo();
        partial.remove("tracking");
        partial.remove("genetic-data");
        partial.put("astrology", true);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> draft.answerScreening(partial, NOW));
        assertEquals(List.of("screening.astrology", "screening.genetic-data", "screening.tracking"),
                e.errors().stream().map(FieldError::field).toList());
        assertNull(draft.getScreeningOutcome(), "nothing was changed");
        assertNull(draft.screeningResult().outcome(), "no outcome while questions are unanswered");
    }
}
