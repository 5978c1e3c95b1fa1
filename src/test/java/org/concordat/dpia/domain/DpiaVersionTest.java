package org.concordat.dpia.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.StatusTag;
import org.concordat.template.domain.FieldSpec;
import org.concordat.template.domain.SectionSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The life of a DPIA version: drafted, advised on by the DPO, signed off; and the guards on each state. */
class DpiaVersionTest {

    static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    final DpiaVersion draft = DpiaVersion.firstDraft(7, 3, "MASH health information", IcoDpiaTemplate.CONTENT.screening(),
            IcoDpiaTemplate.SCALE, "iglead@example.org", NOW);

    /** The template's required fields, key → label, as the use case passes them. */
    static Map<String, String> required() {
        Map<String, String> required = new LinkedHashMap<>();
        for (SectionSpec s : IcoDpiaTemplate.CONTENT.sections()) {
            for (FieldSpec f : s.fields()) {
                if (f.required()) {
                    required.put(s.key() + "." + f.key(), f.label());
                }
            }
        }
        return required;
    }

    static RiskDetails risk(RiskLikelihood likelihood, RiskSeverity severity) {
        return new RiskDetails("Health information sent to the wrong partner", "A child's medical history is disclosed",
                likelihood, severity);
    }

    static MeasureDetails measure(MeasureEffect effect, RiskLikelihood likelihood, RiskSeverity severity) {
        return new MeasureDetails("Send through the secure portal only", effect, likelihood, severity, true, "Head of IG",
                LocalDate.of(2027, 1, 31));
    }

    static SignOffDetails signOff(DpoAdviceDecision decision, String reasons) {
        return new SignOffDetails("Helen Carter, Director of Children's Services", "Helen Carter, Director of Children's Services",
                decision, "Helen Carter", reasons, "Sam Patel, IG lead", null, "Sam Patel, IG lead", TODAY.plusYears(1));
    }

    /** A draft ready for the DPO: screened, every required field answered, a high risk reduced to low. */
    void complete(DpiaVersion version) {
        version.answerScreening(ScreeningTest.yesTo("children-or-vulnerable-people", "data-matching"), NOW);
        Map<String, String> answers = new LinkedHashMap<>();
        required().keySet().forEach(k -> answers.put(k, "Answer to " + k));
        version.replaceAnswers(answers, NOW);
        version.saveRisk(null, risk(RiskLikelihood.PROBABLE, RiskSeverity.SEVERE), NOW);
        version.saveMeasure("R1", null, measure(MeasureEffect.REDUCED, RiskLikelihood.REMOTE, RiskSeverity.SIGNIFICANT), NOW);
    }

    static void refused(Executable change) {
        InvalidInputException e = assertThrows(InvalidInputException.class, change);
        assertEquals("status", e.errors().get(0).field());
    }

    @Test
    void aNewDpiaIsADraftWithEveryScreeningQuestionUnanswered() {
        assertEquals(DpiaVersionStatus.DRAFT, draft.getStatus());
        assertEquals(1, draft.getNumber());
        assertEquals(15, draft.getScreening().size());
        assertTrue(draft.getScreening().stream().allMatch(a -> a.getAnswer() == null));
        assertThrows(InvalidInputException.class, () -> DpiaVersion.firstDraft(7, 3, " ", List.of(), IcoDpiaTemplate.SCALE, "a", NOW));
    }

    @Test
    void theDpoIsAskedOnlyOnceTheDraftIsComplete() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> draft.requestDpoAdvice(required(), "iglead@example.org", NOW));
        List<String> fields = e.errors().stream().map(FieldError::field).toList();
        assertEquals("screening", fields.get(0));
        assertTrue(fields.contains("answers.step-2-processing.nature"), fields.toString());
        assertTrue(fields.contains("risks"), fields.toString());
        assertEquals(DpiaVersionStatus.DRAFT, draft.getStatus());
    }

    @Test
    void aMediumOrHighRiskNeedsAMeasureButALowOneDoesNot() {
        complete(draft);
        draft.saveRisk(null, risk(RiskLikelihood.REMOTE, RiskSeverity.MINIMAL), NOW);
        draft.saveRisk(null, risk(RiskLikelihood.POSSIBLE, RiskSeverity.SIGNIFICANT), NOW);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> draft.requestDpoAdvice(required(), "iglead@example.org", NOW));
        assertEquals(List.of("risks.R3"), e.errors().stream().map(FieldError::field).toList());
        assertTrue(e.errors().get(0).message().contains("medium"), e.errors().get(0).message());
    }

    @Test
    void fromDraftThroughDpoAdviceToCompleted() {
        complete(draft);
        draft.requestDpoAdvice(required(), "iglead@example.org", NOW);
        assertEquals(DpiaVersionStatus.AWAITING_DPO_ADVICE, draft.getStatus());
        refused(() -> draft.saveRisk(null, risk(RiskLikelihood.REMOTE, RiskSeverity.MINIMAL), NOW));
        refused(() -> draft.signOff(signOff(DpoAdviceDecision.ACCEPTED, null), "s@example.org", "S", TODAY, NOW));

        InvalidInputException noAdvice = assertThrows(InvalidInputException.class,
                () -> draft.recordDpoAdvice(" ", null, "dpo@example.org", "Dee", NOW));
        assertEquals(List.of("advice", "summary"), noAdvice.errors().stream().map(FieldError::field).toList());
        draft.recordDpoAdvice("The sharing complies if the portal is used.", "Proceed with the portal.", "dpo@example.org", "Dee Okafor", NOW);
        assertEquals(DpiaVersionStatus.AWAITING_SIGN_OFF, draft.getStatus());
        assertEquals("Dee Okafor", draft.getDpoAdviceByName());
        refused(() -> draft.recordDpoAdvice("Again", "Again", "dpo@example.org", "Dee", NOW));

        InvalidInputException overruled = assertThrows(InvalidInputException.class,
                () -> draft.signOff(signOff(DpoAdviceDecision.OVERRULED, null), "s@example.org", "S", TODAY, NOW));
        assertEquals(List.of("overruleReasons"), overruled.errors().stream().map(FieldError::field).toList());
        SignOffDetails pastReview = new SignOffDetails("A", "B", DpoAdviceDecision.ACCEPTED, "C", null, "D", null, "E", TODAY);
        assertEquals("reviewDate", assertThrows(InvalidInputException.class,
                () -> draft.signOff(pastReview, "s@example.org", "S", TODAY, NOW)).errors().get(0).field());

        draft.signOff(signOff(DpoAdviceDecision.ACCEPTED, null), "signatory@example.org", "Helen Carter", TODAY, NOW);
        assertEquals(DpiaVersionStatus.COMPLETED, draft.getStatus());
        assertEquals(TODAY.plusYears(1), draft.getReviewDate());
        assertEquals("signatory@example.org", draft.getSignedOffByEmail());
    }

    @Test
    void acceptingAHighResidualRiskNeedsPriorConsultationWithTheIco() {
        complete(draft);
        draft.saveRisk(null, risk(RiskLikelihood.POSSIBLE, RiskSeverity.SEVERE), NOW);
        draft.saveMeasure("R2", null, measure(MeasureEffect.ACCEPTED, RiskLikelihood.PROBABLE, RiskSeverity.SIGNIFICANT), NOW);
        assertTrue(draft.priorConsultationNeeded());
        draft.requestDpoAdvice(required(), "iglead@example.org", NOW);
        draft.recordDpoAdvice("High residual risk: consult the ICO.", "Consult the ICO first.", "dpo@example.org", "Dee", NOW);
        draft.signOff(signOff(DpoAdviceDecision.OVERRULED, "The service must start; the ICO will be consulted."),
                "signatory@example.org", "Helen Carter", TODAY, NOW);
        assertEquals(DpiaVersionStatus.PRIOR_CONSULTATION_REQUIRED, draft.getStatus());
        assertEquals("The service must start; the ICO will be consulted.", draft.getOverruleReasons());
    }

    @Test
    void theIcosWrittenAdviceCompletesAVersionAwaitingPriorConsultationAndIsKept() {
        ZoneId london = ZoneId.of("Europe/London");
        IcoAdviceDetails advice = new IcoAdviceDetails("RFA0123456", TODAY.plusDays(40),
                "Share addresses only on a named officer's request.", "The portal releases addresses only on request.");
        refused(() -> draft.recordIcoAdvice(advice, "dpo@example.org", "Dee", NOW.plusSeconds(40 * 86400), london));

        acceptingAHighResidualRiskNeedsPriorConsultationWithTheIco();
        Instant later = NOW.plusSeconds(41 * 86400);
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> draft.recordIcoAdvice(
                new IcoAdviceDetails(" ", null, null, ""), "dpo@example.org", "Dee", later, london));
        assertEquals(List.of("reference", "receivedOn", "advice", "howFollowed"),
                missing.errors().stream().map(FieldError::field).toList());
        InvalidInputException early = assertThrows(InvalidInputException.class, () -> draft.recordIcoAdvice(
                new IcoAdviceDetails("RFA0123456", TODAY.minusDays(1), "Advice", "Followed"), "dpo@example.org", "Dee", later, london));
        assertTrue(early.errors().get(0).message().startsWith("The advice cannot have arrived before the DPIA was signed off"),
                early.errors().get(0).message());
        InvalidInputException future = assertThrows(InvalidInputException.class, () -> draft.recordIcoAdvice(
                new IcoAdviceDetails("RFA0123456", TODAY.plusDays(42), "Advice", "Followed"), "dpo@example.org", "Dee", later, london));
        assertEquals("The advice cannot have arrived after today.", future.errors().get(0).message());
        assertEquals(DpiaVersionStatus.PRIOR_CONSULTATION_REQUIRED, draft.getStatus(), "nothing changed");
        assertNull(draft.getIcoAdvice());

        draft.recordIcoAdvice(advice, "dpo@example.org", "Dee Okafor", later, london);
        assertEquals(DpiaVersionStatus.COMPLETED, draft.getStatus());
        assertEquals("RFA0123456", draft.getIcoAdvice().getReference());
        assertEquals(TODAY.plusDays(40), draft.getIcoAdvice().getReceivedOn());
        assertEquals("The portal releases addresses only on request.", draft.getIcoAdvice().getHowFollowed());
        assertEquals("Dee Okafor", draft.getIcoAdvice().getRecordedByName());
        refused(() -> draft.recordIcoAdvice(advice, "dpo@example.org", "Dee", later, london));
    }

    @Test
    void aVersionSignedOffWithoutAHighResidualRiskNeedsNoIcoAdvice() {
        complete(draft);
        draft.requestDpoAdvice(required(), "iglead@example.org", NOW);
        draft.recordDpoAdvice("Fine.", "Fine.", "dpo@example.org", "Dee", NOW);
        draft.signOff(signOff(DpoAdviceDecision.ACCEPTED, null), "signatory@example.org", "Helen", TODAY, NOW);
        refused(() -> draft.recordIcoAdvice(new IcoAdviceDetails("RFA1", TODAY, "Advice", "Followed"), "dpo@example.org",
                "Dee", NOW, ZoneId.of("Europe/London")));
    }

    @Test
    void anUnapprovedMeasureLeavesTheRiskWhereItWas() {
        draft.saveRisk(null, risk(RiskLikelihood.PROBABLE, RiskSeverity.SEVERE), NOW);
        draft.saveMeasure("R1", null, new MeasureDetails("Training", MeasureEffect.REDUCED, RiskLikelihood.REMOTE,
                RiskSeverity.MINIMAL, false, null, null), NOW);
        assertEquals(RiskLevel.HIGH, draft.getRisks().get(0).residual());
        draft.saveMeasure("R1", null, measure(MeasureEffect.REDUCED, RiskLikelihood.POSSIBLE, RiskSeverity.SIGNIFICANT), NOW);
        draft.saveMeasure("R1", null, measure(MeasureEffect.REDUCED, RiskLikelihood.REMOTE, RiskSeverity.SEVERE), NOW);
        assertEquals(RiskLevel.MEDIUM, draft.getRisks().get(0).residual(), "the approved measure that leaves least");
        assertEquals(RiskLikelihood.POSSIBLE, draft.getRisks().get(0).residualLikelihood(), "ties go to the lower cell");
    }

    @Test
    void aMeasureCannotMakeARiskWorseAndItsEffectMatchesWhatItLeaves() {
        draft.saveRisk(null, risk(RiskLikelihood.POSSIBLE, RiskSeverity.SIGNIFICANT), NOW);
        InvalidInputException worse = assertThrows(InvalidInputException.class, () -> draft.saveMeasure("R1", null,
                measure(MeasureEffect.REDUCED, RiskLikelihood.PROBABLE, RiskSeverity.SEVERE), NOW));
        assertEquals("residualSeverity", worse.errors().get(0).field());
        assertThrows(InvalidInputException.class, () -> draft.saveMeasure("R1", null,
                measure(MeasureEffect.ELIMINATED, RiskLikelihood.POSSIBLE, RiskSeverity.SIGNIFICANT), NOW));
        assertThrows(InvalidInputException.class, () -> draft.saveMeasure("R1", null,
                measure(MeasureEffect.ACCEPTED, RiskLikelihood.REMOTE, RiskSeverity.MINIMAL), NOW));
        InvalidInputException blank = assertThrows(InvalidInputException.class, () -> draft.saveMeasure("R1", null,
                new MeasureDetails(" ", null, null, null, false, null, null), NOW));
        assertEquals(List.of("description", "effect", "residualLikelihood", "residualSeverity"),
                blank.errors().stream().map(FieldError::field).toList());
        assertEquals("M1", draft.saveMeasure("R1", null, measure(MeasureEffect.ELIMINATED, RiskLikelihood.REMOTE, RiskSeverity.MINIMAL), NOW));
        assertEquals("M2", draft.saveMeasure("R1", null, measure(MeasureEffect.ACCEPTED, RiskLikelihood.POSSIBLE, RiskSeverity.SIGNIFICANT), NOW));
    }

    @Test
    void risksAndMeasuresKeepTheirKeysWhichAreNeverReused() {
        assertEquals("R1", draft.saveRisk(null, risk(RiskLikelihood.POSSIBLE, RiskSeverity.SEVERE), NOW));
        assertEquals("R2", draft.saveRisk(null, risk(RiskLikelihood.POSSIBLE, RiskSeverity.SEVERE), NOW));
        assertEquals("M1", draft.saveMeasure("R1", null, measure(MeasureEffect.REDUCED, RiskLikelihood.REMOTE, RiskSeverity.MINIMAL), NOW));
        assertEquals("M2", draft.saveMeasure("R2", null, measure(MeasureEffect.REDUCED, RiskLikelihood.REMOTE, RiskSeverity.MINIMAL), NOW));
        draft.removeRisk("R2", NOW);
        assertEquals(List.of("M1"), draft.getRisks().stream().flatMap(r -> r.getMeasures().stream()).map(DpiaMeasure::getKey).toList(),
                "a risk's measures go with it");
        assertEquals("R3", draft.saveRisk(null, risk(RiskLikelihood.REMOTE, RiskSeverity.MINIMAL), NOW));
        assertEquals("R1", draft.saveRisk("R1", risk(RiskLikelihood.REMOTE, RiskSeverity.SEVERE), NOW));
        assertEquals(RiskLevel.MEDIUM, draft.getRisks().get(0).getOverall(), "recomputed, never typed");
        draft.removeMeasure("M1", NOW);
        assertEquals("M3", draft.saveMeasure("R1", null, measure(MeasureEffect.REDUCED, RiskLikelihood.REMOTE, RiskSeverity.MINIMAL), NOW));
        assertEquals("risk", assertThrows(InvalidInputException.class,
                () -> draft.saveRisk("R9", risk(RiskLikelihood.REMOTE, RiskSeverity.MINIMAL), NOW)).errors().get(0).field());
        InvalidInputException blank = assertThrows(InvalidInputException.class, () -> draft.saveRisk(null,
                new RiskDetails("", null, null, null), NOW));
        assertEquals(List.of("source", "impact", "likelihood", "severity"), blank.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void prefilledAnswersNeverOverwriteTheAuthors() {
        draft.replaceAnswers(Map.of("step-2-processing.scope", "Written by the author", "step-1-need.why-a-dpia", " "), NOW);
        assertEquals(Map.of("step-2-processing.scope", "Written by the author"), draft.getAnswers(), "blank answers are dropped");
        List<String> filled = draft.prefill(Map.of("step-2-processing.scope", "From the flows",
                "step-2-processing.nature", "From the flows too"), NOW);
        assertEquals(List.of("step-2-processing.nature"), filled);
        assertEquals("Written by the author", draft.getAnswers().get("step-2-processing.scope"));
    }

    @Test
    void returningToDraftWithdrawsTheDposAdvice() {
        complete(draft);
        draft.requestDpoAdvice(required(), "iglead@example.org", NOW);
        draft.recordDpoAdvice("Advice", "Summary", "dpo@example.org", "Dee", NOW);
        draft.returnToDraft(NOW);
        assertEquals(DpiaVersionStatus.DRAFT, draft.getStatus());
        assertNull(draft.getDpoAdvice());
        refused(() -> draft.returnToDraft(NOW));
    }

    @Test
    void aSignedOffVersionNeverChanges() {
        complete(draft);
        draft.requestDpoAdvice(required(), "iglead@example.org", NOW);
        draft.recordDpoAdvice("Advice", "Summary", "dpo@example.org", "Dee", NOW);
        draft.signOff(signOff(DpoAdviceDecision.ACCEPTED, null), "signatory@example.org", "Helen", TODAY, NOW);
        refused(() -> draft.rename("New title", NOW));
        refused(() -> draft.answerScreening(ScreeningTest.yesTo(), NOW));
        refused(() -> draft.replaceAnswers(Map.of(), NOW));
        refused(() -> draft.prefill(Map.of("a.b", "c"), NOW));
        refused(() -> draft.saveRisk("R1", risk(RiskLikelihood.REMOTE, RiskSeverity.MINIMAL), NOW));
        refused(() -> draft.removeRisk("R1", NOW));
        refused(() -> draft.saveMeasure("R1", "M1", measure(MeasureEffect.ELIMINATED, RiskLikelihood.REMOTE, RiskSeverity.MINIMAL), NOW));
        refused(() -> draft.removeMeasure("M1", NOW));
        refused(() -> draft.requestDpoAdvice(required(), "iglead@example.org", NOW));
        refused(() -> draft.recordDpoAdvice("Advice", "Summary", "dpo@example.org", "Dee", NOW));
        refused(() -> draft.signOff(signOff(DpoAdviceDecision.ACCEPTED, null), "s@example.org", "S", TODAY, NOW));
        refused(() -> draft.returnToDraft(NOW));
        assertEquals(DpiaVersionStatus.COMPLETED, draft.getStatus());
    }

    @Test
    void aNewVersionCopiesACompletedOneAndMustEarnItsSignOffAgain() {
        refused(() -> draft.nextVersion(2, "iglead@example.org", NOW));
        complete(draft);
        draft.requestDpoAdvice(required(), "iglead@example.org", NOW);
        draft.recordDpoAdvice("Advice", "Summary", "dpo@example.org", "Dee", NOW);
        draft.signOff(signOff(DpoAdviceDecision.ACCEPTED, null), "signatory@example.org", "Helen", TODAY, NOW);

        DpiaVersion next = draft.nextVersion(2, "iglead@example.org", NOW);
        assertEquals(2, next.getNumber());
        assertEquals(DpiaVersionStatus.DRAFT, next.getStatus());
        assertEquals(draft.getScreeningOutcome(), next.getScreeningOutcome());
        assertEquals(draft.getAnswers(), next.getAnswers());
        assertEquals(List.of("R1"), next.getRisks().stream().map(DpiaRisk::getKey).toList());
        assertEquals("M1", next.getRisks().get(0).getMeasures().get(0).getKey());
        assertNull(next.getDpoAdvice());
        assertNull(next.getSignedOffAt());
        assertEquals(List.of(), DpiaComparison.between(draft, next), "an untouched copy changes nothing");

        assertTrue(draft.supersede(NOW));
        assertEquals(DpiaVersionStatus.SUPERSEDED, draft.getStatus());
        refused(() -> draft.nextVersion(3, "iglead@example.org", NOW));
        assertEquals(false, next.supersede(NOW), "a draft is not superseded");
    }

    @Test
    void itsTagUsesTheWordsOfAgreements() {
        java.time.ZoneId utc = java.time.ZoneOffset.UTC;
        assertEquals(StatusTag.DRAFT, draft.tag(TODAY, utc));
        complete(draft);
        draft.requestDpoAdvice(required(), "iglead@example.org", NOW);
        assertEquals(StatusTag.AWAITING_APPROVAL, draft.tag(TODAY, utc));
        draft.returnToDraft(NOW);
        assertEquals(StatusTag.CHANGES_REQUESTED, draft.tag(TODAY, utc), "returned by the DPO");
        draft.requestDpoAdvice(required(), "iglead@example.org", NOW);
        draft.recordDpoAdvice("Advice", "Summary", "dpo@example.org", "Dee", NOW);
        assertEquals(StatusTag.AWAITING_APPROVAL, draft.tag(TODAY, utc), "awaiting sign-off");
        draft.signOff(signOff(DpoAdviceDecision.ACCEPTED, null), "signatory@example.org", "Helen Carter", TODAY, NOW);
        assertEquals(StatusTag.IN_FORCE, draft.tag(TODAY, utc));
        assertEquals(StatusTag.REVIEW_DUE, draft.tag(TODAY.plusYears(1).minusDays(30), utc));
        assertEquals(StatusTag.REVIEW_OVERDUE, draft.tag(TODAY.plusYears(1).plusDays(1), utc));
        draft.supersede(NOW);
        assertEquals(StatusTag.ENDED, draft.tag(TODAY, utc));
    }
}
