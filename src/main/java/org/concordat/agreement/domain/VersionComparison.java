package org.concordat.agreement.domain;

import java.io.Serializable;
import java.lang.reflect.RecordComponent;
import org.concordat.legal.domain.LegalBasis;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What changed between two versions of an agreement, field by field: details, parties, flows and section
 * answers. Parties and flows are matched by their keys, which an amendment keeps.
 */
public final class VersionComparison {

    /** Where a change is. */
    public enum Area {
        DETAILS, PARTY, FLOW, SECTION
    }

    /** What kind of change it is. */
    public enum Kind {
        ADDED, REMOVED, CHANGED
    }

    /**
     * One change. For ADDED and REMOVED parties and flows, field is null.
     *
     * @param key the party or flow key, the section answer key, or null for the details
     */
    public record Change(Area area, String key, String field, Kind kind, String before, String after) implements Serializable {
    }

    private VersionComparison() {
    }

    public static List<Change> between(AgreementVersion from, AgreementVersion to) {
        List<Change> changes = new ArrayList<>();
        field(changes, Area.DETAILS, null, "title", from.getTitle(), to.getTitle());
        field(changes, Area.DETAILS, null, "purpose", from.getPurpose(), to.getPurpose());
        field(changes, Area.DETAILS, null, "benefits", from.getBenefits(), to.getBenefits());
        field(changes, Area.DETAILS, null, "effectiveDate", from.getEffectiveDate(), to.getEffectiveDate());
        field(changes, Area.DETAILS, null, "reviewDate", from.getReviewDate(), to.getReviewDate());
        field(changes, Area.DETAILS, null, "endDate", from.getEndDate(), to.getEndDate());
        keyed(changes, Area.PARTY, byKey(from.getParties(), Party::getKey, Party::details),
                byKey(to.getParties(), Party::getKey, Party::details));
        keyed(changes, Area.FLOW, byKey(from.getFlows(), Flow::getKey, Flow::details),
                byKey(to.getFlows(), Flow::getKey, Flow::details));
        for (String key : new TreeSet<>(union(from.getAnswers().keySet(), to.getAnswers().keySet()))) {
            String before = from.getAnswers().get(key);
            String after = to.getAnswers().get(key);
            if (!Objects.equals(before, after)) {
                changes.add(new Change(Area.SECTION, key, null, before == null ? Kind.ADDED : after == null ? Kind.REMOVED
                        : Kind.CHANGED, before, after));
            }
        }
        return changes;
    }

    private static <T, R extends Record> Map<String, R> byKey(List<T> items, Function<T, String> key, Function<T, R> details) {
        Map<String, R> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(key.apply(i), details.apply(i)));
        return map;
    }

    private static void keyed(List<Change> changes, Area area, Map<String, ? extends Record> before,
                              Map<String, ? extends Record> after) {
        for (String key : union(before.keySet(), after.keySet())) {
            Record a = before.get(key);
            Record b = after.get(key);
            if (a == null) {
                changes.add(new Change(area, key, null, Kind.ADDED, null, b.toString()));
            } else if (b == null) {
                changes.add(new Change(area, key, null, Kind.REMOVED, a.toString(), null));
            } else {
                for (RecordComponent component : a.getClass().getRecordComponents()) {
                    Object was = value(component, a);
                    Object is = value(component, b);
                    if (was instanceof LegalBasis law && is instanceof LegalBasis other) {
                        // The law field by field, under the names the flow editor gives them.
                        law.fields().forEach((name, value) -> field(changes, area, key, name, value, other.fields().get(name)));
                    } else {
                        field(changes, area, key, component.getName(), was, is);
                    }
                }
            }
        }
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }

    private static void field(List<Change> changes, Area area, String key, String field, Object before, Object after) {
        Object a = before instanceof java.util.Set<?> s ? new TreeSet<>(s) : before;
        Object b = after instanceof java.util.Set<?> s ? new TreeSet<>(s) : after;
        if (!Objects.equals(a, b)) {
            changes.add(new Change(area, key, field, Kind.CHANGED, a == null ? null : a.toString(), b == null ? null : b.toString()));
        }
    }

    private static List<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        TreeSet<String> all = new TreeSet<>(a);
        all.addAll(b);
        return new ArrayList<>(all);
    }
}
