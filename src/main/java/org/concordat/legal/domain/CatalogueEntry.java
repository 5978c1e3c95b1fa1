package org.concordat.legal.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concordat.shared.domain.Language;
import org.concordat.shared.domain.ReaderLanguage;

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
 * @param translations  the title and summary in other languages than English (Welsh, issue 23), read beside the
 *                      catalogue; the code, the citation and the dates are never translated
 */
public record CatalogueEntry(Topic topic, String code, String title, String summary, String citation,
                             LocalDate appliesFrom, LocalDate appliesUntil, Set<String> jurisdictions,
                             Set<String> flags, List<String> requiresOneOf, Integer part, Integer paragraph,
                             String kind, List<String> sectors, String replacedBy,
                             Map<Language, Words> translations) implements Serializable {

    /** An entry's title and summary in one language. */
    public record Words(String title, String summary) implements Serializable {
    }

    public CatalogueEntry {
        jurisdictions = Set.copyOf(jurisdictions);
        flags = Set.copyOf(flags);
        requiresOneOf = List.copyOf(requiresOneOf);
        sectors = List.copyOf(sectors);
        translations = translations == null ? Map.of() : Map.copyOf(translations);
    }

    /** An entry in English only. */
    public CatalogueEntry(Topic topic, String code, String title, String summary, String citation,
                          LocalDate appliesFrom, LocalDate appliesUntil, Set<String> jurisdictions,
                          Set<String> flags, List<String> requiresOneOf, Integer part, Integer paragraph,
                          String kind, List<String> sectors, String replacedBy) {
        this(topic, code, title, summary, citation, appliesFrom, appliesUntil, jurisdictions, flags, requiresOneOf,
                part, paragraph, kind, sectors, replacedBy, Map.of());
    }

    /** The same entry with its words in these languages. */
    public CatalogueEntry translated(Map<Language, Words> words) {
        return new CatalogueEntry(topic, code, title, summary, citation, appliesFrom, appliesUntil, jurisdictions,
                flags, requiresOneOf, part, paragraph, kind, sectors, replacedBy, words);
    }

    /**
     * The title in that language, or in English where it has not been translated. {@link #title()} stays the
     * English of the catalogue: what documents and data formats carry.
     */
    public String title(Language language) {
        Words words = translations.get(language);
        return words == null ? title : words.title();
    }

    public String summary(Language language) {
        Words words = translations.get(language);
        return words == null ? summary : words.summary();
    }

    /** The title in the language of whoever reads what this thread writes (a page, a route check's answer). */
    public String readerTitle() {
        return title(ReaderLanguage.current());
    }

    public String readerSummary() {
        return summary(ReaderLanguage.current());
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
