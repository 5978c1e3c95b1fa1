package org.concordat.route.domain;

import java.util.List;
import java.util.Set;

/**
 * The answer to a route check, as data: the outcome, the flows that cover the route (the preferred one first), the
 * parts no flow covers and why, the golden rules that apply, what to do now and, when no agreement covers the whole
 * route, the questions that decide the share on its own merits. Wording is the application's.
 */
public record RouteAnswer(RouteQuestion question, Outcome outcome, List<CoveringFlow> coveredBy, List<Gap> notCovered,
                          List<Reason> reasons, List<GoldenRule> goldenRules, List<Guidance> nextSteps,
                          List<DecisionQuestion> questionsToDecide) {

    public RouteAnswer {
        coveredBy = List.copyOf(coveredBy);
        notCovered = List.copyOf(notCovered);
        reasons = List.copyOf(reasons);
        goldenRules = List.copyOf(goldenRules);
        nextSteps = List.copyOf(nextSteps);
        questionsToDecide = List.copyOf(questionsToDecide);
    }

    public boolean reviewOverdue() {
        return coveredBy.stream().anyMatch(CoveringFlow::reviewOverdue);
    }

    /** Requested categories covered for everyone asked about. */
    public Set<String> coveredCategories() {
        return Codes.missing(question.dataCategories(), uncoveredCategories());
    }

    /** Requested categories not covered for at least one of the people asked about. */
    public Set<String> uncoveredCategories() {
        return Codes.sorted(notCovered.stream().flatMap(g -> g.categories().stream()).toList());
    }

    /** Requested subjects about whom every requested category is covered. */
    public Set<String> coveredSubjects() {
        return Codes.missing(question.dataSubjects(), uncoveredSubjects());
    }

    /** Requested subjects about whom at least one requested category is not covered. */
    public Set<String> uncoveredSubjects() {
        return Codes.sorted(notCovered.stream().flatMap(g -> g.subjects().stream()).toList());
    }
}
