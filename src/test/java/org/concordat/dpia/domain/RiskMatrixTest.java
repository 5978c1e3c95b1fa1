package org.concordat.dpia.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.concordat.template.domain.RiskMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every cell of the shipped template's matrix, for a risk and for what a measure leaves of it. */
class RiskMatrixTest {

    static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

    static DpiaVersion draft() {
        return DpiaVersion.firstDraft(1, 2, "Risks", IcoDpiaTemplate.CONTENT.screening(), IcoDpiaTemplate.SCALE,
                "iglead@example.org", NOW);
    }

    @ParameterizedTest(name = "{0} × {1} → {2}")
    @CsvSource({
            "REMOTE, MINIMAL, LOW", "REMOTE, SIGNIFICANT, LOW", "REMOTE, SEVERE, MEDIUM",
            "POSSIBLE, MINIMAL, LOW", "POSSIBLE, SIGNIFICANT, MEDIUM", "POSSIBLE, SEVERE, HIGH",
            "PROBABLE, MINIMAL, MEDIUM", "PROBABLE, SIGNIFICANT, HIGH", "PROBABLE, SEVERE, HIGH"})
    void theOverallRiskComesFromTheMatrix(RiskLikelihood likelihood, RiskSeverity severity, RiskLevel expected) {
        DpiaVersion draft = draft();
        draft.saveRisk(null, new RiskDetails("Email to the wrong school", "A child's health is disclosed", likelihood, severity), NOW);
        DpiaRisk risk = draft.getRisks().get(0);
        assertEquals(expected, risk.getOverall());
        assertEquals(expected, risk.residual(), "with no approved measure the risk remains as it is");
        assertEquals(1, draft.heatMapBefore().count(likelihood, severity));
        assertEquals(1, draft.heatMapAfter().count(likelihood, severity));
    }

    @ParameterizedTest(name = "after a measure: {0} × {1} → {2}")
    @CsvSource({
            "REMOTE, MINIMAL, LOW", "REMOTE, SIGNIFICANT, LOW", "REMOTE, SEVERE, MEDIUM",
            "POSSIBLE, MINIMAL, LOW", "POSSIBLE, SIGNIFICANT, MEDIUM", "POSSIBLE, SEVERE, HIGH",
            "PROBABLE, MINIMAL, MEDIUM", "PROBABLE, SIGNIFICANT, HIGH", "PROBABLE, SEVERE, HIGH"})
    void theResidualRiskComesFromTheMatrixToo(RiskLikelihood likelihood, RiskSeverity severity, RiskLevel expected) {
        DpiaVersion draft = draft();
        draft.saveRisk(null, new RiskDetails("Sent by unencrypted email", "Disclosure of a refuge address",
                RiskLikelihood.PROBABLE, RiskSeverity.SEVERE), NOW);
        draft.saveMeasure("R1", null, new MeasureDetails("Secure email only", MeasureEffect.REDUCED, likelihood, severity,
                true, "IG lead", null), NOW);
        DpiaRisk risk = draft.getRisks().get(0);
        assertEquals(expected, risk.getMeasures().get(0).getResidual());
        assertEquals(expected, risk.residual());
        assertEquals(1, draft.heatMapBefore().count(RiskLikelihood.PROBABLE, RiskSeverity.SEVERE), "before: where the risk was");
        assertEquals(1, draft.heatMapAfter().count(likelihood, severity), "after: where the measure leaves it");
        assertEquals(expected == RiskLevel.HIGH, draft.priorConsultationNeeded());
    }

    @Test
    void theHeatMapHasThreeRowsOfThreeMostLikelyFirstWithTheLevelOfEachCell() {
        DpiaVersion draft = draft();
        draft.saveRisk(null, new RiskDetails("A", "B", RiskLikelihood.POSSIBLE, RiskSeverity.SEVERE), NOW);
        draft.saveRisk(null, new RiskDetails("C", "D", RiskLikelihood.POSSIBLE, RiskSeverity.SEVERE), NOW);
        draft.saveRisk(null, new RiskDetails("E", "F", RiskLikelihood.REMOTE, RiskSeverity.MINIMAL), NOW);
        HeatMap map = draft.heatMapBefore();
        assertEquals(List.of(RiskLikelihood.PROBABLE, RiskLikelihood.POSSIBLE, RiskLikelihood.REMOTE),
                map.rows().stream().map(HeatMap.Row::likelihood).toList());
        HeatMap.Cell possibleSevere = map.rows().get(1).cells().get(2);
        assertEquals(RiskSeverity.SEVERE, possibleSevere.severity());
        assertEquals(RiskLevel.HIGH, possibleSevere.level());
        assertEquals(List.of("R1", "R2"), possibleSevere.riskKeys());
        assertEquals(3, map.total());
        assertEquals(RiskLevel.MEDIUM, map.rows().get(0).cells().get(0).level(), "probable × minimal");
    }

    @Test
    void theScaleIsKeptAsNineLevelsAndReadBack() {
        String stored = IcoDpiaTemplate.SCALE.format();
        assertEquals("low,low,medium,low,medium,high,medium,high,high", stored);
        assertEquals(IcoDpiaTemplate.SCALE, new RiskScaleConverter().convertToEntityAttribute(stored));
    }

    @Test
    void aMatrixWithAHoleOrAnUnknownLevelIsRefused() {
        RiskMatrix holed = new RiskMatrix(List.of("remote", "possible", "probable"), List.of("minimal", "significant", "severe"),
                Map.of("remote", Map.of("minimal", "low")));
        assertThrows(IllegalArgumentException.class, () -> RiskScale.of(holed));
        assertThrows(IllegalArgumentException.class, () -> RiskScale.parse("low,low,medium,low,medium,high,medium,high,extreme"));
    }
}
