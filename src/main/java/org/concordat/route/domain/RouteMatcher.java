package org.concordat.route.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Answers a route check from the candidate versions between the two organisations.
 * <p>
 * A route is a grid: each requested data subject with each requested data category. A flow covers the cells of its
 * own subjects and categories when its version is in force, it runs from the asking organisation to the recipient
 * (or both ways), and it is for the question's purpose. All cells covered: COVERED; some: PARTLY_COVERED; none:
 * NOT_COVERED. Among flows that cover, the one that covers the most wins, the most recent version breaking ties,
 * and more are added only for cells it leaves out. Reasons are given only for what remains uncovered, and a version's
 * flows that fall short the same way share one reason.
 */
public final class RouteMatcher {

    private static final List<FlowPolicy> POLICIES = List.of(new DirectionPolicy(), new PurposePolicy(),
            new SubjectPolicy(), new CategoryPolicy());

    private record Cell(String subject, String category) {
    }

    /** What makes flow reasons alike: the rule, the version, and the codes left out. */
    private record Alike(ReasonCode code, long versionId, Set<String> items) {
    }

    /** A flow between the two organisations, judged against the question. */
    private record Judged(CandidateVersion version, CandidateFlow flow, boolean inForce, List<Reason> reasons,
                          Set<Cell> cells) {

        /** In force, the right way, for the purpose, and carrying at least one requested cell. */
        boolean usable() {
            return inForce && !cells.isEmpty() && reasons.stream()
                    .noneMatch(r -> r.code().scope() == ReasonCode.Scope.FLOW);
        }
    }

    /** The more recent version first; within one version, the lower flow key. */
    private static final Comparator<Judged> PREFERRED = Comparator
            .comparing(Judged::version, CandidateVersion.MOST_RECENT_FIRST)
            .thenComparing(j -> j.flow().key());

    public RouteAnswer answer(RouteQuestion question, List<CandidateVersion> candidates, LocalDate today) {
        if (!question.recipientListed()) {
            return notCovered(question, List.of(Reason.ofRoute(ReasonCode.RECIPIENT_NOT_LISTED)));
        }
        List<CandidateVersion> shown = candidates.stream()
                .filter(v -> Lifecycle.of(v, today) != Lifecycle.NOT_SHOWN)
                .sorted(CandidateVersion.MOST_RECENT_FIRST).toList();
        if (shown.isEmpty()) {
            return notCovered(question, List.of(Reason.ofRoute(ReasonCode.NO_AGREEMENT)));
        }

        List<Reason> versionReasons = new ArrayList<>();
        List<Judged> judged = new ArrayList<>();
        for (CandidateVersion version : shown) {
            Lifecycle lifecycle = Lifecycle.of(version, today);
            lifecycle.reason(version).ifPresent(versionReasons::add);
            // Flows between other parties of the same agreement say nothing about this route.
            List<CandidateFlow> between = version.flows().stream()
                    .filter(f -> f.between(question.fromOrganisationId(), question.toOrganisationId())).toList();
            if (between.isEmpty()) {
                versionReasons.add(Reason.ofVersion(ReasonCode.NO_FLOW_BETWEEN, version, null));
            }
            for (CandidateFlow flow : between) {
                List<Reason> reasons = POLICIES.stream().map(p -> p.check(question, version, flow))
                        .flatMap(Optional::stream).toList();
                judged.add(new Judged(version, flow, lifecycle == Lifecycle.IN_FORCE, reasons,
                        cells(Codes.common(question.dataSubjects(), flow.dataSubjects()),
                                Codes.common(question.dataCategories(), flow.dataCategories()))));
            }
        }

        Set<Cell> open = cells(question.dataSubjects(), question.dataCategories());
        int requested = open.size();
        List<CoveringFlow> coveredBy = new ArrayList<>();
        List<Judged> usable = new ArrayList<>(judged.stream().filter(Judged::usable).sorted(PREFERRED).toList());
        while (!open.isEmpty()) {
            Optional<Judged> best = usable.stream().filter(j -> j.cells().stream().anyMatch(open::contains))
                    .max(Comparator.comparingLong((Judged j) -> j.cells().stream().filter(open::contains).count())
                            .thenComparing(PREFERRED.reversed()));
            if (best.isEmpty()) {
                break;
            }
            Judged chosen = best.get();
            usable.remove(chosen);
            open.removeAll(chosen.cells());
            coveredBy.add(new CoveringFlow(chosen.version(), chosen.flow(),
                    Codes.common(question.dataSubjects(), chosen.flow().dataSubjects()),
                    Codes.common(question.dataCategories(), chosen.flow().dataCategories()),
                    chosen.version().reviewOverdueOn(today)));
        }

        Outcome outcome = open.isEmpty() ? Outcome.COVERED
                : open.size() < requested ? Outcome.PARTLY_COVERED : Outcome.NOT_COVERED;
        List<Reason> reasons = new ArrayList<>();
        if (outcome != Outcome.COVERED) {
            reasons.addAll(versionReasons);
            List<Reason> flowReasons = new ArrayList<>();
            judged.forEach(j -> j.reasons().forEach(r -> restrictedTo(r, open).ifPresent(flowReasons::add)));
            reasons.addAll(together(flowReasons));
        }
        boolean overdue = coveredBy.stream().anyMatch(CoveringFlow::reviewOverdue);
        return new RouteAnswer(question, outcome, coveredBy, gaps(open), reasons, Advice.goldenRules(outcome),
                Advice.nextSteps(question, outcome, overdue), Advice.questions(question, outcome));
    }

    private static RouteAnswer notCovered(RouteQuestion question, List<Reason> reasons) {
        return new RouteAnswer(question, Outcome.NOT_COVERED, List.of(),
                gaps(cells(question.dataSubjects(), question.dataCategories())), reasons,
                Advice.goldenRules(Outcome.NOT_COVERED), Advice.nextSteps(question, Outcome.NOT_COVERED, false),
                Advice.questions(question, Outcome.NOT_COVERED));
    }

    /**
     * A content reason keeps only the subjects or categories still uncovered (another flow may cover the rest), and
     * is dropped when none is left.
     */
    private static Optional<Reason> restrictedTo(Reason reason, Set<Cell> open) {
        Set<String> stillOpen = new HashSet<>();
        switch (reason.code()) {
            case SUBJECT_NOT_INCLUDED -> open.forEach(c -> stillOpen.add(c.subject()));
            case CATEGORY_NOT_INCLUDED -> open.forEach(c -> stillOpen.add(c.category()));
            default -> {
                return Optional.of(reason);
            }
        }
        Set<String> items = Codes.common(reason.items(), stillOpen);
        return items.isEmpty() ? Optional.empty()
                : Optional.of(new Reason(reason.code(), reason.version(), reason.flowKeys(), items, reason.date()));
    }

    /**
     * One reason for the flows of a version that fall short the same way: by the same rule and, unless the rule is the
     * purpose (each flow's own is named), leaving out the same codes. Two organisations may share a dozen versions of
     * several flows each, and one reason per flow and rule made answers of 177 reasons.
     */
    private static List<Reason> together(List<Reason> flowReasons) {
        Map<Alike, List<Reason>> alike = new LinkedHashMap<>();
        for (Reason r : flowReasons) {
            Set<String> items = r.code() == ReasonCode.PURPOSE_NOT_INCLUDED ? Set.of() : r.items();
            alike.computeIfAbsent(new Alike(r.code(), r.version().versionId(), items), k -> new ArrayList<>()).add(r);
        }
        return alike.values().stream().map(same -> same.size() == 1 ? same.get(0)
                : new Reason(same.get(0).code(), same.get(0).version(),
                        same.stream().flatMap(r -> r.flowKeys().stream()).toList(),
                        same.stream().flatMap(r -> r.items().stream()).collect(Collectors.toSet()), null)).toList();
    }

    private static Set<Cell> cells(Set<String> subjects, Set<String> categories) {
        Set<Cell> cells = new HashSet<>();
        subjects.forEach(s -> categories.forEach(c -> cells.add(new Cell(s, c))));
        return cells;
    }

    /** Uncovered cells as few gaps as possible: subjects missing the same categories go together. */
    private static List<Gap> gaps(Set<Cell> open) {
        Map<String, Set<String>> bySubject = new TreeMap<>();
        open.forEach(c -> bySubject.computeIfAbsent(c.subject(), s -> new TreeSet<>()).add(c.category()));
        Map<Set<String>, Set<String>> subjectsByCategories = new LinkedHashMap<>();
        bySubject.forEach((subject, categories) ->
                subjectsByCategories.computeIfAbsent(categories, c -> new TreeSet<>()).add(subject));
        return subjectsByCategories.entrySet().stream().map(e -> new Gap(e.getValue(), e.getKey())).toList();
    }
}
