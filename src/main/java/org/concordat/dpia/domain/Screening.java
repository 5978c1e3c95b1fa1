package org.concordat.dpia.domain;

import java.io.Serializable;
import java.util.List;

/**
 * The screening policy: a "yes" to a high-risk question, or "yes" to two questions of any kind, makes a DPIA
 * required (UK GDPR Article 35(1) and (3), and the ICO's list of processing likely to result in high risk, which
 * counts two indicators together as high risk); a single "yes" to a question that is not high risk on its own
 * makes it recommended; no "yes" at all, not required. The reasons are the questions answered "yes".
 */
public final class Screening {

    /** A question answered "yes", and whether it is high risk on its own. */
    public record Reason(String questionKey, String question, String indicator, boolean highRisk) implements Serializable {
    }

    /** The outcome with its reasons; outcome is null while a question is unanswered. */
    public record Result(ScreeningOutcome outcome, List<Reason> reasons) {

        public Result {
            reasons = List.copyOf(reasons);
        }
    }

    private Screening() {
    }

    public static Result assess(List<ScreeningAnswer> answers) {
        List<Reason> reasons = answers.stream().filter(a -> Boolean.TRUE.equals(a.getAnswer()))
                .map(a -> new Reason(a.getQuestionKey(), a.getQuestion(), a.getIndicator(), a.isHighRisk())).toList();
        if (answers.isEmpty() || answers.stream().anyMatch(a -> a.getAnswer() == null)) {
            return new Result(null, reasons);
        }
        ScreeningOutcome outcome;
        if (reasons.stream().anyMatch(Reason::highRisk) || reasons.size() >= 2) {
            outcome = ScreeningOutcome.REQUIRED;
        } else if (reasons.size() == 1) {
            outcome = ScreeningOutcome.RECOMMENDED;
        } else {
            outcome = ScreeningOutcome.NOT_REQUIRED;
        }
        return new Result(outcome, reasons);
    }
}
