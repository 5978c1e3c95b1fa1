package org.concordat.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The boundary rule of {@link ArchitectureTest} for SQL: a feature's code reads and writes only its own tables, and
 * another feature's data only through a view that feature publishes in its own migration (V25's route_candidate_*
 * views, for instance). ArchUnit sees Java types, not the table names in SQL strings, so this test reads them.
 */
class TableOwnershipTest {

    private static final Path MAIN = Path.of("src/main/java/org/concordat");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db");

    /** Which feature owns a table or view, by the start of its name; the first match wins. */
    private static final Map<String, String> OWNER_BY_PREFIX = new LinkedHashMap<>();

    static {
        // V32: what the owning features publish to the work queues (issue 23).
        OWNER_BY_PREFIX.put("work_agreement_", "agreement");
        OWNER_BY_PREFIX.put("work_dpia_", "dpia");
        OWNER_BY_PREFIX.put("work_route_", "route");
        OWNER_BY_PREFIX.put("work_security_", "security");
        OWNER_BY_PREFIX.put("route_candidate_", "agreement");
        OWNER_BY_PREFIX.put("record_candidate_", "agreement");
        OWNER_BY_PREFIX.put("caller_organisation", "organisation");
        OWNER_BY_PREFIX.put("organisation_name", "organisation");
        OWNER_BY_PREFIX.put("agreement", "agreement");
        OWNER_BY_PREFIX.put("dpia", "dpia");
        OWNER_BY_PREFIX.put("template", "template");
        OWNER_BY_PREFIX.put("sharing_decision", "route");
        OWNER_BY_PREFIX.put("route_gap", "route");
        OWNER_BY_PREFIX.put("signed_document", "document");
        OWNER_BY_PREFIX.put("document_signature", "document");
        OWNER_BY_PREFIX.put("signing_", "document");
        OWNER_BY_PREFIX.put("notification", "notification");
        OWNER_BY_PREFIX.put("comment_", "comment");
        OWNER_BY_PREFIX.put("audit_", "audit");
        OWNER_BY_PREFIX.put("organisation", "organisation");
        OWNER_BY_PREFIX.put("app_user", "security");
        OWNER_BY_PREFIX.put("api_token", "security");
        OWNER_BY_PREFIX.put("read_model_", "shared");
    }

    /** Views one feature publishes for another: view prefix to the feature allowed to read it. */
    private static final Map<String, Set<String>> PUBLISHED_TO = Map.of("route_candidate_", Set.of("route"),
            "caller_organisation", Set.of("security"), "record_candidate_", Set.of("processing"),
            "work_agreement_", Set.of("work"), "work_dpia_", Set.of("work"), "work_route_", Set.of("work"),
            "work_security_", Set.of("work"),
            // V37: the lists at partnership scale (issue 23) search and show organisations' names and who takes part.
            "organisation_name", Set.of("agreement", "dpia"), "agreement_participant", Set.of("dpia"));

    private static final Pattern CREATED = Pattern.compile("(?i)create\\s+(?:table|view)\\s+(\\w+)");
    /*
     * A table named in SQL: after from/join/update/into, and followed by what follows a table in SQL (an alias, a
     * clause, punctuation or the end of a text-block line) — so an English "unlinked from agreement " + id is not
     * mistaken for a query. Comments are removed first.
     */
    private static final Pattern NAMED_IN_SQL = Pattern.compile("(?i)\\b(?:from|join|update|into)\\s+(\\w+)"
            + "(?=\\s*(?:[(),;\\n]|$)|\\s+(?:[a-z]{1,2}|as|where|join|left|inner|on|set|using|order|group|values|limit|for)\\b)");
    private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");

    @Test
    void everyTableAndViewHasAnOwningFeature() {
        TreeSet<String> unowned = new TreeSet<>();
        for (String table : tablesAndViews()) {
            if (owner(table) == null) {
                unowned.add(table);
            }
        }
        assertTrue(unowned.isEmpty(), "Tables without an owning feature in OWNER_BY_PREFIX: " + unowned);
    }

    @Test
    void eachFeatureNamesOnlyItsOwnTablesOrViewsPublishedToIt() {
        List<String> trespasses = new ArrayList<>();
        TreeSet<String> known = tablesAndViews();
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
                String feature = MAIN.relativize(file).getName(0).toString();
                // shared/infrastructure holds Java migrations and the change feed, which span the schema by design.
                if (feature.equals("shared")) {
                    return;
                }
                trespasses.addAll(trespasses(feature, read(file), known).stream()
                        .map(t -> MAIN.relativize(file) + " names " + t).toList());
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(trespasses.isEmpty(), "SQL that reaches into another feature's tables:\n" + String.join("\n", trespasses));
    }

    /** The rule can fail: route naming agreement_flow is caught, its published view is not. */
    @Test
    void theRuleCatchesARouteQueryOfTheAgreementTables() {
        TreeSet<String> known = new TreeSet<>(List.of("agreement_flow", "route_candidate_flow", "sharing_decision"));
        assertEquals(List.of("agreement_flow"),
                trespasses("route", "select f.flow_key from agreement_flow f join sharing_decision d on true", known));
        assertEquals(List.of(), trespasses("route", "select f.flow_key from route_candidate_flow f", known));
        assertEquals(List.of("route_candidate_flow"),
                trespasses("dpia", "select f.flow_key from route_candidate_flow f", known));
        assertEquals(List.of(), trespasses("dpia", "refuse(\"unlinked from agreement_flow \" + id); // from agreement_flow f",
                known));
    }

    private static List<String> trespasses(String feature, String source, TreeSet<String> known) {
        List<String> found = new ArrayList<>();
        Matcher m = NAMED_IN_SQL.matcher(COMMENT.matcher(source).replaceAll(" "));
        while (m.find()) {
            String table = m.group(1).toLowerCase(Locale.ROOT);
            if (!known.contains(table)) {
                continue; // an English "from" in a comment or message, not a table
            }
            String owner = owner(table);
            boolean published = PUBLISHED_TO.entrySet().stream()
                    .anyMatch(p -> table.startsWith(p.getKey()) && p.getValue().contains(feature));
            if (!feature.equals(owner) && !"shared".equals(owner) && !published) {
                found.add(table);
            }
        }
        return found;
    }

    private static String owner(String table) {
        return OWNER_BY_PREFIX.entrySet().stream().filter(e -> table.startsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static TreeSet<String> tablesAndViews() {
        TreeSet<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            files.filter(f -> f.toString().endsWith(".sql")).forEach(f -> {
                Matcher m = CREATED.matcher(read(f));
                while (m.find()) {
                    names.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
