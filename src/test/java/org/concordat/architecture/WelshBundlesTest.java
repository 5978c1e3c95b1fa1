package org.concordat.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: every bundle has a complete Welsh bundle beside it, that says the same things in the same shape, and the
 * translator's review file lists every Welsh entry.
 *
 * <ul>
 * <li>every English key has a Welsh one, and there is no Welsh key English lacks;</li>
 * <li>a Welsh value has the same placeholders ({0}, {1,number}, {min}: each argument used at least once) and the same
 * HTML tags as the English one;</li>
 * <li>in a bundle read through MessageFormat, a Welsh value never has a single ASCII apostrophe (MessageFormat would
 * drop it and everything up to the next one): Welsh is written with ’ (U+2019);</li>
 * <li>{@code docs/translation/welsh-review.tsv} (bundle, key, English, Welsh, status) has one row per Welsh entry, with
 * the texts as they are in the bundles and a status, {@code machine-assisted} or {@code reviewed}. Regenerate it with
 * {@code -Dtranslation.update=true} (see docs/translation/README.md): statuses are kept, except that a row whose
 * English changed goes back to {@code machine-assisted}, as its Welsh must be looked at again.</li>
 * </ul>
 */
class WelshBundlesTest {

    static final Path RESOURCES = Path.of("src/main/resources");
    static final Path REVIEW = Path.of("docs/translation/welsh-review.tsv");
    static final String HEADER = "bundle\tkey\tEnglish\tWelsh\tstatus";
    static final Set<String> STATUSES = Set.of("machine-assisted", "reviewed");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*([\\w.]+)");
    private static final Pattern TAG = Pattern.compile("</?([A-Za-z][A-Za-z0-9]*)\\b[^>]*>");
    /** An apostrophe that is not one of a pair ('' is one apostrophe to MessageFormat). */
    private static final Pattern SINGLE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    /** A bundle: "org/concordat/route/route-text", its English and its Welsh entries. */
    record Bundle(String name, Map<String, String> english, Map<String, String> welsh) {

        /** Read through MessageFormat: Java's bundles (Messages, route, notification, document text) and Faces'. */
        boolean messageFormat() {
            String file = name.substring(name.lastIndexOf('/') + 1);
            return file.endsWith("-messages") || file.endsWith("-text") || file.equals("faces-messages");
        }
    }

    /** Every English bundle under src/main/resources with its Welsh (empty when there is no _cy file). */
    static List<Bundle> bundles() throws IOException {
        List<Bundle> bundles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".properties")).sorted().toList()) {
                String relative = RESOURCES.relativize(file).toString().replace('\\', '/');
                String name = relative.substring(0, relative.length() - ".properties".length());
                if (name.matches(".*_[a-z]{2}(_[A-Z]{2})?") || !isBundle(name)) {
                    continue;
                }
                Path welsh = RESOURCES.resolve(name + "_cy.properties");
                bundles.add(new Bundle(name, read(file), Files.exists(welsh) ? read(welsh) : Map.of()));
            }
        }
        return bundles;
    }

    /** Message bundles (not the configuration files that are also .properties). */
    static boolean isBundle(String name) {
        return name.startsWith("org/concordat/") || name.equals("ValidationMessages");
    }

    static Map<String, String> read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> entries = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> entries.put(k, properties.getProperty(k)));
        return entries;
    }

    @Test
    void everyEnglishEntryHasAWelshOneOfTheSameShape() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Bundle> bundles = bundles();
        assertTrue(bundles.size() >= 15, "the bundles were found: " + bundles.stream().map(Bundle::name).toList());
        for (Bundle bundle : bundles) {
            for (Map.Entry<String, String> e : bundle.english().entrySet()) {
                String welsh = bundle.welsh().get(e.getKey());
                String where = bundle.name() + "_cy: " + e.getKey();
                if (welsh == null) {
                    problems.add(where + " is missing");
                    continue;
                }
                if (!placeholders(e.getValue()).equals(placeholders(welsh))) {
                    problems.add(where + " has placeholders " + placeholders(welsh) + ", English " + placeholders(e.getValue()));
                }
                if (!tags(e.getValue()).equals(tags(welsh))) {
                    problems.add(where + " has HTML tags " + tags(welsh) + ", English " + tags(e.getValue()));
                }
                if (bundle.messageFormat() && SINGLE_APOSTROPHE.matcher(welsh).find()) {
                    problems.add(where + " has a single ' (MessageFormat drops it): write \u2019");
                }
            }
            bundle.welsh().keySet().stream().filter(k -> !bundle.english().containsKey(k))
                    .forEach(k -> problems.add(bundle.name() + "_cy: " + k + " is not in English (left over?)"));
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems in the Welsh bundles:\n" + String.join("\n", problems));
    }

    @Test
    void theReviewFileListsEveryWelshEntryAsItIs() throws IOException {
        Map<String, Row> existing = Files.exists(REVIEW) ? rows(Files.readAllLines(REVIEW, StandardCharsets.UTF_8)) : Map.of();
        List<Row> expected = new ArrayList<>();
        for (Bundle bundle : bundles()) {
            bundle.welsh().forEach((key, welsh) -> {
                String english = bundle.english().getOrDefault(key, "");
                Row before = existing.get(bundle.name() + "\t" + key);
                String status = before != null && before.english().equals(english) ? before.status() : "machine-assisted";
                expected.add(new Row(bundle.name(), key, english, welsh, status));
            });
        }
        String written = HEADER + "\n" + expected.stream().map(Row::line).collect(Collectors.joining("\n")) + "\n";
        if (Boolean.getBoolean("translation.update")) {
            Files.createDirectories(REVIEW.getParent());
            Files.writeString(REVIEW, written, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(REVIEW), REVIEW + " is missing: run with -Dtranslation.update=true");
        List<String> lines = Files.readAllLines(REVIEW, StandardCharsets.UTF_8);
        List<String> wrongStatus = lines.stream().skip(1).map(l -> l.split("\t", -1))
                .filter(c -> c.length != 5 || !STATUSES.contains(c[4])).map(c -> String.join(" | ", c)).toList();
        assertTrue(wrongStatus.isEmpty(), "rows whose status is neither machine-assisted nor reviewed: " + wrongStatus);
        if (!String.join("\n", lines).concat("\n").equals(written)) {
            Path seen = Path.of("target", "welsh-review-expected.tsv");
            Files.createDirectories(seen.getParent());
            Files.writeString(seen, written, StandardCharsets.UTF_8);
            assertEquals(written, String.join("\n", lines) + "\n", REVIEW + " is out of step with the bundles (expected: "
                    + seen + "). Run with -Dtranslation.update=true and review the diff.");
        }
    }

    @Test
    void theChecksCatchWhatTheyShould() {
        assertEquals(List.of("0", "1"), placeholders("{0} a {1,number} {1,choice,1#day|1<days}"));
        assertEquals(List.of("min"), placeholders("at least {min}"));
        assertEquals(List.of("/strong", "strong"), tags("<strong>x</strong>"));
        assertTrue(SINGLE_APOSTROPHE.matcher("Mae'n").find());
        assertTrue(!SINGLE_APOSTROPHE.matcher("it''s Mae\u2019n").find());
        Row row = new Row("b", "k", "Tab\there\nnewline \\ slash", "W", "reviewed");
        assertEquals(row, rows(List.of(HEADER, row.line())).get("b\tk"));
    }

    static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found.stream().distinct().sorted().toList();
    }

    static List<String> tags(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            found.add((m.group().startsWith("</") ? "/" : "") + m.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        return found.stream().sorted().toList();
    }

    /** One row of the review file; tabs, line breaks and backslashes in texts are written \t, \n and \\. */
    record Row(String bundle, String key, String english, String welsh, String status) {

        String line() {
            return String.join("\t", bundle, key, escape(english), escape(welsh), status);
        }
    }

    static Map<String, Row> rows(List<String> lines) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] c = line.split("\t", -1);
            if (c.length == 5) {
                rows.put(c[0] + "\t" + c[1], new Row(c[0], c[1], unescape(c[2]), unescape(c[3]), c[4]));
            }
        }
        return rows;
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
    }

    static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        Map<Character, Character> escapes = new HashMap<>(Map.of('t', '\t', 'n', '\n', 'r', '\r', '\\', '\\'));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && escapes.containsKey(text.charAt(i + 1))) {
                out.append(escapes.get(text.charAt(++i)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
