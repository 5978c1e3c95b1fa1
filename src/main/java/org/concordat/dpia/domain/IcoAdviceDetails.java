package org.concordat.dpia.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.Messages;

/**
 * The Information Commissioner's written advice after a prior consultation (UK GDPR Article 36(2); DPA 2018 section
 * 65 for law enforcement processing), as the organisation records it: the ICO's reference, the day the advice
 * arrived, what it said, and how the organisation followed it.
 */
public record IcoAdviceDetails(String reference, LocalDate receivedOn, String advice, String howFollowed) {

    static final int REFERENCE_MAX = 100;
    static final int TEXT_MAX = 8000;

    public IcoAdviceDetails {
        reference = RiskDetails.trim(reference);
        advice = RiskDetails.trim(advice);
        howFollowed = RiskDetails.trim(howFollowed);
    }

    /**
     * What is missing, too long or impossible, field by field: the advice cannot arrive before the DPIA was signed
     * off (the consultation starts from the signed-off assessment) nor after today.
     */
    public List<FieldError> problems(LocalDate signedOffOn, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (reference == null) {
            errors.add(new FieldError("reference", Messages.text("dpia.IcoAdviceDetails.giveTheIcoSReference")));
        } else if (reference.length() > REFERENCE_MAX) {
            errors.add(new FieldError("reference", Messages.text("dpia.IcoAdviceDetails.keepTheReferenceTo100")));
        }
        if (receivedOn == null) {
            errors.add(new FieldError("receivedOn", Messages.text("dpia.IcoAdviceDetails.giveTheDateTheIco")));
        } else if (receivedOn.isAfter(today)) {
            errors.add(new FieldError("receivedOn", Messages.text("dpia.IcoAdviceDetails.theAdviceCannotHaveArrived")));
        } else if (signedOffOn != null && receivedOn.isBefore(signedOffOn)) {
            errors.add(new FieldError("receivedOn", Messages.text("dpia.IcoAdviceDetails.theAdviceCannotHaveArrived2",
                    signedOffOn)));
        }
        text(errors, "advice", advice, Messages.text("dpia.IcoAdviceDetails.summariseTheIcoSWritten"));
        text(errors, "howFollowed", howFollowed, Messages.text("dpia.IcoAdviceDetails.sayHowTheAdviceWas"));
        return errors;
    }

    private static void text(List<FieldError> errors, String field, String value, String missing) {
        if (value == null) {
            errors.add(new FieldError(field, missing));
        } else if (value.length() > TEXT_MAX) {
            errors.add(new FieldError(field, Messages.text("dpia.IcoAdviceDetails.keepThisTo8000")));
        }
    }
}
