package org.concordat.legal.domain;

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

/**
 * The whole legal catalogue of one version. Built only from entries that pass every check: unique codes,
 * references to codes that exist and belong to the right topic.
 */
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
                        "the code is used twice (also in topic " + previous.topic().id() + "); codes must be unique");
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
                    throw new CatalogueException(file, entry.code(), "it refers to " + required
                            + ", which is not a code of " + expected.id());
                }
            }
            for (String sector : entry.sectors()) {
                CatalogueEntry target = byCode.get(sector);
                if (target == null || target.topic() != Topic.SECTORS) {
                    throw new CatalogueException(file, entry.code(), "it names the sector " + sector
                            + ", which is not a code of " + Topic.SECTORS.id());
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
            String haystack = (e.code() + " " + e.title() + " " + e.summary() + " " + e.citation())
                    .toLowerCase(Locale.ROOT);
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
