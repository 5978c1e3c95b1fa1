package org.concordat.dpia.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.Messages;

/**
 * Step 7 of the ICO template, as the person signing off records it: who approved the measures and the residual
 * risks, who accepted or overruled the DPO's advice (with reasons when overruled), who reviewed the consultation
 * responses (with reasons when the decision departs from people's views), and who keeps the DPIA under review, by
 * which date.
 */
public record SignOffDetails(String measuresApprovedBy, String residualRisksApprovedBy,
                             DpoAdviceDecision dpoAdviceDecision, String dpoAdviceDecidedBy, String overruleReasons,
                             String consultationReviewedBy, String consultationNotes, String keptUnderReviewBy,
                             LocalDate reviewDate) {

    private static final int NAME_MAX = 200;
    private static final int REASONS_MAX = 4000;

    public SignOffDetails {
        measuresApprovedBy = RiskDetails.trim(measuresApprovedBy);
        residualRisksApprovedBy = RiskDetails.trim(residualRisksApprovedBy);
        dpoAdviceDecidedBy = RiskDetails.trim(dpoAdviceDecidedBy);
        overruleReasons = RiskDetails.trim(overruleReasons);
        consultationReviewedBy = RiskDetails.trim(consultationReviewedBy);
        consultationNotes = RiskDetails.trim(consultationNotes);
        keptUnderReviewBy = RiskDetails.trim(keptUnderReviewBy);
    }

    /** What is missing, too long or inconsistent, field by field; today is the day of the sign-off. */
    public List<FieldError> problems(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        name(errors, "measuresApprovedBy", measuresApprovedBy, Messages.text("dpia.SignOffDetails.nameWhoApprovedTheMeasures"));
        name(errors, "residualRisksApprovedBy", residualRisksApprovedBy, Messages.text("dpia.SignOffDetails.nameWhoApprovedTheResidual"));
        if (dpoAdviceDecision == null) {
            errors.add(new FieldError("dpoAdviceDecision", Messages.text("dpia.SignOffDetails.sayWhetherTheDpoS")));
        }
        name(errors, "dpoAdviceDecidedBy", dpoAdviceDecidedBy, Messages.text("dpia.SignOffDetails.nameWhoAcceptedOrOverruled"));
        if (dpoAdviceDecision == DpoAdviceDecision.OVERRULED && overruleReasons == null) {
            errors.add(new FieldError("overruleReasons", Messages.text("dpia.SignOffDetails.giveTheReasonsForOverruling")));
        }
        text(errors, "overruleReasons", overruleReasons);
        name(errors, "consultationReviewedBy", consultationReviewedBy, Messages.text("dpia.SignOffDetails.nameWhoReviewedTheConsultation"));
        text(errors, "consultationNotes", consultationNotes);
        name(errors, "keptUnderReviewBy", keptUnderReviewBy, Messages.text("dpia.SignOffDetails.nameWhoWillKeepThis"));
        if (reviewDate == null) {
            errors.add(new FieldError("reviewDate", Messages.text("dpia.SignOffDetails.giveTheDateByWhich")));
        } else if (!reviewDate.isAfter(today)) {
            errors.add(new FieldError("reviewDate", Messages.text("dpia.SignOffDetails.theReviewDateMustBe")));
        }
        return errors;
    }

    private static void name(List<FieldError> errors, String field, String value, String missing) {
        if (value == null) {
            errors.add(new FieldError(field, missing));
        } else if (value.length() > NAME_MAX) {
            errors.add(new FieldError(field, Messages.text("dpia.SignOffDetails.keepThisTo200Characters")));
        }
    }

    private static void text(List<FieldError> errors, String field, String value) {
        if (value != null && value.length() > REASONS_MAX) {
            errors.add(new FieldError(field, Messages.text("dpia.SignOffDetails.keepThisTo4000")));
        }
    }
}
