package org.concordat.dpia.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.concordat.agreement.application.AgreementQueries;
import org.concordat.dpia.application.DpiaData;
import org.concordat.dpia.application.DpiaDrafting;
import org.concordat.dpia.application.DpiaQueries;
import org.concordat.dpia.application.DpiaSignOff;
import org.concordat.dpia.domain.DpiaComparison;
import org.concordat.dpia.domain.DpiaVersionStatus;
import org.concordat.dpia.domain.DpoAdviceDecision;
import org.concordat.dpia.domain.MeasureDetails;
import org.concordat.dpia.domain.MeasureEffect;
import org.concordat.dpia.domain.RiskDetails;
import org.concordat.dpia.domain.RiskLikelihood;
import org.concordat.dpia.domain.RiskSeverity;
import org.concordat.dpia.domain.Screening;
import org.concordat.dpia.domain.IcoAdviceDetails;
import org.concordat.dpia.domain.SignOffDetails;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.ReaderLanguage;
import org.concordat.shared.web.DateInput;
import org.concordat.shared.web.Feedback;
import org.concordat.template.application.TemplateLibrary;
import org.concordat.template.application.TemplateVersionData;
import org.concordat.template.domain.FieldSpec;
import org.concordat.template.domain.ScreeningQuestion;
import org.concordat.template.domain.SectionSpec;

/**
 * The DPIA editor. A new DPIA opens on its screening alone, and each "save and continue" then leads to the next
 * step; once screened, the seven steps of the template are also free to visit from the steps menu: the description, consultation, necessity, the risk register with its heat map
 * (step 5), the measures with the heat maps before and after (step 6), and the DPO's advice and sign-off (step 7).
 */
@Named
@ViewScoped
public class DpiaView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int RISKS_STEP = 5;
    static final int MEASURES_STEP = 6;
    static final int SIGN_OFF_STEP = 7;

    @Inject
    DpiaQueries queries;

    @Inject
    DpiaDrafting drafting;

    @Inject
    DpiaSignOff signOff;

    @Inject
    TemplateLibrary templates;

    @Inject
    AgreementQueries agreementQueries;

    @Inject
    org.concordat.agreement.application.AgreementLinks agreementLinks;

    /** The linked agreements' status tags, by agreement, read once per view. */
    private final java.util.HashMap<Long, org.concordat.shared.domain.StatusTag> agreementTags = new java.util.HashMap<>();

    private Long id;
    private Integer step;
    private DpiaData data;
    private List<SectionSpec> sections;
    private Map<String, String> screening = new LinkedHashMap<>();
    private Map<String, String> answers = new LinkedHashMap<>();

    private String riskKey;
    private String source;
    private String impact;
    private RiskLikelihood likelihood;
    private RiskSeverity severity;

    private String measureKey;
    private String measureRisk;
    private String description;
    private MeasureEffect effect;
    private RiskLikelihood residualLikelihood;
    private RiskSeverity residualSeverity;
    private boolean approved;
    private String owner;
    private String dueDate;

    private String advice;
    private String adviceSummary;

    private String measuresApprovedBy;
    private String residualRisksApprovedBy;
    private DpoAdviceDecision dpoAdviceDecision;
    private String dpoAdviceDecidedBy;
    private String overruleReasons;
    private String consultationReviewedBy;
    private String consultationNotes;
    private String keptUnderReviewBy;
    private String reviewDate;

    private String icoReference;
    private String icoReceivedOn;
    private String icoAdviceText;
    private String icoHowFollowed;

    private Long agreementToLink;
    private transient List<DpiaComparison.Change> changes;
    /** The screening questions in the reader's words, by the English each DPIA copied (see TemplateLibrary). */
    private Map<String, ScreeningQuestion> readerQuestions = Map.of();
    private transient List<AgreementQueries.AgreementSummary> linkable;

    public void load() {
        if (id == null || data != null) {
            return;
        }
        show(queries.version(id));
        TemplateVersionData template = templates.version(data.templateVersionId());
        sections = templates.readerContent(template).sections();
        readerQuestions = templates.screeningWords(template, ReaderLanguage.current());
        if (step == null || step < 1 || step > sections.size()) {
            step = data.status() == DpiaVersionStatus.DRAFT ? 1 : Math.min(SIGN_OFF_STEP, sections.size());
        }
    }

    private void show(DpiaData d) {
        data = d;
        id = d.versionId();
        changes = null;
        screening = new LinkedHashMap<>();
        d.screening().forEach(q -> screening.put(q.key(), q.answer() == null ? null : q.answer() ? "yes" : "no"));
        answers = new LinkedHashMap<>(d.answers());
    }

    /** The screening questions with their answers, in the reader's words where the template has been translated. */
    public List<DpiaData.ScreeningAnswerData> getScreeningQuestions() {
        return data.screening().stream().map(q -> {
            ScreeningQuestion words = readerQuestions.get(q.question());
            return words == null ? q : new DpiaData.ScreeningAnswerData(q.key(), words.question(), words.guidance(),
                    words.indicator(), q.highRisk(), q.answer());
        }).toList();
    }

    /** Why the screening came out as it did, in the reader's words as {@link #getScreeningQuestions()}. */
    public List<Screening.Reason> getScreeningReasons() {
        return data.reasons().stream().map(r -> {
            ScreeningQuestion words = readerQuestions.get(r.question());
            return words == null ? r : new Screening.Reason(r.questionKey(), words.question(), words.indicator(), r.highRisk());
        }).toList();
    }

    /** The screening comes first: until every question is answered, the page shows nothing else. */
    public boolean isScreeningFirst() {
        return data.screeningOutcome() == null;
    }

    public SectionSpec getSection() {
        return sections.get(step - 1);
    }

    public boolean isRisksStep() {
        return step == RISKS_STEP;
    }

    public boolean isMeasuresStep() {
        return step == MEASURES_STEP;
    }

    public boolean isSignOffStep() {
        return step == SIGN_OFF_STEP;
    }

    public List<Integer> getSteps() {
        List<Integer> steps = new ArrayList<>();
        for (int i = 1; i <= sections.size(); i++) {
            steps.add(i);
        }
        return steps;
    }

    public String stepTitle(int number) {
        return sections.get(number - 1).title();
    }

    /** How far a step has got, as a task list says it: COMPLETED, IN_PROGRESS, NOT_STARTED or HAS_ERRORS. */
    public String stepStatus(int number) {
        return stepStatus(number, sections.get(number - 1), data);
    }

    static String stepStatus(int number, SectionSpec section, DpiaData data) {
        if (number == RISKS_STEP) {
            return data.risks().isEmpty() ? NOT_STARTED : COMPLETED;
        }
        if (number == MEASURES_STEP) {
            return measuresStatus(data.risks());
        }
        if (number == SIGN_OFF_STEP) {
            return data.status().isSignedOff() ? COMPLETED : data.status() == DpiaVersionStatus.DRAFT ? NOT_STARTED : IN_PROGRESS;
        }
        long required = section.fields().stream().filter(f -> f.required()).count();
        long answered = section.fields().stream().filter(f -> f.required() && present(data, section, f.key())).count();
        boolean any = section.fields().stream().anyMatch(f -> present(data, section, f.key()));
        if (required > 0 ? answered == required : any) {
            return COMPLETED;
        }
        return any ? IN_PROGRESS : NOT_STARTED;
    }

    /**
     * The measures step: completed when every medium or high risk has a measure. Once measures are being recorded, a
     * medium or high risk still without one is an error, the same that stops the DPO's advice being asked for
     * ({@code DpiaVersion.requestDpoAdvice}), so the task list names it before the author gets that far.
     */
    static String measuresStatus(List<DpiaData.RiskData> risks) {
        boolean anyMeasure = risks.stream().anyMatch(r -> !r.measures().isEmpty());
        boolean everyRiskMet = !risks.isEmpty() && risks.stream()
                .allMatch(r -> r.overall() == org.concordat.dpia.domain.RiskLevel.LOW || !r.measures().isEmpty());
        return everyRiskMet ? COMPLETED : anyMeasure ? HAS_ERRORS : NOT_STARTED;
    }

    private static boolean present(DpiaData data, SectionSpec section, String field) {
        String answer = data.answers().get(section.key() + "." + field);
        return answer != null && !answer.isBlank();
    }

    static final String COMPLETED = "COMPLETED";
    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String NOT_STARTED = "NOT_STARTED";
    static final String HAS_ERRORS = "HAS_ERRORS";

    /** How many of the steps are completed. */
    public long getCompletedSteps() {
        return getSteps().stream().filter(n -> COMPLETED.equals(stepStatus(n))).count();
    }

    /** The step's introduction: the first sentence of its guidance, without the citations (those are in the details). */
    public String getIntroduction() {
        return introduction(getSection().guidance());
    }

    static String introduction(String guidance) {
        if (guidance == null) {
            return "";
        }
        String text = CITATION.matcher(guidance.strip()).replaceAll("");
        java.util.regex.Matcher end = java.util.regex.Pattern.compile("[.!?](\\s|$)").matcher(text);
        return end.find() ? text.substring(0, end.start() + 1) : text;
    }

    /** A sentence for the top of a step, its citations left to the details below ("More about this step"). */
    public String withoutCitations(String text) {
        return text == null ? "" : CITATION.matcher(text).replaceAll("");
    }

    /** A citation in brackets, with one level of brackets inside: " (UK GDPR Article 35(7)(a))". */
    private static final java.util.regex.Pattern CITATION = java.util.regex.Pattern.compile(
            "\\s*\\((?:UK GDPR|GDPR|Article|Articles|DPA 2018|Data Protection Act|section|Schedule)(?:[^()]|\\([^()]*\\))*\\)");

    public String saveScreening() {
        Map<String, Boolean> given = new LinkedHashMap<>();
        screening.forEach((k, v) -> given.put(k, v == null ? null : "yes".equals(v)));
        try {
            DpiaData saved = drafting.answerScreening(data.versionId(), data.lockVersion(), given);
            Feedback.infoAfterRedirect(Feedback.text("dpia.screening.saved." + saved.screeningOutcome()));
            return page(1);
        } catch (RuntimeException e) {
            showIn("screening", e, "screening.", "questions", data.screening().stream().map(DpiaData.ScreeningAnswerData::key).toList());
            return null;
        }
    }

    /** Saves the answers of this step and moves on to the next. */
    public String saveAnswers() {
        try {
            drafting.saveAnswers(data.versionId(), data.lockVersion(), answers);
            Feedback.infoAfterRedirect(Feedback.text("dpia.answers.saved"));
            return page(Math.min(step + 1, sections.size()));
        } catch (RuntimeException e) {
            SectionSpec section = getSection();
            showIn("answers", e, "answers.", "fields", section.fields().stream().map(f -> section.key() + "." + f.key()).toList());
            return null;
        }
    }

    public void editRisk(String key) {
        DpiaData.RiskData r = data.risks().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
        riskKey = r.key();
        source = r.source();
        impact = r.impact();
        likelihood = r.likelihood();
        severity = r.severity();
    }

    public String saveRisk() {
        return run("risk", () -> drafting.saveRisk(data.versionId(), data.lockVersion(), riskKey,
                new RiskDetails(source, impact, likelihood, severity)), "dpia.risk.saved", step);
    }

    public String removeRisk(String key) {
        return run("risks", () -> drafting.removeRisk(data.versionId(), data.lockVersion(), key), "dpia.risk.removed", step);
    }

    public void editMeasure(String key) {
        DpiaData.MeasureData m = data.risks().stream().flatMap(r -> r.measures().stream()).filter(x -> x.key().equals(key))
                .findFirst().orElseThrow();
        measureKey = m.key();
        measureRisk = m.riskKey();
        description = m.description();
        effect = m.effect();
        residualLikelihood = m.residualLikelihood();
        residualSeverity = m.residualSeverity();
        approved = m.approved();
        owner = m.owner();
        dueDate = DateInput.format(m.dueDate());
    }

    public String saveMeasure() {
        List<FieldError> errors = new ArrayList<>();
        LocalDate due = DateInput.parse(dueDate, "dueDate", errors);
        if (measureKey == null && measureRisk == null) {
            errors.add(new FieldError("measureRisk", Feedback.text("dpia.measure.chooseRisk")));
        }
        if (!errors.isEmpty()) {
            Feedback.show("measure", new InvalidInputException(errors));
            return null;
        }
        return run("measure", () -> drafting.saveMeasure(data.versionId(), data.lockVersion(), measureRisk, measureKey,
                new MeasureDetails(description, effect, residualLikelihood, residualSeverity, approved, owner, due)),
                "dpia.measure.saved", step);
    }

    public String removeMeasure(String key) {
        return run("measures", () -> drafting.removeMeasure(data.versionId(), data.lockVersion(), key), "dpia.measure.removed", step);
    }

    public String requestDpoAdvice() {
        return run("request", () -> signOff.requestDpoAdvice(data.versionId(), data.lockVersion()), "dpia.dpo.requested", SIGN_OFF_STEP);
    }

    public String giveDpoAdvice() {
        return run("dpoAdvice", () -> signOff.giveDpoAdvice(data.versionId(), data.lockVersion(), advice, adviceSummary),
                "dpia.dpo.given", SIGN_OFF_STEP);
    }

    public String signOff() {
        List<FieldError> errors = new ArrayList<>();
        LocalDate review = DateInput.parse(reviewDate, "reviewDate", errors);
        if (!errors.isEmpty()) {
            Feedback.show("signOff", new InvalidInputException(errors));
            return null;
        }
        try {
            DpiaData signed = signOff.signOff(data.versionId(), data.lockVersion(), new SignOffDetails(measuresApprovedBy,
                    residualRisksApprovedBy, dpoAdviceDecision, dpoAdviceDecidedBy, overruleReasons, consultationReviewedBy,
                    consultationNotes, keptUnderReviewBy, review));
            Feedback.infoAfterRedirect(Feedback.text("dpia.signedOff." + signed.status()));
            return page(SIGN_OFF_STEP);
        } catch (RuntimeException e) {
            Feedback.show("signOff", e);
            return null;
        }
    }

    public String recordIcoAdvice() {
        List<FieldError> errors = new ArrayList<>();
        LocalDate received = DateInput.parse(icoReceivedOn, "receivedOn", errors);
        if (!errors.isEmpty()) {
            Feedback.show("icoAdvice", new InvalidInputException(errors));
            return null;
        }
        return run("icoAdvice", () -> signOff.recordIcoAdvice(data.versionId(), data.lockVersion(), new IcoAdviceDetails(
                icoReference, received, icoAdviceText, icoHowFollowed)), "dpia.ico.recorded", SIGN_OFF_STEP);
    }

    public String returnToDraft() {
        return run("lifecycle", () -> signOff.returnToDraft(data.versionId(), data.lockVersion()), "dpia.returnedToDraft", SIGN_OFF_STEP);
    }

    public String newVersion() {
        try {
            DpiaData next = drafting.newVersion(data.dpiaId());
            Feedback.infoAfterRedirect(Feedback.text("dpia.versionStarted", next.number()));
            return "/app/dpia?faces-redirect=true&id=" + next.versionId() + "&step=1";
        } catch (RuntimeException e) {
            Feedback.show("lifecycle", e);
            return null;
        }
    }

    public String link() {
        if (agreementToLink == null) {
            Feedback.show("links", new InvalidInputException("agreementToLink", Feedback.text("dpia.links.choose")));
            return null;
        }
        return run("links", () -> drafting.link(data.dpiaId(), agreementToLink), "dpia.links.linked", step);
    }

    public String unlink(long agreementId) {
        return run("links", () -> drafting.unlink(data.dpiaId(), agreementId), "dpia.links.unlinked", step);
    }

    /** Runs a change; on success shows the version it left (which may be newer than this page's) at the given step. */
    private String run(String form, Supplier<DpiaData> change, String doneKey, int toStep) {
        try {
            DpiaData changed = change.get();
            Feedback.infoAfterRedirect(Feedback.text(doneKey));
            return "/app/dpia?faces-redirect=true&id=" + changed.versionId() + "&step=" + toStep;
        } catch (RuntimeException e) {
            Feedback.show(form, e);
            return null;
        }
    }

    private String page(int toStep) {
        return "/app/dpia?faces-redirect=true&id=" + data.versionId() + "&step=" + toStep;
    }

    /**
     * Shows field errors of fields repeated on the page (a screening question, a step's answer) beside the field in
     * its row; any other problem as Feedback shows it.
     */
    private static void showIn(String form, RuntimeException failure, String prefix, String repeat, List<String> keys) {
        if (failure instanceof InvalidInputException invalid) {
            List<FieldError> others = new ArrayList<>();
            FacesContext faces = FacesContext.getCurrentInstance();
            for (FieldError error : invalid.errors()) {
                int row = error.field().startsWith(prefix) ? keys.indexOf(error.field().substring(prefix.length())) : -1;
                if (row >= 0) {
                    faces.addMessage(form + ":" + repeat + ":" + row + ":answer",
                            new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), error.message()));
                } else {
                    others.add(error);
                }
            }
            if (!others.isEmpty()) {
                Feedback.show(form, new InvalidInputException(others));
            }
            return;
        }
        Feedback.show(form, failure);
    }

    /** What changed since the previous version (every version of a DPIA visible to the caller shows the one before it). */
    public List<DpiaComparison.Change> getChanges() {
        if (changes == null) {
            changes = List.of();
            if (data.number() > 1) {
                changes = queries.compare(data.dpiaId(), data.number() - 1, data.number());
            }
        }
        return changes;
    }

    /** Where a change is: the step field's label, the screening question, or the risk or measure key. */
    public String where(DpiaComparison.Change change) {
        return switch (change.area()) {
            case DETAILS -> Feedback.text("dpia.area.DETAILS");
            case SCREENING -> getScreeningQuestions().stream().filter(q -> q.key().equals(change.key())).map(DpiaData.ScreeningAnswerData::question)
                    .findFirst().orElse(change.key());
            case STEP -> fieldLabel(change.key());
            case RISK, MEASURE -> Feedback.text("dpia.area." + change.area()) + " " + change.key();
        };
    }

    public String changedField(DpiaComparison.Change change) {
        return change.field() == null ? "" : Feedback.text("dpia.field." + change.field());
    }

    /** A changed value in words: levels, likelihoods, severities, effects and answers translated. */
    public String shown(DpiaComparison.Change change, boolean after) {
        String value = after ? change.after() : change.before();
        if (value == null) {
            return "";
        }
        String field = change.area() == DpiaComparison.Area.SCREENING ? "answer" : change.field();
        String kind = field == null ? null : switch (field) {
            case "likelihood", "residualLikelihood" -> "dpia.likelihood.";
            case "severity", "residualSeverity" -> "dpia.severity.";
            case "overall", "residual" -> "dpia.level.";
            case "effect" -> "dpia.effect.";
            case "approved", "answer" -> "dpia.yesNo.";
            default -> null;
        };
        return kind == null ? value : Feedback.text(kind + value);
    }

    private String fieldLabel(String answerKey) {
        for (SectionSpec s : sections) {
            for (FieldSpec f : s.fields()) {
                if (answerKey.equals(s.key() + "." + f.key())) {
                    return s.title() + ": " + f.label();
                }
            }
        }
        return answerKey;
    }

    /** The agreements the caller can see and this DPIA is not yet linked to. */
    public List<AgreementQueries.AgreementSummary> getLinkable() {
        if (linkable == null) {
            linkable = agreementQueries.list().stream()
                    .filter(a -> data.agreements().stream().noneMatch(l -> l.agreementId() == a.agreementId())).toList();
        }
        return linkable;
    }

    public List<String> getYesNo() { return List.of("yes", "no"); }
    public List<RiskLikelihood> getLikelihoods() { return List.of(RiskLikelihood.values()); }
    public List<RiskSeverity> getSeverities() { return List.of(RiskSeverity.values()); }
    public List<MeasureEffect> getEffects() { return List.of(MeasureEffect.values()); }
    public List<DpoAdviceDecision> getDecisions() { return List.of(DpoAdviceDecision.values()); }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Integer getStep() { return step; }
    public void setStep(Integer step) { this.step = step; }
    public DpiaData getData() { return data; }

    /** Where a linked agreement stands today, in the words every page uses. */
    public org.concordat.shared.domain.StatusTag agreementTag(long agreementId) {
        return agreementTags.computeIfAbsent(agreementId, a -> agreementLinks.visible(a)
                .map(org.concordat.agreement.application.AgreementLinks.LinkedAgreement::tag).orElse(null));
    }
    public List<SectionSpec> getSections() { return sections; }
    public Map<String, String> getScreening() { return screening; }
    public Map<String, String> getAnswers() { return answers; }
    public String getRiskKey() { return riskKey; }
    public void setRiskKey(String v) { riskKey = v == null || v.isBlank() ? null : v; }
    public String getSource() { return source; }
    public void setSource(String v) { source = v; }
    public String getImpact() { return impact; }
    public void setImpact(String v) { impact = v; }
    public RiskLikelihood getLikelihood() { return likelihood; }
    public void setLikelihood(RiskLikelihood v) { likelihood = v; }
    public RiskSeverity getSeverity() { return severity; }
    public void setSeverity(RiskSeverity v) { severity = v; }
    public String getMeasureKey() { return measureKey; }
    public void setMeasureKey(String v) { measureKey = v == null || v.isBlank() ? null : v; }
    public String getMeasureRisk() { return measureRisk; }
    public void setMeasureRisk(String v) { measureRisk = v == null || v.isBlank() ? null : v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public MeasureEffect getEffect() { return effect; }
    public void setEffect(MeasureEffect v) { effect = v; }
    public RiskLikelihood getResidualLikelihood() { return residualLikelihood; }
    public void setResidualLikelihood(RiskLikelihood v) { residualLikelihood = v; }
    public RiskSeverity getResidualSeverity() { return residualSeverity; }
    public void setResidualSeverity(RiskSeverity v) { residualSeverity = v; }
    public boolean isApproved() { return approved; }
    public void setApproved(boolean v) { approved = v; }
    public String getOwner() { return owner; }
    public void setOwner(String v) { owner = v; }
    public String getDueDate() { return dueDate; }
    public void setDueDate(String v) { dueDate = v; }
    public String getAdvice() { return advice; }
    public void setAdvice(String v) { advice = v; }
    public String getAdviceSummary() { return adviceSummary; }
    public void setAdviceSummary(String v) { adviceSummary = v; }
    public String getMeasuresApprovedBy() { return measuresApprovedBy; }
    public void setMeasuresApprovedBy(String v) { measuresApprovedBy = v; }
    public String getResidualRisksApprovedBy() { return residualRisksApprovedBy; }
    public void setResidualRisksApprovedBy(String v) { residualRisksApprovedBy = v; }
    public DpoAdviceDecision getDpoAdviceDecision() { return dpoAdviceDecision; }
    public void setDpoAdviceDecision(DpoAdviceDecision v) { dpoAdviceDecision = v; }
    public String getDpoAdviceDecidedBy() { return dpoAdviceDecidedBy; }
    public void setDpoAdviceDecidedBy(String v) { dpoAdviceDecidedBy = v; }
    public String getOverruleReasons() { return overruleReasons; }
    public void setOverruleReasons(String v) { overruleReasons = v; }
    public String getConsultationReviewedBy() { return consultationReviewedBy; }
    public void setConsultationReviewedBy(String v) { consultationReviewedBy = v; }
    public String getConsultationNotes() { return consultationNotes; }
    public void setConsultationNotes(String v) { consultationNotes = v; }
    public String getKeptUnderReviewBy() { return keptUnderReviewBy; }
    public void setKeptUnderReviewBy(String v) { keptUnderReviewBy = v; }
    public String getReviewDate() { return reviewDate; }
    public void setReviewDate(String v) { reviewDate = v; }
    public String getIcoReference() { return icoReference; }
    public void setIcoReference(String v) { icoReference = v; }
    public String getIcoReceivedOn() { return icoReceivedOn; }
    public void setIcoReceivedOn(String v) { icoReceivedOn = v; }
    public String getIcoAdviceText() { return icoAdviceText; }
    public void setIcoAdviceText(String v) { icoAdviceText = v; }
    public String getIcoHowFollowed() { return icoHowFollowed; }
    public void setIcoHowFollowed(String v) { icoHowFollowed = v; }
    public Long getAgreementToLink() { return agreementToLink; }
    public void setAgreementToLink(Long v) { agreementToLink = v; }
}
