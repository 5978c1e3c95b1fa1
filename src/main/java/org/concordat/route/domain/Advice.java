package org.concordat.route.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which golden rules and next steps go with an answer. Sharing as agreed still calls for openness with the family,
 * care for identities, no more than is needed, and a record; sharing without an agreement calls for the rules that
 * stop fear of the law leaving a child at risk, and for advice. A partly covered route needs both.
 */
final class Advice {

    private static final Set<GoldenRule> WHEN_COVERED = EnumSet.of(GoldenRule.ENGAGE_THE_FAMILY,
            GoldenRule.PROTECT_IDENTITIES, GoldenRule.NECESSARY_AND_PROPORTIONATE, GoldenRule.RECORD_THE_DECISION);

    private static final Set<GoldenRule> WHEN_NOT_COVERED = EnumSet.of(GoldenRule.SAFETY_BEFORE_PRIVACY,
            GoldenRule.CONSENT_NOT_NEEDED_WHEN_AT_RISK, GoldenRule.SEEK_ADVICE, GoldenRule.NECESSARY_AND_PROPORTIONATE,
            GoldenRule.RECORD_THE_DECISION);

    private Advice() {
    }

    static List<GoldenRule> goldenRules(Outcome outcome) {
        EnumSet<GoldenRule> rules = EnumSet.noneOf(GoldenRule.class);
        if (outcome != Outcome.NOT_COVERED) {
            rules.addAll(WHEN_COVERED);
        }
        if (outcome != Outcome.COVERED) {
            rules.addAll(WHEN_NOT_COVERED);
        }
        return List.copyOf(rules);
    }

    static List<Guidance> nextSteps(RouteQuestion question, Outcome outcome, boolean reviewOverdue) {
        List<Guidance> steps = new ArrayList<>();
        // The emergency step comes first: in a hurry, it is the one that matters.
        if (question.emergency() && outcome != Outcome.COVERED) {
            steps.add(Guidance.EMERGENCY_SHARE_NOW);
        }
        switch (outcome) {
            case COVERED -> steps.add(Guidance.SHARE_AS_AGREED);
            case PARTLY_COVERED -> steps.addAll(List.of(Guidance.SHARE_ONLY_THE_COVERED_PART, Guidance.ASK_THE_DPO,
                    Guidance.ASK_FOR_AN_AGREEMENT));
            case NOT_COVERED -> {
                if (!question.recipientListed()) {
                    steps.add(Guidance.CHECK_THE_RECIPIENT);
                }
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
}
