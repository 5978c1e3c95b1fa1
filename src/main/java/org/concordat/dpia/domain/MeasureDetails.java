package org.concordat.dpia.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.MultiLine;

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
            errors.add(new FieldError("description", "Describe the measure: what will be done to reduce or remove the risk."));
        } else if (description.length() > RiskDetails.TEXT_MAX) {
            errors.add(new FieldError("description", "Keep the measure to 2,000 characters or fewer."));
        }
        if (effect == null) {
            errors.add(new FieldError("effect", "Choose the measure's effect on the risk: eliminated, reduced or accepted."));
        }
        if (residualLikelihood == null) {
            errors.add(new FieldError("residualLikelihood", "Choose how likely the harm remains once the measure is in place."));
        }
        if (residualSeverity == null) {
            errors.add(new FieldError("residualSeverity", "Choose how severe the harm would remain once the measure is in place."));
        }
        if (owner != null && owner.length() > 200) {
            errors.add(new FieldError("owner", "Keep the owner's name to 200 characters or fewer."));
        }
        return errors;
    }
}
