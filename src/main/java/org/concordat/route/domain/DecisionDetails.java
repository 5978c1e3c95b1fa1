package org.concordat.route.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.MultiLine;

/**
 * A sharing decision as the practitioner records it (golden rule 7): what was decided, with whom, about whom, why,
 * on what lawful basis and under which agreement (or why none) — and the case system's reference, never a name.
 *
 * @param recipientOrganisationId the partner organisation, or null with recipientOther naming someone not listed
 * @param agreementVersionId      the agreement version relied on, or null with noAgreementReason
 * @param consentFrom             whose consent was sought, when consentSought; ignored otherwise
 */
public record DecisionDetails(SharingDecision.Kind decision, Long recipientOrganisationId, String recipientOther,
                              LocalDate decidedOn, Set<String> dataSubjects, Set<String> dataCategories, String purpose,
                              String lawfulBasis, Long agreementVersionId, SharingDecision.NoAgreement noAgreementReason,
                              Outcome routeOutcome, boolean emergency, Boolean familyInformed,
                              @MultiLine String familyNotInformedReason, Boolean consentSought, ConsentFrom consentFrom,
                              @MultiLine String consentNotSoughtReason, @MultiLine String rationale, String caseReference) {

    /** Letters, digits and a few separators: what case systems use, and nothing that reads as a name with spaces. */
    static final Pattern CASE_REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_.-]{1,39}");

    public DecisionDetails {
        dataSubjects = Codes.sorted(dataSubjects);
        dataCategories = Codes.sorted(dataCategories);
    }

    /** Everything missing or wrong, each against its field; empty when the decision can be recorded. */
    public List<FieldError> problems(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (decision == null) {
            errors.add(new FieldError("decision", "Say whether you shared the information or decided not to."));
        }
        if (recipientOrganisationId == null && blank(recipientOther)) {
            errors.add(new FieldError("recipient", "Say with whom: choose the organisation, or name the recipient if it is not listed."));
        }
        if (!blank(recipientOther) && recipientOther.length() > 200) {
            errors.add(new FieldError("recipient", "Keep the recipient's name to 200 characters."));
        }
        if (decidedOn == null) {
            errors.add(new FieldError("decidedOn", "Give the date of the decision."));
        } else if (decidedOn.isAfter(today)) {
            errors.add(new FieldError("decidedOn", "The date of the decision cannot be in the future."));
        }
        if (dataSubjects.isEmpty()) {
            errors.add(new FieldError("dataSubjects", "Say about whom the information is."));
        }
        if (decision == SharingDecision.Kind.SHARED && dataCategories.isEmpty()) {
            errors.add(new FieldError("dataCategories", "Say what kinds of information you shared."));
        }
        if (blank(purpose)) {
            errors.add(new FieldError("purpose", "Say why: choose the purpose."));
        }
        if (decision == SharingDecision.Kind.SHARED && blank(lawfulBasis)) {
            errors.add(new FieldError("lawfulBasis", "Say which lawful basis you relied on to share."));
        }
        if (agreementVersionId == null && noAgreementReason == null) {
            errors.add(new FieldError("agreement", "Name the agreement relied on, or say there was none (an emergency or another reason)."));
        }
        if (agreementVersionId != null && noAgreementReason != null) {
            errors.add(new FieldError("agreement", "Either an agreement was relied on, or there was none: not both."));
        }
        if (familyInformed == null) {
            errors.add(new FieldError("familyInformed", "Say whether the family was told."));
        } else if (!familyInformed && blank(familyNotInformedReason)) {
            errors.add(new FieldError("familyNotInformedReason", "Say why the family was not told (for example, telling them could put the child at risk)."));
        }
        if (consentSought == null) {
            errors.add(new FieldError("consentSought", "Say whether consent was sought."));
        } else if (consentSought && consentFrom == null) {
            errors.add(new FieldError("consentFrom", "Say whose consent was sought: the child's, if they understood enough"
                    + " to decide, a parent's or carer's, or the adult's."));
        } else if (!consentSought && blank(consentNotSoughtReason)) {
            errors.add(new FieldError("consentNotSoughtReason", "Say why consent was not sought (for example, consent is not the lawful basis, or asking would cause delay or harm)."));
        }
        if (blank(rationale)) {
            errors.add(new FieldError("rationale", "Give your reasons: what you weighed, and why sharing (or not) was necessary and proportionate."));
        } else if (rationale.length() > 4000) {
            errors.add(new FieldError("rationale", "Keep the reasons to 4,000 characters."));
        }
        if (blank(caseReference)) {
            errors.add(new FieldError("caseReference", "Give the case reference from your case system."));
        } else if (!CASE_REFERENCE.matcher(caseReference.trim()).matches()) {
            errors.add(new FieldError("caseReference", "Use the case system's reference (letters, digits, / - _ . and no spaces), never the child's name."));
        }
        if (familyNotInformedReason != null && familyNotInformedReason.length() > 2000) {
            errors.add(new FieldError("familyNotInformedReason", "Keep this to 2,000 characters."));
        }
        if (consentNotSoughtReason != null && consentNotSoughtReason.length() > 2000) {
            errors.add(new FieldError("consentNotSoughtReason", "Keep this to 2,000 characters."));
        }
        return errors;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
