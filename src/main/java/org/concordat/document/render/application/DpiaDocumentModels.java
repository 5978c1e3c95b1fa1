package org.concordat.document.render.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.concordat.document.render.domain.DocumentModel;
import org.concordat.document.render.domain.DpiaDocumentModel;
import org.concordat.dpia.application.DpiaData;
import org.concordat.dpia.domain.HeatMap;
import org.concordat.template.domain.SectionSpec;
import org.concordat.template.domain.ScreeningQuestion;
import org.concordat.template.domain.TemplateContent;

/**
 * Puts a DPIA version, as the DPIA feature's queries give it, into the words and plain values of its document. The
 * steps come from the template version the DPIA pins; the register, the measures and the sign-off belong to the
 * ICO template's steps 5, 6 and 7.
 */
final class DpiaDocumentModels {

    /** The ICO template's steps that carry what the DPIA records outside the authors' answers. */
    private static final Map<String, String> GENERATED = Map.of(
            "step-5-risks", DpiaDocumentModel.GENERATED_RISKS,
            "step-6-measures", DpiaDocumentModel.GENERATED_MEASURES,
            "step-7-sign-off", DpiaDocumentModel.GENERATED_SIGN_OFF);

    private DpiaDocumentModels() {
    }

    static DpiaDocumentModel dpia(DpiaData data, TemplateContent template, byte[] json, Instant producedAt) {
        return dpia(data, template, Map.of(), json, producedAt);
    }

    /**
     * The document of a DPIA version, its template's words and screening questions in the document's language
     * ({@code screeningWords}: by the English question each DPIA copied, as {@code TemplateLibrary.screeningWords}).
     */
    static DpiaDocumentModel dpia(DpiaData data, TemplateContent template, Map<String, ScreeningQuestion> screeningWords,
                                  byte[] json, Instant producedAt) {
        List<DpiaDocumentModel.ScreeningQuestion> screening = data.screening().stream().map(q -> {
            ScreeningQuestion words = screeningWords.getOrDefault(q.question(), new ScreeningQuestion(q.key(), q.question(),
                    q.guidance(), q.indicator(), q.highRisk()));
            return new DpiaDocumentModel.ScreeningQuestion(q.key(), words.question(), words.indicator(), q.highRisk(), q.answer());
        }).toList();
        List<DpiaDocumentModel.ScreeningQuestion> reasons = data.reasons().stream().map(r -> {
            ScreeningQuestion words = screeningWords.get(r.question());
            return new DpiaDocumentModel.ScreeningQuestion(r.questionKey(), words == null ? r.question() : words.question(),
                    words == null ? r.indicator() : words.indicator(), r.highRisk(), true);
        }).toList();
        List<DocumentModel.Section> steps = template.sections().stream().map(s -> step(s, data.answers())).toList();
        List<DpiaDocumentModel.Risk> risks = data.risks().stream().map(DpiaDocumentModels::risk).toList();
        DpiaData.DpoAdviceData a = data.dpoAdvice();
        DpiaDocumentModel.DpoAdvice advice = new DpiaDocumentModel.DpoAdvice(a.requestedAt(), blankToNull(a.requestedBy()),
                blankToNull(a.advice()), blankToNull(a.summary()), a.givenByName() == null || a.givenByName().isBlank()
                ? blankToNull(a.givenByEmail()) : a.givenByName().strip(), a.givenAt());
        DpiaData.SignOffData s = data.signOff();
        DpiaDocumentModel.SignOff signOff = new DpiaDocumentModel.SignOff(blankToNull(s.measuresApprovedBy()),
                blankToNull(s.residualRisksApprovedBy()), s.dpoAdviceDecision() == null ? null : s.dpoAdviceDecision().name(),
                blankToNull(s.dpoAdviceDecidedBy()), blankToNull(s.overruleReasons()), blankToNull(s.consultationReviewedBy()),
                blankToNull(s.consultationNotes()), blankToNull(s.keptUnderReviewBy()), s.reviewDate(),
                s.signedOffByName() == null || s.signedOffByName().isBlank() ? blankToNull(s.signedOffByEmail())
                        : s.signedOffByName().strip(), s.signedOffAt());
        DpiaData.IcoAdviceData i = data.icoAdvice();
        DpiaDocumentModel.IcoAdvice ico = i == null ? null : new DpiaDocumentModel.IcoAdvice(i.reference(), i.receivedOn(),
                i.advice(), i.howFollowed(), i.recordedByName() == null || i.recordedByName().isBlank()
                ? blankToNull(i.recordedByEmail()) : i.recordedByName().strip(), i.recordedAt());
        List<DpiaDocumentModel.LinkedAgreement> agreements = data.agreements().stream()
                .map(l -> new DpiaDocumentModel.LinkedAgreement(l.reference(), l.title(), l.number(), l.status())).toList();
        return new DpiaDocumentModel(template.title(), data.title(), data.reference(), data.number(), data.status().name(),
                !data.status().isSignedOff(), blankToNull(data.leadOrganisationName()),
                data.screeningOutcome() == null ? null : data.screeningOutcome().name(), screening, reasons, steps, risks,
                heatMap(data.heatMapBefore()), heatMap(data.heatMapAfter()), data.priorConsultationNeeded(), advice, signOff,
                ico, agreements, json, producedAt);
    }

    private static DocumentModel.Section step(SectionSpec spec, Map<String, String> answers) {
        String generated = GENERATED.get(spec.key());
        if (generated == null && spec.generated() != null && GENERATED.containsValue(spec.generated())) {
            generated = spec.generated();
        }
        return new DocumentModel.Section(spec.key(), spec.title(), generated, spec.fields().stream()
                .map(f -> new DocumentModel.Answer(f.label(), blankToNull(answers.get(spec.key() + "." + f.key()))))
                .toList());
    }

    private static DpiaDocumentModel.Risk risk(DpiaData.RiskData r) {
        return new DpiaDocumentModel.Risk(r.key(), r.source(), r.impact(), r.likelihood().name(), r.severity().name(),
                r.overall().name(), r.residual().name(), r.measures().stream().map(m -> new DpiaDocumentModel.Measure(m.key(),
                        m.description(), m.effect().name(), m.residualLikelihood().name(), m.residualSeverity().name(),
                        m.residual().name(), m.approved(), blankToNull(m.owner()), m.dueDate())).toList());
    }

    private static DpiaDocumentModel.HeatMap heatMap(HeatMap map) {
        List<String> severities = map.rows().isEmpty() ? List.of()
                : map.rows().get(0).cells().stream().map(c -> c.severity().name()).toList();
        return new DpiaDocumentModel.HeatMap(severities, map.rows().stream().map(row -> new DpiaDocumentModel.HeatRow(
                row.likelihood().name(), row.cells().stream().map(c -> new DpiaDocumentModel.HeatCell(c.level().name(),
                        c.riskKeys())).toList())).toList());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
