package org.concordat.legal.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.concordat.legal.domain.Catalogue;
import org.concordat.legal.domain.CatalogueEntry;
import org.concordat.legal.domain.CatalogueException;
import org.concordat.legal.domain.Topic;
import org.concordat.shared.domain.Language;
import org.concordat.shared.domain.Messages;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the catalogue from its YAML files (catalogue.yaml and the topic files it lists) and checks every entry,
 * field by field. SnakeYAML's safe constructor only: plain maps, lists, strings, numbers and dates.
 */
public class YamlCatalogueReader {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.()-]*");
    private static final Set<String> COMMON_FIELDS = Set.of("code", "title", "summary", "citation", "applies_from",
            "applies_until", "replaced_by", "jurisdictions", "flags");

    private final Function<String, InputStream> files;

    /** @param files opens a file of the catalogue folder by name, or returns null when there is none */
    public YamlCatalogueReader(Function<String, InputStream> files) {
        this.files = files;
    }

    public Catalogue read() {
        Map<String, Object> index = map(load("catalogue.yaml"), "catalogue.yaml", null, "the file");
        String version = text(index, "version", "catalogue.yaml", null, true);
        String title = text(index, "title", "catalogue.yaml", null, true);
        List<CatalogueEntry> entries = new ArrayList<>();
        Map<String, String> sourceOf = new HashMap<>();
        for (String file : strings(index.get("files"), "catalogue.yaml", null, "files")) {
            for (CatalogueEntry entry : readTopic(file)) {
                entries.add(entry);
                sourceOf.putIfAbsent(entry.code(), file);
            }
        }
        Map<String, Map<Language, CatalogueEntry.Words>> translated = new HashMap<>();
        for (String file : strings(index.getOrDefault("translations", List.of()), "catalogue.yaml", null, "translations")) {
            readTranslation(file, version, entries, translated);
        }
        entries.replaceAll(e -> translated.containsKey(e.code()) ? e.translated(translated.get(e.code())) : e);
        return new Catalogue(version, title, entries, sourceOf);
    }

    /**
     * A translation of the entries' titles and summaries (welsh.yaml): for this very version of the catalogue (an
     * English text changed since would otherwise keep a translation of what it used to say), codes that exist, each
     * once. An entry it leaves out is shown in English.
     */
    private void readTranslation(String file, String version, List<CatalogueEntry> entries,
                                 Map<String, Map<Language, CatalogueEntry.Words>> translated) {
        Map<String, Object> content = map(load(file), file, null, "the file");
        String code = text(content, "language", file, null, true);
        Language language = Language.ofCode(code).filter(l -> l != Language.ENGLISH)
                .orElseThrow(() -> new CatalogueException(file, null, Messages.text("legal.YamlCatalogueReader.unknownLanguage", code)));
        String forVersion = text(content, "catalogue_version", file, null, true);
        if (!forVersion.equals(version)) {
            throw new CatalogueException(file, null, Messages.text("legal.YamlCatalogueReader.translatesAnotherVersion",
                    forVersion, version));
        }
        Set<String> known = new HashSet<>();
        entries.forEach(e -> known.add(e.code()));
        Object list = content.get("entries");
        if (!(list instanceof List<?> rawEntries)) {
            throw new CatalogueException(file, null, Messages.text("legal.YamlCatalogueReader.entriesMustBeANon"));
        }
        int position = 0;
        for (Object raw : rawEntries) {
            position++;
            Map<String, Object> e = map(raw, file, "#" + position, "an entry");
            String entryCode = text(e, "code", file, "#" + position, true);
            if (!known.contains(entryCode)) {
                throw new CatalogueException(file, entryCode, Messages.text("legal.YamlCatalogueReader.translatesNoEntry"));
            }
            for (String key : e.keySet()) {
                if (!Set.of("code", "title", "summary", "review").contains(key)) {
                    throw new CatalogueException(file, entryCode, Messages.text("legal.YamlCatalogueReader.unknownTranslationField", key));
                }
            }
            Map<Language, CatalogueEntry.Words> words = translated.computeIfAbsent(entryCode, c -> new HashMap<>());
            if (words.put(language, new CatalogueEntry.Words(text(e, "title", file, entryCode, true),
                    text(e, "summary", file, entryCode, true))) != null) {
                throw new CatalogueException(file, entryCode, Messages.text("legal.YamlCatalogueReader.translatedTwice"));
            }
        }
    }

    private List<CatalogueEntry> readTopic(String file) {
        Map<String, Object> content = map(load(file), file, null, "the file");
        String topicId = text(content, "topic", file, null, true);
        Topic topic = Topic.byId(topicId).orElseThrow(() -> new CatalogueException(file, null,
                "unknown topic '" + topicId + "'"));
        if (!file.equals(topic.id() + ".yaml")) {
            throw new CatalogueException(file, null, "the topic " + topicId + " belongs in " + topic.id() + ".yaml");
        }
        Object list = content.get("entries");
        if (!(list instanceof List<?> rawEntries) || rawEntries.isEmpty()) {
            throw new CatalogueException(file, null, Messages.text("legal.YamlCatalogueReader.entriesMustBeANon"));
        }
        List<CatalogueEntry> entries = new ArrayList<>();
        int position = 0;
        for (Object raw : rawEntries) {
            position++;
            entries.add(entry(topic, file, raw, position));
        }
        return entries;
    }

    private CatalogueEntry entry(Topic topic, String file, Object raw, int position) {
        Map<String, Object> e = map(raw, file, "#" + position, "an entry");
        String code = text(e, "code", file, "#" + position, true);
        if (!CODE.matcher(code).matches()) {
            throw new CatalogueException(file, code, Messages.text("legal.YamlCatalogueReader.theCodeMayOnlyHold"));
        }
        for (String key : e.keySet()) {
            if (!COMMON_FIELDS.contains(key) && !topic.extraFields().contains(key)) {
                throw new CatalogueException(file, code, "unknown field '" + key + "' for topic " + topic.id());
            }
        }
        LocalDate from = date(e.get("applies_from"), file, code, "applies_from", true);
        LocalDate until = date(e.get("applies_until"), file, code, "applies_until", false);
        if (until != null && until.isBefore(from)) {
            throw new CatalogueException(file, code, "applies_until (" + until + ") is before applies_from (" + from + ")");
        }
        String replacedBy = e.get("replaced_by") == null ? null : text(e, "replaced_by", file, code, true);
        if (replacedBy != null && until == null) {
            throw new CatalogueException(file, code, Messages.text("legal.YamlCatalogueReader.replacedByNeedsAppliesUntil"));
        }
        if (code.equals(replacedBy)) {
            throw new CatalogueException(file, code, Messages.text("legal.YamlCatalogueReader.anEntryCannotBeReplaced"));
        }
        Set<String> flags = new LinkedHashSet<>(strings(e.getOrDefault("flags", List.of()), file, code, "flags"));
        for (String flag : flags) {
            if (!topic.allowedFlags().contains(flag)) {
                throw new CatalogueException(file, code, "unknown flag '" + flag + "'; " + topic.id()
                        + " allows " + String.join(", ", new java.util.TreeSet<>(topic.allowedFlags())));
            }
        }
        Set<String> jurisdictions = new HashSet<>(strings(e.getOrDefault("jurisdictions", List.of("england")),
                file, code, "jurisdictions"));
        List<String> requires = new ArrayList<>();
        requires.addAll(strings(e.getOrDefault("needs_schedule_1", List.of()), file, code, "needs_schedule_1"));
        requires.addAll(strings(e.getOrDefault("needs_schedule_8", List.of()), file, code, "needs_schedule_8"));
        Integer part = integer(e.get("part"), file, code, "part");
        Integer paragraph = integer(e.get("paragraph"), file, code, "paragraph");
        if (topic == Topic.DPA_SCHEDULE_1 && (part == null || paragraph == null || part < 1 || part > 3)) {
            throw new CatalogueException(file, code, Messages.text("legal.YamlCatalogueReader.aSchedule1ConditionNeeds"));
        }
        String kind = e.get("kind") == null ? null : text(e, "kind", file, code, true);
        if (topic == Topic.LAW_ENFORCEMENT && !Topic.LAW_ENFORCEMENT_KINDS.contains(kind)) {
            throw new CatalogueException(file, code, Messages.text("legal.YamlCatalogueReader.kindMustBeLawfulBasis"));
        }
        return new CatalogueEntry(topic, code, text(e, "title", file, code, true), text(e, "summary", file, code, true),
                text(e, "citation", file, code, false), from, until, jurisdictions, flags, requires, part, paragraph,
                kind, strings(e.getOrDefault("sectors", List.of()), file, code, "sectors"), replacedBy);
    }

    private Object load(String file) {
        InputStream in = files.apply(file);
        if (in == null) {
            throw new CatalogueException(file, null, Messages.text("legal.YamlCatalogueReader.theFileIsMissing"));
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (YAMLException e) {
            throw new CatalogueException(file, null, "not valid YAML: " + e.getMessage().lines().findFirst().orElse(""), e);
        } catch (IOException e) {
            throw new CatalogueException(file, null, Messages.text("legal.YamlCatalogueReader.cannotBeRead",
                    e.getMessage()), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String file, String entry, String what) {
        if (!(value instanceof Map<?, ?>)) {
            throw new CatalogueException(file, entry, Messages.text("legal.YamlCatalogueReader.mustBeAMappingOf", what));
        }
        return (Map<String, Object>) value;
    }

    private static String text(Map<String, Object> map, String key, String file, String entry, boolean required) {
        Object value = map.get(key);
        if (value == null || value.toString().isBlank()) {
            if (required) {
                throw new CatalogueException(file, entry, "'" + key + "' is required");
            }
            return "";
        }
        if (!(value instanceof String || value instanceof Number)) {
            throw new CatalogueException(file, entry, Messages.text("legal.YamlCatalogueReader.mustBeText", key));
        }
        return value.toString().trim();
    }

    private static List<String> strings(Object value, String file, String entry, String key) {
        if (!(value instanceof List<?> list)) {
            throw new CatalogueException(file, entry, Messages.text("legal.YamlCatalogueReader.mustBeAList", key));
        }
        List<String> out = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof String s) || s.isBlank()) {
                throw new CatalogueException(file, entry, Messages.text("legal.YamlCatalogueReader.mustHoldTextItemsOnly", key));
            }
            out.add(s.trim());
        }
        return out;
    }

    private static LocalDate date(Object value, String file, String entry, String key, boolean required) {
        if (value == null) {
            if (required) {
                throw new CatalogueException(file, entry, Messages.text("legal.YamlCatalogueReader.isRequiredADateSuch", key));
            }
            return null;
        }
        if (value instanceof Date d) {
            return d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(value.toString().trim());
        } catch (DateTimeParseException ex) {
            throw new CatalogueException(file, entry, Messages.text("legal.YamlCatalogueReader.isNotADateIn",
                    key, value));
        }
    }

    private static Integer integer(Object value, String file, String entry, String key) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Integer i)) {
            throw new CatalogueException(file, entry, Messages.text("legal.YamlCatalogueReader.mustBeAWholeNumber", key));
        }
        return i;
    }
}
