package org.concordat.route.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which golden rules, next steps and questions go with an answer. An agreement records and supports lawful sharing;
 * it never grants permission, and "not covered" never means "not permitted" (DfE information sharing advice 2024,
 * Annex A; Working Together 2023 §31). So a route no agreement covers gets every golden rule — the ones that stop
 * fear of the law leaving someone at risk, and the ones about openness with the family (2) and protecting identities
 * (5), which matter most when the recipient is unknown — the reminder that a referral needs no agreement, and the
 * questions that decide a share on its own merits. A partly covered route needs both halves.
 */
final class Advice {

    private static final Set<GoldenRule> WHEN_COVERED = EnumSet.of(GoldenRule.ENGAGE_THE_FAMILY,
            GoldenRule.PROTECT_IDENTITIES, GoldenRule.NECESSARY_AND_PROPORTIONATE, GoldenRule.RECORD_THE_DECISION);

    private Advice() {
    }

    static List<GoldenRule> goldenRules(Outcome outcome) {
        return List.copyOf(outcome == Outcome.COVERED ? WHEN_COVERED : EnumSet.allOf(GoldenRule.class));
    }

    static List<Guidance> nextSteps(RouteQuestion question, Outcome outcome, boolean reviewOverdue) {
        List<Guidance> steps = new ArrayList<>();
        boolean emergency = question.emergency() && outcome != Outcome.COVERED;
        // The emergency step comes first: in a hurry, it is the one that matters, and it already says to share now.
        if (emergency) {
            steps.add(Guidance.EMERGENCY_SHARE_NOW);
        }
        switch (outcome) {
            case COVERED -> steps.add(Guidance.SHARE_AS_AGREED);
            case PARTLY_COVERED -> {
                steps.add(Guidance.SHARE_ONLY_THE_COVERED_PART);
                withoutAnAgreement(steps, emergency);
                steps.add(Guidance.ASK_THE_DPO);
                steps.add(Guidance.ASK_FOR_AN_AGREEMENT);
            }
            case NOT_COVERED -> {
                if (!question.recipientListed()) {
                    steps.add(Guidance.CHECK_THE_RECIPIENT);
                }
                withoutAnAgreement(steps, emergency);
                steps.add(Guidance.ASK_THE_DPO);
                if (question.recipientListed()) {
                    steps.add(Guidance.ASK_FOR_AN_AGREEMENT);
                }
            }
        }
        if (reviewOverdue) {
            steps.add(Guidance.REPORT_OVERDUE_REVIEW);
        }
        return List.copyOf(steps);
    }

    /** The questions that decide a share no agreement covers; none in an emergency, where the first step decides. */
    static List<DecisionQuestion> questions(RouteQuestion question, Outcome outcome) {
        if (outcome == Outcome.COVERED || question.emergency()) {
            return List.of();
        }
        return List.of(DecisionQuestion.values());
    }

    private static void withoutAnAgreement(List<Guidance> steps, boolean emergency) {
        if (!emergency) {
            steps.add(Guidance.REFER_WITHOUT_AN_AGREEMENT);
            steps.add(Guidance.DECIDE_WITHOUT_AN_AGREEMENT);
        }
    }
}
