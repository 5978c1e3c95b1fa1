package org.concordat.dpia.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.concordat.dpia.domain.DpiaVersionStatus;
import org.concordat.dpia.domain.DpoAdviceDecision;
import org.concordat.dpia.domain.HeatMap;
import org.concordat.dpia.domain.MeasureEffect;
import org.concordat.dpia.domain.RiskLevel;
import org.concordat.dpia.domain.RiskLikelihood;
import org.concordat.dpia.domain.RiskSeverity;
import org.concordat.dpia.domain.Screening;
import org.concordat.dpia.domain.ScreeningOutcome;
import org.concordat.shared.domain.StatusTag;

/**
 * A DPIA version as the editor and the API see it: screening with its outcome and reasons, step answers, the risk
 * register with its measures and heat maps, the DPO's advice, the sign-off, the linked agreements the caller may
 * see, and what the caller may do with it.
 *
 * @param lockVersion             what the next change must send back (optimistic locking)
 * @param priorConsultationNeeded a high risk remains after the approved measures: the ICO must be consulted before
 *                                the processing starts (UK GDPR Article 36)
 * @param icoAdvice               the ICO's written advice and how it was followed, once recorded; null before
 * @param tag                     where the version stands today, in the words agreements use too
 * @param tagLabel                those words
 */
public record DpiaData(long dpiaId, String reference, long versionId, int number, DpiaVersionStatus status, long lockVersion,
                       String title, long templateVersionId, long leadOrganisationId, String leadOrganisationName,
                       ScreeningOutcome screeningOutcome, List<ScreeningAnswerData> screening, List<Screening.Reason> reasons,
                       Map<String, String> answers, List<RiskData> risks, HeatMap heatMapBefore, HeatMap heatMapAfter,
                       boolean priorConsultationNeeded, DpoAdviceData dpoAdvice, SignOffData signOff,
                       IcoAdviceData icoAdvice, List<LinkedAgreementData> agreements, List<VersionData> versions,
                       boolean canEdit, boolean canGiveDpoAdvice, boolean canSignOff, boolean canRecordIcoAdvice,
                       boolean canReturnToDraft, boolean canStartNewVersion, boolean canLink, StatusTag tag,
                       String tagLabel) implements Serializable {

    /** A screening question with its answer (null while unanswered). */
    public record ScreeningAnswerData(String key, String question, String guidance, String indicator, boolean highRisk,
                                      Boolean answer) implements Serializable {
    }

    /** A risk with its overall risk from the matrix, and the residual risk its approved measures leave. */
    public record RiskData(String key, String source, String impact, RiskLikelihood likelihood, RiskSeverity severity,
                           RiskLevel overall, RiskLevel residual, List<MeasureData> measures) implements Serializable {
    }

    public record MeasureData(String key, String riskKey, String description, MeasureEffect effect,
                              RiskLikelihood residualLikelihood, RiskSeverity residualSeverity, RiskLevel residual,
                              boolean approved, String owner, LocalDate dueDate) implements Serializable {
    }

    /** Who asked for the DPO's advice and when; the advice, its summary, and the DPO who gave it (null until given). */
    public record DpoAdviceData(Instant requestedAt, String requestedBy, String advice, String summary, String givenByName,
                                String givenByEmail, Instant givenAt) implements Serializable {
    }

    /** Step 7 as recorded at sign-off (null fields until then). */
    public record SignOffData(String measuresApprovedBy, String residualRisksApprovedBy, DpoAdviceDecision dpoAdviceDecision,
                              String dpoAdviceDecidedBy, String overruleReasons, String consultationReviewedBy,
                              String consultationNotes, String keptUnderReviewBy, LocalDate reviewDate,
                              String signedOffByName, String signedOffByEmail, Instant signedOffAt) implements Serializable {
    }

    /** The ICO's written advice after a prior consultation (UK GDPR Article 36(2)), as recorded. */
    public record IcoAdviceData(String reference, LocalDate receivedOn, String advice, String howFollowed,
                                String recordedByName, String recordedByEmail, Instant recordedAt) implements Serializable {
    }

    /** A linked agreement the caller may see, at its newest version they may see. */
    public record LinkedAgreementData(long agreementId, String reference, String title, int number, String status,
                                      long versionId) implements Serializable {
    }

    public record VersionData(long versionId, int number, DpiaVersionStatus status, StatusTag tag) implements Serializable {
    }
}
