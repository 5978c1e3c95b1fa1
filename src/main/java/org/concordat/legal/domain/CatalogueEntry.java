package org.concordat.legal.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One provision or vocabulary term: its stable code, a plain-English summary for practitioners, the exact
 * citation, the dates between which it applies, and what the compliance rules need to know about it.
 *
 * @param requiresOneOf codes of which one must also be relied on (an Art 9 condition's Schedule 1 conditions,
 *                      s35(5)'s Schedule 8 conditions); empty when none
 * @param part          DPA 2018 Schedule 1 part, or null
 * @param paragraph     DPA 2018 Schedule 1 paragraph, or null
 * @param kind          law-enforcement kind (lawful-basis, sensitive-processing, schedule-8), or null
 * @param sectors       sector codes a statutory gateway binds; empty when not stated
 * @param replacedBy    on an entry closed because the law changed, the code of the entry that took its place
 *                      (same topic, in force from the day after this one's last day or earlier); otherwise null
 */
public record CatalogueEntry(Topic topic, String code, String title, String summary, String citation,
                             LocalDate appliesFrom, LocalDate appliesUntil, Set<String> jurisdictions,
                             Set<String> flags, List<String> requiresOneOf, Integer part, Integer paragraph,
                             String kind, List<String> sectors, String replacedBy) implements Serializable {

    public CatalogueEntry {
        jurisdictions = Set.copyOf(jurisdictions);
        flags = Set.copyOf(flags);
        requiresOneOf = List.copyOf(requiresOneOf);
        sectors = List.copyOf(sectors);
    }

    public boolean has(String flag) {
        return flags.contains(flag);
    }

    /** Whether the entry was closed because the law changed, and another entry took its place. */
    public boolean isReplaced() {
        return replacedBy != null;
    }

    /** Whether the provision is law on that day (an agreement is checked against the law as it stood). */
    public boolean appliesOn(LocalDate day) {
        return !day.isBefore(appliesFrom) && (appliesUntil == null || !day.isAfter(appliesUntil));
    }
}
