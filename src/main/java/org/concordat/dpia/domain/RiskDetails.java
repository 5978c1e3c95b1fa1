package org.concordat.dpia.domain;

import java.util.ArrayList;
import java.util.List;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.MultiLine;
import org.concordat.shared.domain.Messages;

/**
 * A risk as the author describes it (ICO template, step 5): where it comes from, the harm it could do to the people
 * concerned, how likely and how severe. The overall risk is never given: the matrix works it out.
 */
public record RiskDetails(@MultiLine String source, @MultiLine String impact, RiskLikelihood likelihood, RiskSeverity severity) {

    static final int TEXT_MAX = 2000;

    public RiskDetails {
        source = trim(source);
        impact = trim(impact);
    }

    /** What is missing or too long, field by field; empty when the risk can be saved. */
    public List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        if (source == null) {
            errors.add(new FieldError("source", Messages.text("dpia.RiskDetails.describeTheSourceOfThe")));
        } else if (source.length() > TEXT_MAX) {
            errors.add(new FieldError("source", Messages.text("dpia.RiskDetails.keepTheSourceOfThe")));
        }
        if (impact == null) {
            errors.add(new FieldError("impact", Messages.text("dpia.RiskDetails.describeTheHarmToThe")));
        } else if (impact.length() > TEXT_MAX) {
            errors.add(new FieldError("impact", Messages.text("dpia.RiskDetails.keepTheDescriptionOfThe")));
        }
        if (likelihood == null) {
            errors.add(new FieldError("likelihood", Messages.text("dpia.RiskDetails.chooseHowLikelyTheHarm")));
        }
        if (severity == null) {
            errors.add(new FieldError("severity", Messages.text("dpia.RiskDetails.chooseHowSevereTheHarm")));
        }
        return errors;
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
