package org.concordat.legal.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.PublishedValue;

/**
 * The whole legal catalogue of one version. Built only from entries that pass every check: unique codes,
 * references to codes that exist and belong to the right topic, and successors ({@code replaced_by}) that exist,
 * belong to the same topic and apply from the day after the closed entry's last day or earlier.
 */
@PublishedValue
public final class Catalogue {

    private final String version;
    private final String title;
    private final Map<String, CatalogueEntry> byCode;
    private final List<CatalogueEntry> ordered;

    /**
     * @param sourceOf the file each entry came from, for error messages
     */
    public Catalogue(String version, String title, List<CatalogueEntry> entries, Map<String, String> sourceOf) {
        this.version = version;
        this.title = title;
        Map<String, CatalogueEntry> codes = new LinkedHashMap<>();
        for (CatalogueEntry entry : entries) {
            CatalogueEntry previous = codes.putIfAbsent(entry.code(), entry);
            if (previous != null) {
                throw new CatalogueException(sourceOf.get(entry.code()), entry.code(),
                        Messages.text("legal.Catalogue.theCodeIsUsedTwice", previous.topic().id()));
            }
        }
        this.byCode = Map.copyOf(codes);
        this.ordered = codes.values().stream()
                .sorted(Comparator.comparing((CatalogueEntry e) -> e.topic().ordinal()).thenComparing(Catalogue::naturalOrder))
                .toList();
        for (CatalogueEntry entry : entries) {
            String file = sourceOf.get(entry.code());
            for (String required : entry.requiresOneOf()) {
                CatalogueEntry target = byCode.get(required);
                Topic expected = entry.topic() == Topic.LAW_ENFORCEMENT ? Topic.LAW_ENFORCEMENT : Topic.DPA_SCHEDULE_1;
                if (target == null || target.topic() != expected) {
                    throw new CatalogueException(file, entry.code(), Messages.text("legal.Catalogue.itRefersTo",
                            required, expected.id()));
                }
            }
            if (entry.replacedBy() != null) {
                CatalogueEntry successor = byCode.get(entry.replacedBy());
                if (successor == null) {
                    throw new CatalogueException(file, entry.code(), Messages.text("legal.Catalogue.itIsReplacedBy",
                            entry.replacedBy()));
                }
                if (successor.topic() != entry.topic()) {
                    throw new CatalogueException(file, entry.code(), Messages.text("legal.Catalogue.itIsReplacedBy2",
                            entry.replacedBy(), successor.topic().id(), entry.topic().id()));
                }
                LocalDate dayAfter = entry.appliesUntil().plusDays(1);
                if (successor.appliesFrom().isAfter(dayAfter)) {
                    throw new CatalogueException(file, entry.code(), Messages.text("legal.Catalogue.itIsReplacedBy3",
                            entry.replacedBy(), successor.appliesFrom(), dayAfter));
                }
            }
            for (String sector : entry.sectors()) {
                CatalogueEntry target = byCode.get(sector);
                if (target == null || target.topic() != Topic.SECTORS) {
                    throw new CatalogueException(file, entry.code(), Messages.text("legal.Catalogue.itNamesTheSector",
                            sector, Topic.SECTORS.id()));
                }
            }
        }
    }

    private static final Pattern NUMBERS_OR_TEXT = Pattern.compile("\\d+|\\D+");

    public String version() {
        return version;
    }

    public String title() {
        return title;
    }

    public Optional<CatalogueEntry> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /**
     * The entry that took the place of a closed one and is law on that day: its successor, or the successor's
     * successor, and so on (a chain is followed at most as far as the catalogue is long). Empty when the entry
     * was not replaced, or when no successor is law on that day.
     */
    public Optional<CatalogueEntry> replacementOn(CatalogueEntry entry, LocalDate day) {
        CatalogueEntry current = entry;
        for (int step = 0; step < byCode.size() && current.replacedBy() != null; step++) {
            current = byCode.get(current.replacedBy());
            if (current == null) {
                return Optional.empty();
            }
            if (current.appliesOn(day)) {
                return Optional.of(current);
            }
        }
        return Optional.empty();
    }

    public List<CatalogueEntry> entries(Topic topic) {
        return all().filter(e -> e.topic() == topic).toList();
    }

    public int size() {
        return byCode.size();
    }

    /** Entries whose code, title, summary or citation contain every word of the text (any case). */
    public List<CatalogueEntry> search(String text, Topic topic) {
        List<String> words = text == null || text.isBlank() ? List.of()
                : List.of(text.trim().toLowerCase(Locale.ROOT).split("\\s+"));
        List<CatalogueEntry> found = new ArrayList<>();
        all().filter(e -> topic == null || e.topic() == topic).forEach(e -> {
            // The reader's words too: a Welsh reader searches in Welsh (or in the catalogue's English).
            String haystack = (e.code() + " " + e.title() + " " + e.summary() + " " + e.citation() + " "
                    + e.readerTitle() + " " + e.readerSummary()).toLowerCase(Locale.ROOT);
            if (words.stream().allMatch(haystack::contains)) {
                found.add(e);
            }
        });
        return found;
    }

    private Stream<CatalogueEntry> all() {
        return ordered.stream();
    }

    /** A9-2-j after A9-2-b, S1-P2-18 after S1-P2-6: numbers compare as numbers. */
    private static String naturalOrder(CatalogueEntry e) {
        StringBuilder sb = new StringBuilder();
        Matcher m = NUMBERS_OR_TEXT.matcher(e.code());
        while (m.find()) {
            String part = m.group();
            sb.append(Character.isDigit(part.charAt(0)) ? String.format("%08d", Long.parseLong(part)) : part);
        }
        return sb.toString();
    }
}
