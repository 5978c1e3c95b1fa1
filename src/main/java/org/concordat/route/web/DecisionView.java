package org.concordat.route.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.concordat.agreement.application.AgreementData;
import org.concordat.agreement.application.AgreementQueries;
import org.concordat.legal.application.LegalCatalogue;
import org.concordat.legal.domain.CatalogueEntry;
import org.concordat.legal.domain.Topic;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.route.application.SharingDecisions;
import org.concordat.route.domain.ConsentFrom;
import org.concordat.route.domain.DecisionDetails;
import org.concordat.route.domain.Outcome;
import org.concordat.route.domain.SharingDecision;
import org.concordat.shared.application.CurrentCaller;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.NotFoundException;
import org.concordat.shared.web.DateFields;
import org.concordat.shared.web.Feedback;
import org.concordat.shared.web.FormatView;

/**
 * Recording a decision to share or not to share (golden rule 7), carried over from the route check it follows (what
 * was checked is shown as a summary with "Change" links back to the check, the agreement the check found named), or a
 * correction of an earlier entry. The case reference comes first; follow-up questions appear only when they apply.
 * Says plainly that Concordat is not a case record: the case reference, never a name.
 */
@Named
@ViewScoped
public class DecisionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SharingDecisions decisions;

    @Inject
    OrganisationQueries organisations;

    @Inject
    AgreementQueries agreements;

    @Inject
    LegalCatalogue catalogue;

    @Inject
    CurrentCaller caller;

    @Inject
    FormatView format;

    // Query parameters from the route check (or the entry being corrected), applied once by load().
    private String toParam;
    private String subjectCodes;
    private String categoryCodes;
    private String purposeParam;
    private String emergencyParam;
    private String outcomeParam;
    private String versionParam;
    private String basis;
    private Long corrects;
    private String correctsParam;

    private String to;
    private SharingDecision.Kind decision;
    private String recipientOther;
    private String day;
    private String month;
    private String year;
    private List<String> subjects = new ArrayList<>();
    private List<String> categories = new ArrayList<>();
    private String purpose;
    private String lawfulBasis;
    private String agreementChoice;
    private String outcome;
    private String version;
    private boolean emergency;
    private Boolean familyInformed;
    private String familyNotInformedReason;
    private Boolean consentSought;
    private ConsentFrom consentFrom;
    private String consentNotSoughtReason;
    private String rationale;
    private String caseReference;
    private boolean loaded;
    private SharingDecisions.DecisionData original;
    private boolean refused;
    private String foundAgreement;
    private List<OrganisationData> recipients;

    public DecisionView() {
        date(LocalDate.now());
    }

    /**
     * Fills the form, once: from the entry being corrected, then from the route check's answer (a correction whose
     * route was changed comes back through the check with both).
     */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (correctsParam != null && !correctsParam.isBlank()) {
            if (!correctsParam.trim().matches("\\d{1,18}")) {
                // Never a new entry in place of a correction: no form at all, as for an entry that does not exist.
                refused = true;
                Feedback.error(Feedback.text("sharing.noSuchEntry", correctsParam.trim()));
                return;
            }
            corrects = Long.valueOf(correctsParam.trim());
            try {
                startFrom(decisions.forCorrection(corrects));
            } catch (RuntimeException e) {
                refused = true;
                Feedback.show("decision", e);
                return;
            }
            if (toParam == null && subjectCodes == null) {
                return;
            }
        }
        to = toParam;
        subjects = codes(subjectCodes);
        categories = codes(categoryCodes);
        purpose = purposeParam;
        emergency = Boolean.parseBoolean(emergencyParam);
        // Only what a route check can give: anything else in the address is ignored, never an error page.
        outcome = Arrays.stream(Outcome.values()).map(Enum::name).filter(n -> n.equals(outcomeParam)).findFirst().orElse(null);
        version = versionParam != null && versionParam.trim().matches("\\d{1,18}") ? versionParam.trim() : null;
        lawfulBasis = basis != null ? basis : lawfulBasis;
        agreementChoice = version != null ? version : emergency ? "EMERGENCY" : null;
    }

    /** Every field as the original entry has it; the person then changes what was wrong. */
    private void startFrom(SharingDecisions.DecisionData d) {
        original = d;
        decision = d.decision();
        to = d.recipientOrganisationId() == null ? RouteCheckView.NOT_LISTED : String.valueOf(d.recipientOrganisationId());
        recipientOther = d.recipientOrganisationId() == null ? d.recipient() : null;
        date(d.decidedOn());
        subjects = new ArrayList<>(d.dataSubjectCodes());
        categories = new ArrayList<>(d.dataCategoryCodes());
        purpose = d.purposeCode();
        lawfulBasis = d.lawfulBasisCode();
        outcome = d.routeOutcome();
        version = d.agreementVersionId() == null ? null : String.valueOf(d.agreementVersionId());
        agreementChoice = version != null ? version : d.noAgreementReason() == null ? null : d.noAgreementReason().name();
        emergency = d.emergency();
        familyInformed = d.familyInformed();
        familyNotInformedReason = d.familyNotInformedReason();
        consentSought = d.consentSought();
        consentFrom = d.consentFrom();
        consentNotSoughtReason = d.consentNotSoughtReason();
        rationale = d.rationale();
        caseReference = d.caseReference();
    }

    private void date(LocalDate date) {
        day = DateFields.day(date);
        month = DateFields.month(date);
        year = DateFields.year(date);
    }

    /** The entry being corrected, once it has been found and the caller may correct it; otherwise null. */
    public SharingDecisions.DecisionData getOriginal() {
        return original;
    }

    /** "You are correcting entry 12 of 2 December 2026; the original stays in the log, marked as corrected." */
    public String getCorrectingNotice() {
        return original == null ? null : Feedback.text("sharing.correctingNotice", String.valueOf(original.id()),
                format.date(original.decidedOn()));
    }

    /** Whether the entry asked to be corrected was refused or not found: then there is no form, only the message. */
    public boolean isRefused() {
        return refused;
    }

    /**
     * Whether the route is known (from the check, or the entry corrected): then it is shown as a summary with "Change"
     * links to the check; otherwise (the form opened on its own) its fields are asked here.
     */
    public boolean isRouteKnown() {
        return notBlank(to) && notBlank(purpose) && !subjects.isEmpty();
    }

    /** The route check with this route filled in and the named field focused. */
    public String change(String field) {
        return RouteCheckView.changeUrl(to, subjects, categories, purpose, emergency, corrects == null ? null
                : String.valueOf(corrects), field);
    }

    public String getRecipientName() {
        if (RouteCheckView.NOT_LISTED.equals(to)) {
            return Feedback.text("routeCheck.notListed");
        }
        return getRecipients().stream().filter(o -> String.valueOf(o.id()).equals(to)).map(OrganisationData::name)
                .findFirst().orElse(to);
    }

    public boolean isRecipientNotListed() {
        return RouteCheckView.NOT_LISTED.equals(to);
    }

    /** Titles, never codes: "Education data, Safeguarding concerns". */
    public String titles(List<String> codes) {
        return String.join(", ", codes.stream().map(c -> catalogue.entry(c).map(CatalogueEntry::readerTitle).orElse(c)).toList());
    }

    public String getPurposeTitle() {
        return purpose == null ? "" : titles(List.of(purpose));
    }

    /** What the check answered, in words ("Covered"), or null when the form was not filled from a check. */
    public String getOutcomeText() {
        return notBlank(outcome) ? Feedback.text("routeOutcome." + outcome) : null;
    }

    /** The agreement version the check found (or the corrected entry relied on), by reference and title. */
    public String getFoundAgreement() {
        if (foundAgreement == null && notBlank(version)) {
            try {
                AgreementData v = agreements.version(Long.parseLong(version));
                foundAgreement = Feedback.text("sharing.agreementNamed", v.reference(), String.valueOf(v.number()), v.title());
            } catch (NotFoundException | NumberFormatException e) {
                foundAgreement = original != null && original.agreement() != null ? original.agreement() : "";
            }
        }
        return foundAgreement;
    }

    /** The answers to "Agreement relied on": the one found, when there is one, then the two reasons for none. */
    public List<SelectItem> getAgreementChoices() {
        List<SelectItem> choices = new ArrayList<>();
        if (notBlank(version)) {
            choices.add(new SelectItem(version, Feedback.text(original != null && Objects.equals(version,
                    String.valueOf(original.agreementVersionId())) ? "sharing.agreementReliedOn" : "sharing.agreementFromCheck",
                    getFoundAgreement())));
        }
        choices.add(new SelectItem("EMERGENCY", Feedback.text("sharing.noAgreement.EMERGENCY")));
        choices.add(new SelectItem("OTHER", Feedback.text("sharing.noAgreement.OTHER")));
        return choices;
    }

    private static List<String> codes(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? new ArrayList<>()
                : new ArrayList<>(Arrays.asList(commaSeparated.split(",")));
    }

    public String save() {
        if (refused) {
            return null;
        }
        List<FieldError> dateErrors = new ArrayList<>();
        LocalDate on = DateFields.parse(day, month, year, "decidedOn", Feedback.text("sharing.decidedOnName"), dateErrors);
        boolean notListed = to == null || to.isBlank() || RouteCheckView.NOT_LISTED.equals(to);
        Long versionId = agreementChoice != null && !agreementChoice.isEmpty() && agreementChoice.chars().allMatch(Character::isDigit)
                ? Long.valueOf(agreementChoice) : null;
        SharingDecision.NoAgreement none = versionId == null && agreementChoice != null && !agreementChoice.isBlank()
                ? SharingDecision.NoAgreement.valueOf(agreementChoice) : null;
        // A follow-up answer counts only while its question applies (it may have been typed, then the choice changed).
        boolean shared = decision == SharingDecision.Kind.SHARED;
        DecisionDetails details = new DecisionDetails(decision, notListed ? null : Long.valueOf(to), notListed ? recipientOther : null,
                on, new HashSet<>(subjects), new HashSet<>(categories), purpose, shared ? blankToNull(lawfulBasis) : null,
                versionId, none, outcome == null || outcome.isBlank() ? null : Outcome.valueOf(outcome), emergency,
                familyInformed, Boolean.FALSE.equals(familyInformed) ? familyNotInformedReason : null, consentSought,
                Boolean.TRUE.equals(consentSought) ? consentFrom : null,
                Boolean.FALSE.equals(consentSought) ? consentNotSoughtReason : null, rationale, caseReference);
        if (!dateErrors.isEmpty()) {
            // A mistyped date is reported with every other problem of the form, not alone.
            List<FieldError> errors = new ArrayList<>(dateErrors);
            LocalDate today = LocalDate.now();
            new DecisionDetails(details.decision(), details.recipientOrganisationId(), details.recipientOther(), today,
                    details.dataSubjects(), details.dataCategories(), details.purpose(), details.lawfulBasis(),
                    details.agreementVersionId(), details.noAgreementReason(), details.routeOutcome(), details.emergency(),
                    details.familyInformed(), details.familyNotInformedReason(), details.consentSought(),
                    details.consentFrom(), details.consentNotSoughtReason(), details.rationale(), details.caseReference())
                    .problems(today).forEach(errors::add);
            Feedback.show("decision", new InvalidInputException(errors));
            return null;
        }
        try {
            SharingDecisions.DecisionData saved = corrects == null ? decisions.record(details) : decisions.correct(corrects, details);
            Feedback.infoAfterRedirect(corrects == null ? Feedback.text("sharing.recorded", String.valueOf(saved.id()))
                    : Feedback.text("sharing.correctionRecorded", String.valueOf(saved.id()), String.valueOf(corrects)));
            return "/app/decisions?faces-redirect=true";
        } catch (RuntimeException e) {
            Feedback.show("decision", e);
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    public List<OrganisationData> getRecipients() {
        if (recipients == null) {
            long own = caller.get().map(Caller::organisationId).orElse(-1L);
            recipients = organisations.search(null, false).stream().filter(o -> o.id() != own).toList();
        }
        return recipients;
    }

    public List<CatalogueEntry> choices(String topic) {
        return catalogue.choices(Topic.valueOf(topic));
    }

    /** Lawful bases under UK GDPR and, for competent authorities, the law-enforcement regime. */
    public List<CatalogueEntry> getBasisChoices() {
        List<CatalogueEntry> all = new ArrayList<>(catalogue.choices(Topic.LAWFUL_BASES));
        // Only the s35(2) bases: Schedule 8 conditions and Part 3's other provisions are not a lawful basis.
        catalogue.choices(Topic.LAW_ENFORCEMENT).stream().filter(e -> "lawful-basis".equals(e.kind())).forEach(all::add);
        return all;
    }

    public List<SharingDecision.Kind> getKinds() {
        return List.of(SharingDecision.Kind.values());
    }

    public String getNotListed() { return RouteCheckView.NOT_LISTED; }
    public String getTo() { return to; }
    public void setTo(String v) { to = v; }
    public String getToParam() { return toParam; }
    public void setToParam(String v) { toParam = v; }
    public String getSubjectCodes() { return subjectCodes; }
    public void setSubjectCodes(String v) { subjectCodes = v; }
    public String getCategoryCodes() { return categoryCodes; }
    public void setCategoryCodes(String v) { categoryCodes = v; }
    public String getPurposeParam() { return purposeParam; }
    public void setPurposeParam(String v) { purposeParam = v; }
    public String getEmergencyParam() { return emergencyParam; }
    public void setEmergencyParam(String v) { emergencyParam = v; }
    public String getOutcomeParam() { return outcomeParam; }
    public void setOutcomeParam(String v) { outcomeParam = v; }
    public String getVersionParam() { return versionParam; }
    public void setVersionParam(String v) { versionParam = v; }
    public String getVersion() { return version; }
    public String getBasis() { return basis; }
    public void setBasis(String v) { basis = v; }
    public Long getCorrects() { return corrects; }
    public String getCorrectsParam() { return correctsParam; }
    public void setCorrectsParam(String v) { correctsParam = v; }
    public SharingDecision.Kind getDecision() { return decision; }
    public void setDecision(SharingDecision.Kind v) { decision = v; }
    public String getRecipientOther() { return recipientOther; }
    public void setRecipientOther(String v) { recipientOther = v; }
    public String getDay() { return day; }
    public void setDay(String v) { day = v; }
    public String getMonth() { return month; }
    public void setMonth(String v) { month = v; }
    public String getYear() { return year; }
    public void setYear(String v) { year = v; }
    public List<String> getSubjects() { return subjects; }
    public void setSubjects(List<String> v) { subjects = v; }
    public List<String> getCategories() { return categories; }
    public void setCategories(List<String> v) { categories = v; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String v) { purpose = v; }
    public String getLawfulBasis() { return lawfulBasis; }
    public void setLawfulBasis(String v) { lawfulBasis = v; }
    public String getAgreementChoice() { return agreementChoice; }
    public void setAgreementChoice(String v) { agreementChoice = v; }
    public boolean isEmergency() { return emergency; }
    public void setEmergency(boolean v) { emergency = v; }
    public Boolean getFamilyInformed() { return familyInformed; }
    public void setFamilyInformed(Boolean v) { familyInformed = v; }
    public String getFamilyNotInformedReason() { return familyNotInformedReason; }
    public void setFamilyNotInformedReason(String v) { familyNotInformedReason = v; }
    public Boolean getConsentSought() { return consentSought; }
    public void setConsentSought(Boolean v) { consentSought = v; }
    public ConsentFrom getConsentFrom() { return consentFrom; }
    public void setConsentFrom(ConsentFrom v) { consentFrom = v; }
    public ConsentFrom[] getConsentFromChoices() { return ConsentFrom.values(); }
    public String getConsentNotSoughtReason() { return consentNotSoughtReason; }
    public void setConsentNotSoughtReason(String v) { consentNotSoughtReason = v; }
    public String getRationale() { return rationale; }
    public void setRationale(String v) { rationale = v; }
    public String getCaseReference() { return caseReference; }
    public void setCaseReference(String v) { caseReference = v; }
}
