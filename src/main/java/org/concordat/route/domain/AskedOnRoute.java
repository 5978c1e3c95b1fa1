package org.concordat.route.domain;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What practitioners asked about on one uncovered route: how many checks, and for each kind of person and of data how
 * many of those checks named it, most asked first. A draft agreement for the route starts from this, the author
 * choosing what the flow really needs.
 */
public record AskedOnRoute(int checks, Map<String, Long> dataSubjects, Map<String, Long> dataCategories) {

    public AskedOnRoute {
        dataSubjects = Map.copyOf(dataSubjects);
        dataCategories = Map.copyOf(dataCategories);
    }

    public static AskedOnRoute of(List<RouteGap> gaps) {
        return new AskedOnRoute(gaps.size(), tally(gaps, RouteGap::getDataSubjects), tally(gaps, RouteGap::getDataCategories));
    }

    /** Codes most asked first (ties by code), with how many checks asked each. */
    public static LinkedHashMap<String, Long> mostAskedFirst(Map<String, Long> counts) {
        LinkedHashMap<String, Long> ordered = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    private static Map<String, Long> tally(List<RouteGap> gaps, Function<RouteGap, Set<String>> codes) {
        Map<String, Long> counts = new HashMap<>();
        gaps.forEach(g -> codes.apply(g).forEach(c -> counts.merge(c, 1L, Long::sum)));
        return counts;
    }
}
