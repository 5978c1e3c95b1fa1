package org.concordat.dpia.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.concordat.dpia.application.DpiaData;
import org.concordat.dpia.domain.MeasureEffect;
import org.concordat.dpia.domain.RiskLevel;
import org.concordat.dpia.domain.RiskLikelihood;
import org.concordat.dpia.domain.RiskSeverity;
import org.junit.jupiter.api.Test;

/** The measures step of the DPIA's task list says where it stands, and names an error before the DPO is asked. */
class DpiaMeasuresStatusTest {

    @Test
    void noRiskOrNoMeasureYetIsNotStarted() {
        assertEquals("NOT_STARTED", DpiaView.measuresStatus(List.of()));
        assertEquals("NOT_STARTED", DpiaView.measuresStatus(List.of(risk("R1", RiskLevel.HIGH, false))));
    }

    @Test
    void aMediumOrHighRiskWithoutAMeasureOnceMeasuresAreRecordedHasErrors() {
        assertEquals("HAS_ERRORS", DpiaView.measuresStatus(List.of(risk("R1", RiskLevel.HIGH, true),
                risk("R2", RiskLevel.MEDIUM, false))));
    }

    @Test
    void everyMediumOrHighRiskMetIsCompletedAndALowRiskNeedsNoMeasure() {
        assertEquals("COMPLETED", DpiaView.measuresStatus(List.of(risk("R1", RiskLevel.HIGH, true),
                risk("R2", RiskLevel.LOW, false))));
        assertEquals("COMPLETED", DpiaView.measuresStatus(List.of(risk("R1", RiskLevel.LOW, false))));
    }

    private static DpiaData.RiskData risk(String key, RiskLevel overall, boolean measured) {
        List<DpiaData.MeasureData> measures = measured
                ? List.of(new DpiaData.MeasureData("M1", key, "Secure portal only", MeasureEffect.values()[0],
                        RiskLikelihood.values()[0], RiskSeverity.values()[0], RiskLevel.LOW, true, "IG lead", null))
                : List.of();
        return new DpiaData.RiskData(key, "Source", "Impact", RiskLikelihood.values()[0], RiskSeverity.values()[0],
                overall, overall, measures);
    }
}
