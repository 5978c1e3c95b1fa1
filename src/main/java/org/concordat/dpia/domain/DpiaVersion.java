package org.concordat.dpia.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.StatusTag;
import org.concordat.template.domain.ScreeningQuestion;

/**
 * One version of a DPIA: the screening and its outcome, the answers to the template's steps, the risk register
 * with its measures, the DPO's advice and the sign-off. Aggregate root. Only a DRAFT changes, and every change
 * raises its version, so two authors never overwrite each other silently; a signed-off version is the record of
 * what was assessed and never changes: the next version starts as a copy of it.
 */
@Entity
@Table(name = "dpia_version")
public class DpiaVersion {

    static final int ANSWER_MAX = 20000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpia_version_seq")
    @SequenceGenerator(name = "dpia_version_seq", sequenceName = "dpia_version_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "dpia_id", nullable = false)
    private long dpiaId;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DpiaVersionStatus status;

    @Column(name = "template_version_id", nullable = false)
    private long templateVersionId;

    @Column(nullable = false)
    private String title;

    @Convert(converter = RiskScaleConverter.class)
    @Column(name = "risk_scale", nullable = false)
    private RiskScale riskScale;

    @ElementCollection
    @CollectionTable(name = "dpia_screening_answer", joinColumns = @JoinColumn(name = "dpia_version_id"))
    @OrderColumn(name = "question_order")
    private List<ScreeningAnswer> screening = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "screening_outcome")
    private ScreeningOutcome screeningOutcome;

    @ElementCollection
    @CollectionTable(name = "dpia_step_answer", joinColumns = @JoinColumn(name = "dpia_version_id"))
    @MapKeyColumn(name = "answer_key")
    @Column(name = "answer", nullable = false)
    private Map<String, String> answers = new LinkedHashMap<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "dpia_version_id", nullable = false)
    @OrderBy("id")
    private List<DpiaRisk> risks = new ArrayList<>();

    /** The highest risk and measure numbers ever given in this DPIA, so that a removed key is never given again. */
    @Column(name = "last_risk_number", nullable = false)
    private int lastRiskNumber;

    @Column(name = "last_measure_number", nullable = false)
    private int lastMeasureNumber;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "dpo_advice_requested_at")
    private Instant dpoAdviceRequestedAt;

    @Column(name = "dpo_advice_requested_by")
    private String dpoAdviceRequestedBy;

    @Column(name = "dpo_advice")
    private String dpoAdvice;

    @Column(name = "dpo_advice_summary")
    private String dpoAdviceSummary;

    @Column(name = "dpo_advice_by_email")
    private String dpoAdviceByEmail;

    @Column(name = "dpo_advice_by_name")
    private String dpoAdviceByName;

    @Column(name = "dpo_advice_at")
    private Instant dpoAdviceAt;

    @Column(name = "measures_approved_by")
    private String measuresApprovedBy;

    @Column(name = "residual_risks_approved_by")
    private String residualRisksApprovedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "dpo_advice_decision")
    private DpoAdviceDecision dpoAdviceDecision;

    @Column(name = "dpo_advice_decided_by")
    private String dpoAdviceDecidedBy;

    @Column(name = "overrule_reasons")
    private String overruleReasons;

    @Column(name = "consultation_reviewed_by")
    private String consultationReviewedBy;

    @Column(name = "consultation_notes")
    private String consultationNotes;

    @Column(name = "kept_under_review_by")
    private String keptUnderReviewBy;

    @Column(name = "review_date")
    private LocalDate reviewDate;

    @Column(name = "signed_off_by_email")
    private String signedOffByEmail;

    @Column(name = "signed_off_by_name")
    private String signedOffByName;

    @Column(name = "signed_off_at")
    private Instant signedOffAt;

    /** The ICO's written advice after a prior consultation; null until recorded (all its columns empty). */
    @Embedded
    private IcoPriorConsultation icoAdvice;

    protected DpiaVersion() {
    }

    /** The first version of a DPIA, from a DPIA template version: its screening questions and its risk matrix. */
    public static DpiaVersion firstDraft(long dpiaId, long templateVersionId, String title, List<ScreeningQuestion> questions,
                                         RiskScale scale, String createdBy, Instant now) {
        DpiaVersion v = new DpiaVersion();
        v.dpiaId = dpiaId;
        v.number = 1;
        v.status = DpiaVersionStatus.DRAFT;
        v.templateVersionId = templateVersionId;
        v.riskScale = scale;
        v.createdAt = now;
        v.createdBy = createdBy;
        v.applyTitle(title, now);
        questions.forEach(q -> v.screening.add(ScreeningAnswer.unanswered(q)));
        return v;
    }

    /**
     * The next version of a signed-off DPIA: a draft copy of this one (risks and measures keep their keys, so the
     * two can be compared), without its DPO advice and sign-off, which the new version must earn again.
     */
    public DpiaVersion nextVersion(int nextNumber, String createdBy, Instant now) {
        if (status != DpiaVersionStatus.COMPLETED && status != DpiaVersionStatus.PRIOR_CONSULTATION_REQUIRED) {
            throw new InvalidInputException("status", Messages.text("dpia.DpiaVersion.aNewVersionStartsFrom",
                    number, describe(status)));
        }
        DpiaVersion v = new DpiaVersion();
        v.dpiaId = dpiaId;
        v.number = nextNumber;
        v.status = DpiaVersionStatus.DRAFT;
        v.templateVersionId = templateVersionId;
        v.riskScale = riskScale;
        v.title = title;
        v.createdAt = now;
        v.createdBy = createdBy;
        v.updatedAt = now;
        v.screening.addAll(screening);
        v.screeningOutcome = screeningOutcome;
        v.answers.putAll(answers);
        risks.forEach(r -> v.risks.add(r.copy(riskScale)));
        v.lastRiskNumber = lastRiskNumber;
        v.lastMeasureNumber = lastMeasureNumber;
        return v;
    }

    public void rename(String newTitle, Instant now) {
        requireDraft();
        applyTitle(newTitle, now);
    }

    /** Answers the screening questions (key → yes/no); every question needs an answer, and only the template's. */
    public void answerScreening(Map<String, Boolean> given, Instant now) {
        requireDraft();
        List<FieldError> errors = new ArrayList<>();
        Set<String> known = new HashSet<>();
        screening.forEach(a -> known.add(a.getQuestionKey()));
        given.keySet().stream().filter(k -> !known.contains(k)).sorted()
                .forEach(k -> errors.add(new FieldError("screening." + k, Messages.text("dpia.DpiaVersion.thereIsNoScreeningQuestion", k))));
        screening.stream().filter(a -> given.get(a.getQuestionKey()) == null)
                .forEach(a -> errors.add(new FieldError("screening." + a.getQuestionKey(), Messages.text("dpia.DpiaVersion.answerYesOrNo",
                        a.getQuestion()))));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        screening.replaceAll(a -> a.answered(given.get(a.getQuestionKey())));
        screeningOutcome = Screening.assess(screening).outcome();
        updatedAt = now;
    }

    public Screening.Result screeningResult() {
        return Screening.assess(screening);
    }

    /** The steps' answers, keyed "section-key.field-key"; blank answers are dropped. */
    public void replaceAnswers(Map<String, String> newAnswers, Instant now) {
        requireDraft();
        List<FieldError> errors = new ArrayList<>();
        newAnswers.forEach((k, v) -> {
            if (v != null && v.trim().length() > ANSWER_MAX) {
                errors.add(new FieldError("answers." + k, Messages.text("dpia.DpiaVersion.keepEachAnswerTo20")));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        answers.clear();
        newAnswers.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                answers.put(k, v.trim());
            }
        });
        updatedAt = now;
    }

    /**
     * Fills answers that are still blank with suggested text (drawn from linked agreements), never overwriting what
     * the author wrote; returns the keys it filled.
     */
    public List<String> prefill(Map<String, String> suggested, Instant now) {
        requireDraft();
        List<String> filled = new ArrayList<>();
        suggested.forEach((k, v) -> {
            if (v != null && !v.isBlank() && !answers.containsKey(k)) {
                String text = v.trim();
                answers.put(k, text.length() > ANSWER_MAX ? text.substring(0, ANSWER_MAX) : text);
                filled.add(k);
            }
        });
        if (!filled.isEmpty()) {
            updatedAt = now;
        }
        return filled;
    }

    /** Adds a risk (key null) or replaces the risk with that key; returns its key. The overall risk comes from the matrix. */
    public String saveRisk(String key, RiskDetails details, Instant now) {
        requireDraft();
        List<FieldError> errors = details.problems();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        updatedAt = now;
        if (key == null) {
            String newKey = "R" + (++lastRiskNumber);
            risks.add(new DpiaRisk(newKey, details, riskScale));
            return newKey;
        }
        risk(key).apply(details, riskScale);
        return key;
    }

    /** Removes a risk and its measures. */
    public void removeRisk(String key, Instant now) {
        requireDraft();
        risks.remove(risk(key));
        updatedAt = now;
    }

    /**
     * Adds a measure against a risk (measure key null) or replaces the measure with that key; returns its key. The
     * residual risk comes from the matrix and can be no worse than the risk; "eliminated" leaves a low risk, and
     * "accepted" leaves the risk at its level.
     */
    public String saveMeasure(String riskKey, String measureKey, MeasureDetails details, Instant now) {
        requireDraft();
        DpiaRisk risk = measureKey == null ? risk(riskKey) : riskOf(measureKey);
        List<FieldError> errors = new ArrayList<>(details.problems());
        if (errors.isEmpty()) {
            RiskLevel residual = riskScale.level(details.residualLikelihood(), details.residualSeverity());
            if (residual.isAbove(risk.getOverall())) {
                errors.add(new FieldError("residualSeverity", Messages.text("dpia.DpiaVersion.aMeasureCannotLeaveMore",
                        risk.getKey(), describe(risk.getOverall()), describe(residual))));
            } else if (details.effect() == MeasureEffect.ELIMINATED && residual != RiskLevel.LOW) {
                errors.add(new FieldError("effect", Messages.text("dpia.DpiaVersion.aMeasureThatEliminatesThe",
                        describe(residual))));
            } else if (details.effect() == MeasureEffect.ACCEPTED && residual != risk.getOverall()) {
                errors.add(new FieldError("effect", Messages.text("dpia.DpiaVersion.acceptingARiskLeavesIt",
                        describe(risk.getOverall()), describe(residual))));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        updatedAt = now;
        if (measureKey == null) {
            String newKey = "M" + (++lastMeasureNumber);
            risk.addMeasure(new DpiaMeasure(newKey, details, riskScale));
            return newKey;
        }
        risk.measure(measureKey).orElseThrow().apply(details, riskScale);
        return measureKey;
    }

    public void removeMeasure(String measureKey, Instant now) {
        requireDraft();
        DpiaRisk risk = riskOf(measureKey);
        risk.removeMeasure(risk.measure(measureKey).orElseThrow());
        updatedAt = now;
    }

    /**
     * The authors ask for the DPO's advice (UK GDPR Article 35(2)) once the draft is complete: the screening
     * answered, every required field of the template answered (key → label), at least one risk identified, and a
     * measure recorded against every medium or high risk. The content is frozen while the DPO advises.
     */
    public void requestDpoAdvice(Map<String, String> requiredAnswers, String by, Instant now) {
        requireDraft();
        List<FieldError> errors = new ArrayList<>();
        if (screeningOutcome == null) {
            errors.add(new FieldError("screening", Messages.text("dpia.DpiaVersion.answerEveryScreeningQuestionFirst")));
        }
        requiredAnswers.forEach((key, label) -> {
            if (!answers.containsKey(key)) {
                errors.add(new FieldError("answers." + key, Messages.text("dpia.DpiaVersion.beforeAskingForTheDpo",
                        label)));
            }
        });
        if (risks.isEmpty()) {
            errors.add(new FieldError("risks", Messages.text("dpia.DpiaVersion.identifyAtLeastOneRisk")));
        }
        risks.stream().filter(r -> r.getOverall() != RiskLevel.LOW && r.getMeasures().isEmpty())
                .forEach(r -> errors.add(new FieldError("risks." + r.getKey(), Messages.text("dpia.DpiaVersion.recordAtLeastOneMeasure",
                        r.getKey(), describe(r.getOverall())))));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        status = DpiaVersionStatus.AWAITING_DPO_ADVICE;
        dpoAdviceRequestedAt = now;
        dpoAdviceRequestedBy = by;
        updatedAt = now;
    }

    /** The DPO's advice and its summary; the version then awaits sign-off. */
    public void recordDpoAdvice(String advice, String summary, String byEmail, String byName, Instant now) {
        if (status != DpiaVersionStatus.AWAITING_DPO_ADVICE) {
            throw new InvalidInputException("status", Messages.text("dpia.DpiaVersion.notAwaitingTheDpoS",
                    number, describe(status)));
        }
        String a = advice == null || advice.isBlank() ? null : advice.trim();
        String s = summary == null || summary.isBlank() ? null : summary.trim();
        List<FieldError> errors = new ArrayList<>();
        if (a == null) {
            errors.add(new FieldError("advice", Messages.text("dpia.DpiaVersion.writeYourAdviceWhetherThe")));
        } else if (a.length() > 8000) {
            errors.add(new FieldError("advice", Messages.text("dpia.DpiaVersion.keepTheAdviceTo8")));
        }
        if (s == null) {
            errors.add(new FieldError("summary", Messages.text("dpia.DpiaVersion.summariseYourAdviceInA")));
        } else if (s.length() > 1000) {
            errors.add(new FieldError("summary", Messages.text("dpia.DpiaVersion.keepTheSummaryTo1")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        dpoAdvice = a;
        dpoAdviceSummary = s;
        dpoAdviceByEmail = byEmail;
        dpoAdviceByName = byName;
        dpoAdviceAt = now;
        status = DpiaVersionStatus.AWAITING_SIGN_OFF;
        updatedAt = now;
    }

    /**
     * Signs the version off (ICO template, step 7). If a high residual risk remains, accepting it means the ICO
     * must be consulted before the processing starts (UK GDPR Article 36): the version is then marked as needing
     * prior consultation rather than completed.
     */
    public void signOff(SignOffDetails details, String byEmail, String byName, LocalDate today, Instant now) {
        if (status != DpiaVersionStatus.AWAITING_SIGN_OFF) {
            throw new InvalidInputException("status", Messages.text("dpia.DpiaVersion.itIsSignedOffOnce",
                    number, describe(status)));
        }
        List<FieldError> errors = details.problems(today);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        measuresApprovedBy = details.measuresApprovedBy();
        residualRisksApprovedBy = details.residualRisksApprovedBy();
        dpoAdviceDecision = details.dpoAdviceDecision();
        dpoAdviceDecidedBy = details.dpoAdviceDecidedBy();
        overruleReasons = details.overruleReasons();
        consultationReviewedBy = details.consultationReviewedBy();
        consultationNotes = details.consultationNotes();
        keptUnderReviewBy = details.keptUnderReviewBy();
        reviewDate = details.reviewDate();
        signedOffByEmail = byEmail;
        signedOffByName = byName;
        signedOffAt = now;
        status = priorConsultationNeeded() ? DpiaVersionStatus.PRIOR_CONSULTATION_REQUIRED : DpiaVersionStatus.COMPLETED;
        updatedAt = now;
    }

    /**
     * Records the ICO's written advice on a version signed off with a high residual risk (UK GDPR Article 36(2); DPA
     * 2018 section 65 for law enforcement processing) and how it was followed; the prior consultation done, the
     * version is completed and the processing it assesses may rely on it.
     */
    public void recordIcoAdvice(IcoAdviceDetails details, String byEmail, String byName, Instant now, ZoneId zone) {
        if (status != DpiaVersionStatus.PRIOR_CONSULTATION_REQUIRED) {
            throw new InvalidInputException("status", Messages.text("dpia.DpiaVersion.theIcoS",
                    number, describe(status)));
        }
        List<FieldError> errors = details.problems(signedOffAt == null ? null : LocalDate.ofInstant(signedOffAt, zone),
                LocalDate.ofInstant(now, zone));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        icoAdvice = IcoPriorConsultation.recorded(details, byEmail, byName, now);
        status = DpiaVersionStatus.COMPLETED;
        updatedAt = now;
    }

    /** Back to the authors while the DPO advises or before sign-off; any DPO advice given goes with it. */
    public void returnToDraft(Instant now) {
        if (status != DpiaVersionStatus.AWAITING_DPO_ADVICE && status != DpiaVersionStatus.AWAITING_SIGN_OFF) {
            throw new InvalidInputException("status", Messages.text("dpia.DpiaVersion.andCannotReturnToDraft",
                    number, describe(status)));
        }
        status = DpiaVersionStatus.DRAFT;
        dpoAdvice = null;
        dpoAdviceSummary = null;
        dpoAdviceByEmail = null;
        dpoAdviceByName = null;
        dpoAdviceAt = null;
        updatedAt = now;
    }

    /** A newer version was completed: this one is kept as history. */
    public boolean supersede(Instant now) {
        if (status == DpiaVersionStatus.COMPLETED || status == DpiaVersionStatus.PRIOR_CONSULTATION_REQUIRED) {
            status = DpiaVersionStatus.SUPERSEDED;
            updatedAt = now;
            return true;
        }
        return false;
    }

    /**
     * Where the version stands on a day, in the words agreements use too: a draft the DPO returned is "changes
     * requested", one awaiting the DPO's advice or the sign-off is awaiting approval, a completed one is in force from
     * its sign-off until a newer one supersedes it, due or overdue for review by its review date.
     */
    public StatusTag tag(LocalDate day, ZoneId zone) {
        return StatusTag.of(status.stage(dpoAdviceRequestedAt != null), signedOffAt == null ? null : LocalDate.ofInstant(signedOffAt, zone), reviewDate, null, day);
    }

    /** Whether a high risk remains once the approved measures are in place (UK GDPR Article 36). */
    public boolean priorConsultationNeeded() {
        return risks.stream().anyMatch(r -> r.residual() == RiskLevel.HIGH);
    }

    public HeatMap heatMapBefore() {
        return HeatMap.before(riskScale, risks);
    }

    public HeatMap heatMapAfter() {
        return HeatMap.after(riskScale, risks);
    }

    public boolean isDraft() {
        return status == DpiaVersionStatus.DRAFT;
    }

    private DpiaRisk risk(String key) {
        return risks.stream().filter(r -> r.getKey().equals(key)).findFirst()
                .orElseThrow(() -> new InvalidInputException("risk", Messages.text("dpia.DpiaVersion.thereIsNoRisk", key)));
    }

    private DpiaRisk riskOf(String measureKey) {
        return risks.stream().filter(r -> r.measure(measureKey).isPresent()).findFirst()
                .orElseThrow(() -> new InvalidInputException("measure", Messages.text("dpia.DpiaVersion.thereIsNoMeasure",
                        measureKey)));
    }

    private void requireDraft() {
        if (status != DpiaVersionStatus.DRAFT) {
            throw new InvalidInputException("status", Messages.text("dpia.DpiaVersion.andCanNoLongerBe",
                    number, describe(status), (status.isSignedOff() ? Messages.text("dpia.DpiaVersion.startANewVersionTo") : Messages.text("dpia.DpiaVersion.returnItToDraftFirst"))));
        }
    }

    private void applyTitle(String newTitle, Instant now) {
        if (newTitle == null || newTitle.isBlank()) {
            throw new InvalidInputException("title", Messages.text("dpia.DpiaVersion.giveTheDpiaATitle"));
        }
        if (newTitle.trim().length() > 200) {
            throw new InvalidInputException("title", Messages.text("dpia.DpiaVersion.keepTheTitleTo200"));
        }
        title = newTitle.trim();
        updatedAt = now;
    }

    private static String describe(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getDpiaId() { return dpiaId; }
    public int getNumber() { return number; }
    public DpiaVersionStatus getStatus() { return status; }
    public long getTemplateVersionId() { return templateVersionId; }
    public String getTitle() { return title; }
    public RiskScale getRiskScale() { return riskScale; }
    public List<ScreeningAnswer> getScreening() { return List.copyOf(screening); }
    public ScreeningOutcome getScreeningOutcome() { return screeningOutcome; }
    public Map<String, String> getAnswers() { return Map.copyOf(answers); }
    public List<DpiaRisk> getRisks() { return List.copyOf(risks); }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getDpoAdviceRequestedAt() { return dpoAdviceRequestedAt; }
    public String getDpoAdviceRequestedBy() { return dpoAdviceRequestedBy; }
    public String getDpoAdvice() { return dpoAdvice; }
    public String getDpoAdviceSummary() { return dpoAdviceSummary; }
    public String getDpoAdviceByEmail() { return dpoAdviceByEmail; }
    public String getDpoAdviceByName() { return dpoAdviceByName; }
    public Instant getDpoAdviceAt() { return dpoAdviceAt; }
    public String getMeasuresApprovedBy() { return measuresApprovedBy; }
    public String getResidualRisksApprovedBy() { return residualRisksApprovedBy; }
    public DpoAdviceDecision getDpoAdviceDecision() { return dpoAdviceDecision; }
    public String getDpoAdviceDecidedBy() { return dpoAdviceDecidedBy; }
    public String getOverruleReasons() { return overruleReasons; }
    public String getConsultationReviewedBy() { return consultationReviewedBy; }
    public String getConsultationNotes() { return consultationNotes; }
    public String getKeptUnderReviewBy() { return keptUnderReviewBy; }
    public LocalDate getReviewDate() { return reviewDate; }
    public String getSignedOffByEmail() { return signedOffByEmail; }
    public String getSignedOffByName() { return signedOffByName; }
    public Instant getSignedOffAt() { return signedOffAt; }
    public IcoPriorConsultation getIcoAdvice() { return icoAdvice; }
}
