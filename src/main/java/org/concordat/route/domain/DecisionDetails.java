package org.concordat.route.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.MultiLine;
import org.concordat.shared.domain.Messages;

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
            errors.add(new FieldError("decision", Messages.text("route.DecisionDetails.sayWhetherYouSharedThe")));
        }
        if (recipientOrganisationId == null && blank(recipientOther)) {
            errors.add(new FieldError("recipient", Messages.text("route.DecisionDetails.sayWithWhomChooseThe")));
        }
        if (!blank(recipientOther) && recipientOther.length() > 200) {
            errors.add(new FieldError("recipient", Messages.text("route.DecisionDetails.keepTheRecipientSName")));
        }
        if (decidedOn == null) {
            errors.add(new FieldError("decidedOn", Messages.text("route.DecisionDetails.giveTheDateOfThe")));
        } else if (decidedOn.isAfter(today)) {
            errors.add(new FieldError("decidedOn", Messages.text("route.DecisionDetails.theDateOfTheDecision")));
        }
        if (dataSubjects.isEmpty()) {
            errors.add(new FieldError("dataSubjects", Messages.text("route.DecisionDetails.sayAboutWhomTheInformation")));
        }
        if (decision == SharingDecision.Kind.SHARED && dataCategories.isEmpty()) {
            errors.add(new FieldError("dataCategories", Messages.text("route.DecisionDetails.sayWhatKindsOfInformation")));
        }
        if (blank(purpose)) {
            errors.add(new FieldError("purpose", Messages.text("route.DecisionDetails.sayWhyChooseThePurpose")));
        }
        if (decision == SharingDecision.Kind.SHARED && blank(lawfulBasis)) {
            errors.add(new FieldError("lawfulBasis", Messages.text("route.DecisionDetails.sayWhichLawfulBasisYou")));
        }
        if (agreementVersionId == null && noAgreementReason == null) {
            errors.add(new FieldError("agreement", Messages.text("route.DecisionDetails.nameTheAgreementReliedOn")));
        }
        if (agreementVersionId != null && noAgreementReason != null) {
            errors.add(new FieldError("agreement", Messages.text("route.DecisionDetails.eitherAnAgreementWasRelied")));
        }
        if (familyInformed == null) {
            errors.add(new FieldError("familyInformed", Messages.text("route.DecisionDetails.sayWhetherTheFamilyWas")));
        } else if (!familyInformed && blank(familyNotInformedReason)) {
            errors.add(new FieldError("familyNotInformedReason", Messages.text("route.DecisionDetails.sayWhyTheFamilyWas")));
        }
        if (consentSought == null) {
            errors.add(new FieldError("consentSought", Messages.text("route.DecisionDetails.sayWhetherConsentWasSought")));
        } else if (consentSought && consentFrom == null) {
            errors.add(new FieldError("consentFrom", Messages.text("route.DecisionDetails.sayWhoseConsentWasSought")));
        } else if (!consentSought && blank(consentNotSoughtReason)) {
            errors.add(new FieldError("consentNotSoughtReason", Messages.text("route.DecisionDetails.sayWhyConsentWasNot")));
        }
        if (blank(rationale)) {
            errors.add(new FieldError("rationale", Messages.text("route.DecisionDetails.giveYourReasonsWhatYou")));
        } else if (rationale.length() > 4000) {
            errors.add(new FieldError("rationale", Messages.text("route.DecisionDetails.keepTheReasonsTo4")));
        }
        if (blank(caseReference)) {
            errors.add(new FieldError("caseReference", Messages.text("route.DecisionDetails.giveTheCaseReferenceFrom")));
        } else if (!CASE_REFERENCE.matcher(caseReference.trim()).matches()) {
            errors.add(new FieldError("caseReference", Messages.text("route.DecisionDetails.useTheCaseSystemS")));
        }
        if (familyNotInformedReason != null && familyNotInformedReason.length() > 2000) {
            errors.add(new FieldError("familyNotInformedReason", Messages.text("route.DecisionDetails.keepThisTo2000")));
        }
        if (consentNotSoughtReason != null && consentNotSoughtReason.length() > 2000) {
            errors.add(new FieldError("consentNotSoughtReason", Messages.text("route.DecisionDetails.keepThisTo2000")));
        }
        return errors;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
