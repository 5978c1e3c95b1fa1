package org.concordat.document.render.application;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.concordat.dpia.application.DpiaData;
import org.concordat.dpia.domain.DpiaVersionStatus;
import org.concordat.dpia.domain.HeatMap;
import org.concordat.dpia.domain.Screening;
import org.concordat.dpia.domain.ScreeningOutcome;

/**
 * The machine-readable copy of a DPIA version that its PDF carries: what was assessed, not what depends on the reader
 * or on the day (no permissions, lock version or list of other versions). The linked agreements are those the reader
 * may see, as in the document itself.
 *
 * @param format  names this shape, for the systems that read it
 * @param answers   the steps' answers keyed section-key.field-key
 * @param icoAdvice the ICO's written advice after a prior consultation, once recorded (absent before: added to this
 *                  format in December 2026, a field readers of earlier copies never saw)
 */
public record DpiaVersionCopy(String format, long dpiaId, String reference, long versionId, int number,
                              DpiaVersionStatus status, String title, long templateVersionId, long leadOrganisationId,
                              String leadOrganisationName, ScreeningOutcome screeningOutcome,
                              List<DpiaData.ScreeningAnswerData> screening, List<Screening.Reason> reasons,
                              Map<String, String> answers, List<DpiaData.RiskData> risks, HeatMap heatMapBefore,
                              HeatMap heatMapAfter, boolean priorConsultationNeeded, DpiaData.DpoAdviceData dpoAdvice,
                              DpiaData.SignOffData signOff, List<DpiaData.LinkedAgreementData> agreements,
                              DpiaData.IcoAdviceData icoAdvice) {

    public static final String FORMAT = "concordat.dpia-version/1";

    static DpiaVersionCopy of(DpiaData d) {
        return new DpiaVersionCopy(FORMAT, d.dpiaId(), d.reference(), d.versionId(), d.number(), d.status(), d.title(),
                d.templateVersionId(), d.leadOrganisationId(), d.leadOrganisationName(), d.screeningOutcome(), d.screening(),
                // answers sorted, so that the same version always reads the same
                d.reasons(), new TreeMap<>(d.answers()), d.risks(), d.heatMapBefore(), d.heatMapAfter(),
                d.priorConsultationNeeded(), d.dpoAdvice(), d.signOff(), d.agreements(), d.icoAdvice());
    }
}
