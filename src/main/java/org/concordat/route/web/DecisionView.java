package org.concordat.route.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
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
import org.concordat.shared.web.DateInput;
import org.concordat.shared.web.Feedback;
import org.concordat.shared.web.FormatView;

/**
 * Recording a decision to share or not to share (golden rule 7), pre-filled from the route check it follows, or a
 * correction of an earlier entry. Says plainly that Concordat is not a case record: the case reference, never a name.
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
    LegalCatalogue catalogue;

    @Inject
    CurrentCaller caller;

    @Inject
    FormatView format;

    // Query parameters from the route check (or the entry being corrected).
    private String to;
    private String subjectCodes;
    private String categoryCodes;
    private String outcome;
    private String version;
    private String basis;
    private Long corrects;
    private String correctsParam;

    private SharingDecision.Kind decision;
    private String recipientOther;
    private String decidedOn = DateInput.format(LocalDate.now());
    private List<String> subjects = new ArrayList<>();
    private List<String> categories = new ArrayList<>();
    private String purpose;
    private String lawfulBasis;
    private String agreementChoice;
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

    /** Fills the form, once: from the entry being corrected, or from the route check's answer. */
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
            }
            return;
        }
        subjects = codes(subjectCodes);
        categories = codes(categoryCodes);
        lawfulBasis = basis;
        agreementChoice = version != null && !version.isBlank() ? version : emergency ? "EMERGENCY" : null;
    }

    /** Every field as the original entry has it; the person then changes what was wrong. */
    private void startFrom(SharingDecisions.DecisionData d) {
        original = d;
        decision = d.decision();
        to = d.recipientOrganisationId() == null ? RouteCheckView.NOT_LISTED : String.valueOf(d.recipientOrganisationId());
        recipientOther = d.recipientOrganisationId() == null ? d.recipient() : null;
        decidedOn = DateInput.format(d.decidedOn());
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

    /** The label of the agreement choice: the one the route check found, or the one the corrected entry relied on. */
    public String getAgreementLabel() {
        return original != null && original.agreement() != null ? Feedback.text("sharing.agreementReliedOn", original.agreement())
                : Feedback.text("sharing.agreementFromCheck");
    }

    private static List<String> codes(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? new ArrayList<>()
                : new ArrayList<>(Arrays.asList(commaSeparated.split(",")));
    }

    public String save() {
        List<FieldError> errors = new ArrayList<>();
        LocalDate on = DateInput.parse(decidedOn, "decidedOn", errors);
        if (!errors.isEmpty()) {
            Feedback.show("decision", new InvalidInputException(errors));
            return null;
        }
        boolean notListed = to == null || to.isBlank() || RouteCheckView.NOT_LISTED.equals(to);
        Long versionId = agreementChoice != null && agreementChoice.chars().allMatch(Character::isDigit) && !agreementChoice.isEmpty()
                ? Long.valueOf(agreementChoice) : null;
        SharingDecision.NoAgreement none = versionId == null && agreementChoice != null && !agreementChoice.isBlank()
                ? SharingDecision.NoAgreement.valueOf(agreementChoice) : null;
        DecisionDetails details = new DecisionDetails(decision, notListed ? null : Long.valueOf(to), notListed ? recipientOther : null,
                on, new HashSet<>(subjects), new HashSet<>(categories), purpose, blankToNull(lawfulBasis), versionId, none,
                outcome == null || outcome.isBlank() ? null : Outcome.valueOf(outcome), emergency, familyInformed,
                familyNotInformedReason, consentSought, consentFrom, consentNotSoughtReason, rationale, caseReference);
        try {
            if (refused) {
                return null;
            }
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

    public List<OrganisationData> getRecipients() {
        long own = caller.get().map(Caller::organisationId).orElse(-1L);
        return organisations.search(null, false).stream().filter(o -> o.id() != own).toList();
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
    public String getSubjectCodes() { return subjectCodes; }
    public void setSubjectCodes(String v) { subjectCodes = v; }
    public String getCategoryCodes() { return categoryCodes; }
    public void setCategoryCodes(String v) { categoryCodes = v; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String v) { outcome = v; }
    public String getVersion() { return version; }
    public void setVersion(String v) { version = v; }
    public String getBasis() { return basis; }
    public void setBasis(String v) { basis = v; }
    public Long getCorrects() { return corrects; }
    public String getCorrectsParam() { return correctsParam; }
    public void setCorrectsParam(String v) { correctsParam = v; }
    public SharingDecision.Kind getDecision() { return decision; }
    public void setDecision(SharingDecision.Kind v) { decision = v; }
    public String getRecipientOther() { return recipientOther; }
    public void setRecipientOther(String v) { recipientOther = v; }
    public String getDecidedOn() { return decidedOn; }
    public void setDecidedOn(String v) { decidedOn = v; }
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
