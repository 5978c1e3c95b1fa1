package org.concordat.document.render.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a DPIA version's document shows, resolved to words and plain values. Codes that the renderer puts into
 * words stay codes: status (DRAFT, COMPLETED), screening outcome (REQUIRED), likelihood (PROBABLE), severity
 * (SEVERE), risk level (HIGH), effect (REDUCED), the decision on the DPO's advice (ACCEPTED).
 *
 * @param draft                   whether every page carries the DRAFT mark: anything not yet signed off
 * @param screeningOutcome        REQUIRED, RECOMMENDED or NOT_REQUIRED; null while a question is unanswered
 * @param reasons                 the questions answered yes, which give the outcome
 * @param steps                   the template's steps in order, with the authors' answers (no guidance)
 * @param priorConsultationNeeded a high risk remains after the approved measures (UK GDPR Article 36)
 * @param icoAdvice               the ICO's written advice after the prior consultation, or null
 * @param agreements              the agreements the DPIA assesses that the reader may see
 */
public record DpiaDocumentModel(String documentType, String title, String reference, int versionNumber, String status,
                                boolean draft, String leadOrganisation, String screeningOutcome,
                                List<ScreeningQuestion> screening, List<ScreeningQuestion> reasons,
                                List<DocumentModel.Section> steps, List<Risk> risks, HeatMap heatMapBefore,
                                HeatMap heatMapAfter, boolean priorConsultationNeeded, DpoAdvice dpoAdvice,
                                SignOff signOff, IcoAdvice icoAdvice, List<LinkedAgreement> agreements, byte[] json,
                                Instant producedAt)
        implements RenderableDocument {

    public DpiaDocumentModel {
        screening = List.copyOf(screening);
        reasons = List.copyOf(reasons);
        steps = List.copyOf(steps);
        risks = List.copyOf(risks);
        agreements = List.copyOf(agreements);
        json = json.clone();
    }

    @Override
    public byte[] json() {
        return json.clone();
    }

    /** The step of the template that a part of the document generated from the DPIA's structured data belongs to. */
    public static final String GENERATED_RISKS = "dpia-risks";
    public static final String GENERATED_MEASURES = "dpia-measures";
    public static final String GENERATED_SIGN_OFF = "dpia-sign-off";

    /**
     * A screening question and its answer.
     *
     * @param answer null while unanswered
     */
    public record ScreeningQuestion(String key, String question, String indicator, boolean highRisk, Boolean answer) {
    }

    /** A risk of the register, with the residual risk its approved measures leave. */
    public record Risk(String key, String source, String impact, String likelihood, String severity, String overall,
                       String residual, List<Measure> measures) {
        public Risk {
            measures = List.copyOf(measures);
        }
    }

    /** A measure against a risk; owner and due date are null when not given. */
    public record Measure(String key, String description, String effect, String residualLikelihood,
                          String residualSeverity, String residual, boolean approved, String owner, LocalDate dueDate) {
    }

    /**
     * The risks placed on the likelihood × severity matrix: rows from the most likely down, columns from the least
     * severe up.
     */
    public record HeatMap(List<String> severities, List<HeatRow> rows) {
        public HeatMap {
            severities = List.copyOf(severities);
            rows = List.copyOf(rows);
        }
    }

    public record HeatRow(String likelihood, List<HeatCell> cells) {
        public HeatRow {
            cells = List.copyOf(cells);
        }
    }

    /** A cell of the matrix: its overall risk and the risks in it. */
    public record HeatCell(String level, List<String> riskKeys) {
        public HeatCell {
            riskKeys = List.copyOf(riskKeys);
        }
    }

    /** The request for the DPO's advice and the advice (fields null until given). */
    public record DpoAdvice(Instant requestedAt, String requestedBy, String advice, String summary, String givenBy,
                            Instant givenAt) {

        public boolean given() {
            return advice != null;
        }
    }

    /** Step 7 as recorded at sign-off (fields null until signed off). */
    /** The ICO's written advice after a prior consultation (UK GDPR Article 36(2)) and how it was followed. */
    public record IcoAdvice(String reference, LocalDate receivedOn, String advice, String howFollowed, String recordedBy,
                            Instant recordedAt) {
    }

    public record SignOff(String measuresApprovedBy, String residualRisksApprovedBy, String dpoAdviceDecision,
                          String dpoAdviceDecidedBy, String overruleReasons, String consultationReviewedBy,
                          String consultationNotes, String keptUnderReviewBy, LocalDate reviewDate, String signedOffBy,
                          Instant signedOffAt) {

        public boolean signedOff() {
            return signedOffAt != null;
        }
    }

    /** A linked agreement at the newest version the reader may see; status is its code (APPROVED). */
    public record LinkedAgreement(String reference, String title, int versionNumber, String status) {
    }
}
