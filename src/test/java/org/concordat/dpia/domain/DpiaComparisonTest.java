package org.concordat.dpia.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What changed between two versions: title, screening, steps, risks and measures, matched by key. */
class DpiaComparisonTest {

    static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

    @Test
    void changesAreListedFieldByField() {
        DpiaVersionTest setup = new DpiaVersionTest();
        DpiaVersion v1 = setup.draft;
        setup.complete(v1);
        v1.saveRisk(null, DpiaVersionTest.risk(RiskLikelihood.REMOTE, RiskSeverity.MINIMAL), NOW);
        v1.requestDpoAdvice(DpiaVersionTest.required(), "iglead@example.org", NOW);
        v1.recordDpoAdvice("Advice", "Summary", "dpo@example.org", "Dee", NOW);
        v1.signOff(DpiaVersionTest.signOff(DpoAdviceDecision.ACCEPTED, null), "s@example.org", "S", LocalDate.of(2026, 11, 22), NOW);

        DpiaVersion v2 = v1.nextVersion(2, "iglead@example.org", NOW);
        v2.rename("MASH health and education information", NOW);
        Map<String, Boolean> screening = ScreeningTest.yesTo("children-or-vulnerable-people", "data-matching", "tracking");
        v2.answerScreening(screening, NOW);
        Map<String, String> answers = new LinkedHashMap<>(v2.getAnswers());
        answers.put("step-1-need.related-documents", "DSA-2026-0042");
        answers.put("step-2-processing.scope", "Health and education data about every child referred");
        v2.replaceAnswers(answers, NOW);
        v2.saveRisk("R1", DpiaVersionTest.risk(RiskLikelihood.PROBABLE, RiskSeverity.SIGNIFICANT), NOW);
        v2.removeRisk("R2", NOW);
        v2.saveMeasure("R1", null, DpiaVersionTest.measure(MeasureEffect.REDUCED, RiskLikelihood.REMOTE, RiskSeverity.MINIMAL), NOW);

        List<DpiaComparison.Change> changes = DpiaComparison.between(v1, v2);
        List<String> described = changes.stream().map(c -> c.area() + " " + c.key() + " " + c.field() + " " + c.kind()
                + " " + c.before() + " → " + c.after()).toList();
        assertEquals(List.of(
                "DETAILS null title CHANGED MASH health information → MASH health and education information",
                "SCREENING tracking null CHANGED no → yes",
                "STEP step-1-need.related-documents null ADDED null → DSA-2026-0042",
                "STEP step-2-processing.scope null CHANGED Answer to step-2-processing.scope → Health and education data about every child referred",
                "RISK R1 severity CHANGED SEVERE → SIGNIFICANT",
                "RISK R2 null REMOVED source: Health information sent to the wrong partner;"
                        + " impact: A child's medical history is disclosed; likelihood: REMOTE; severity: MINIMAL; overall: LOW → null",
                "MEASURE M2 null ADDED null → risk: R1; description: Send through the secure portal only; effect: REDUCED;"
                        + " residualLikelihood: REMOTE; residualSeverity: MINIMAL; residual: LOW; approved: true; owner: Head of IG; dueDate: 2027-01-31"),
                described);
    }
}
