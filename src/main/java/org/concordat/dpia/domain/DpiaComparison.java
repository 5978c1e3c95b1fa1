package org.concordat.dpia.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What changed between two versions of a DPIA, field by field: the title, the screening answers, the step answers,
 * the risks and the measures. Risks and measures are matched by their keys, which a new version keeps.
 */
public final class DpiaComparison {

    /** Where a change is. */
    public enum Area {
        DETAILS, SCREENING, STEP, RISK, MEASURE
    }

    /** What kind of change it is. */
    public enum Kind {
        ADDED, REMOVED, CHANGED
    }

    /**
     * One change. For an added or removed risk or measure, field is null and before/after describe the whole.
     *
     * @param key the question, answer, risk or measure key, or null for the details
     */
    public record Change(Area area, String key, String field, Kind kind, String before, String after) {
    }

    private DpiaComparison() {
    }

    public static List<Change> between(DpiaVersion from, DpiaVersion to) {
        List<Change> changes = new ArrayList<>();
        field(changes, Area.DETAILS, null, "title", from.getTitle(), to.getTitle());
        Map<String, String> screeningBefore = screening(from);
        Map<String, String> screeningAfter = screening(to);
        values(changes, Area.SCREENING, screeningBefore, screeningAfter);
        values(changes, Area.STEP, from.getAnswers(), to.getAnswers());
        keyed(changes, Area.RISK, byKey(from.getRisks(), DpiaRisk::getKey, DpiaRisk::fields),
                byKey(to.getRisks(), DpiaRisk::getKey, DpiaRisk::fields));
        keyed(changes, Area.MEASURE, measures(from), measures(to));
        return changes;
    }

    private static Map<String, String> screening(DpiaVersion version) {
        Map<String, String> answers = new LinkedHashMap<>();
        version.getScreening().forEach(a -> answers.put(a.getQuestionKey(), a.getAnswer() == null ? null : a.getAnswer() ? "yes" : "no"));
        return answers;
    }

    private static Map<String, Map<String, String>> measures(DpiaVersion version) {
        Map<String, Map<String, String>> measures = new LinkedHashMap<>();
        for (DpiaRisk risk : version.getRisks()) {
            for (DpiaMeasure measure : risk.getMeasures()) {
                Map<String, String> fields = new LinkedHashMap<>();
                fields.put("risk", risk.getKey());
                fields.putAll(measure.fields());
                measures.put(measure.getKey(), fields);
            }
        }
        return measures;
    }

    private static <T> Map<String, Map<String, String>> byKey(List<T> items, Function<T, String> key,
                                                             Function<T, Map<String, String>> fields) {
        Map<String, Map<String, String>> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(key.apply(i), fields.apply(i)));
        return map;
    }

    private static void values(List<Change> changes, Area area, Map<String, String> before, Map<String, String> after) {
        for (String key : union(before.keySet(), after.keySet())) {
            String a = before.get(key);
            String b = after.get(key);
            if (!Objects.equals(a, b)) {
                changes.add(new Change(area, key, null, a == null ? Kind.ADDED : b == null ? Kind.REMOVED : Kind.CHANGED, a, b));
            }
        }
    }

    private static void keyed(List<Change> changes, Area area, Map<String, Map<String, String>> before,
                              Map<String, Map<String, String>> after) {
        for (String key : union(before.keySet(), after.keySet())) {
            Map<String, String> a = before.get(key);
            Map<String, String> b = after.get(key);
            if (a == null) {
                changes.add(new Change(area, key, null, Kind.ADDED, null, describe(b)));
            } else if (b == null) {
                changes.add(new Change(area, key, null, Kind.REMOVED, describe(a), null));
            } else {
                a.forEach((field, value) -> field(changes, area, key, field, value, b.get(field)));
            }
        }
    }

    private static String describe(Map<String, String> fields) {
        StringBuilder text = new StringBuilder();
        fields.forEach((k, v) -> {
            if (v != null) {
                text.append(text.isEmpty() ? "" : "; ").append(k).append(": ").append(v);
            }
        });
        return text.toString();
    }

    private static void field(List<Change> changes, Area area, String key, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(area, key, field, Kind.CHANGED, before, after));
        }
    }

    private static List<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        TreeSet<String> all = new TreeSet<>(java.util.Comparator.comparing((String s) -> s.replaceAll("\\d+$", ""))
                .thenComparing(s -> s.matches(".*\\d+$") ? Integer.parseInt(s.replaceAll("^.*?(\\d+)$", "$1")) : 0)
                .thenComparing(s -> s));
        all.addAll(a);
        all.addAll(b);
        return new ArrayList<>(all);
    }
}
