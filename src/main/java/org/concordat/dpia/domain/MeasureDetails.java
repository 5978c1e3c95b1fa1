package org.concordat.dpia.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.MultiLine;
import org.concordat.shared.domain.Messages;

/**
 * A measure against one risk as the author describes it (ICO template, step 6): what is done, its effect, the
 * likelihood and severity that remain afterwards (the residual risk comes from the matrix), whether it is
 * approved, who owns it and by when it is done.
 */
public record MeasureDetails(@MultiLine String description, MeasureEffect effect, RiskLikelihood residualLikelihood,
                             RiskSeverity residualSeverity, boolean approved, String owner, LocalDate dueDate) {

    public MeasureDetails {
        description = RiskDetails.trim(description);
        owner = RiskDetails.trim(owner);
    }

    /** What is missing or too long, field by field; empty when the measure can be saved. */
    public List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        if (description == null) {
            errors.add(new FieldError("description", Messages.text("dpia.MeasureDetails.describeTheMeasureWhatWill")));
        } else if (description.length() > RiskDetails.TEXT_MAX) {
            errors.add(new FieldError("description", Messages.text("dpia.MeasureDetails.keepTheMeasureTo2")));
        }
        if (effect == null) {
            errors.add(new FieldError("effect", Messages.text("dpia.MeasureDetails.chooseTheMeasureSEffect")));
        }
        if (residualLikelihood == null) {
            errors.add(new FieldError("residualLikelihood", Messages.text("dpia.MeasureDetails.chooseHowLikelyTheHarm")));
        }
        if (residualSeverity == null) {
            errors.add(new FieldError("residualSeverity", Messages.text("dpia.MeasureDetails.chooseHowSevereTheHarm")));
        }
        if (owner != null && owner.length() > 200) {
            errors.add(new FieldError("owner", Messages.text("dpia.MeasureDetails.keepTheOwnerSName")));
        }
        return errors;
    }
}
