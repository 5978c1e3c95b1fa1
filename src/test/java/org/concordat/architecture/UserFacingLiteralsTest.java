package org.concordat.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 24: the sentences people read are in message bundles (resolved by {@code org.concordat.shared.domain.Messages}),
 * not in Java literals. This test reads every main Java source and fails on a string literal that looks like English
 * prose, outside the places where prose is not for people to read.
 *
 * <p>The heuristic, on the literal's text: it is prose when its first word is capitalised and followed by a space or a
 * comma with at least two words of two letters or more ("Not found", "Choose one of: "), when it holds at least three
 * words two of which are lower-case words side by side (" is not a competent authority"), or when it has three words
 * or more and ends with a full stop. It is not prose when it is SQL or JPQL (starts with a statement keyword, has
 * "select … from" or a {@code :parameter}) or a header value ({@code realm="…"}). Literals are not looked at in
 * comments, in annotations (OpenAPI descriptions are documentation), in statements that log, and in exceptions that are
 * never shown to a person (IllegalStateException and the like: they reach the log and the error page's incident number
 * only). What is left is listed in {@link #ALLOWED} with the reason, or in {@link #NOT_YET_MOVED} with how many.
 */
class UserFacingLiteralsTest {

    private static final Path MAIN = Path.of("src/main/java");

    /** Files whose prose literals are not messages, and why. */
    static final Map<String, String> ALLOWED = Map.of(
            "org/concordat/setup/application/DemoPartnership.java",
            "the demo partnership's fictional organisations, people and agreement texts: seed data, not messages",
            "org/concordat/setup/application/SecurityTxt.java",
            "the RFC 9116 file, a machine-read format with one comment line",
            "org/concordat/shared/application/Settings.java",
            "the default name of the first administrator and of their organisation: data stored in the database",
            "org/concordat/shared/web/SameOriginFormFilter.java",
            "why a cross-site form was refused, for the security log only; the person reads refused.crossSite");

    /**
     * Folders still holding prose, with how many literals in all, pinned so that the number can only go down (a folder,
     * not its files, so that moving a class within it keeps the count). A change that cannot move its sentences at
     * once names its folder here, with the reason.
     */
    static final Map<String, Integer> NOT_YET_MOVED = Map.of(
            // Issue 23 taught the scan words glued between values (who + " expired on " + day). What it found then,
            // mostly audit-trail summaries and the DPIA outline's prefilled text, is pinned here until moved.
            "org/concordat/agreement/application/", 2,
            "org/concordat/dpia/application/", 3,
            "org/concordat/legal/infrastructure/", 1,
            "org/concordat/route/application/", 1,
            "org/concordat/security/application/", 1,
            "org/concordat/template/application/", 3);

    private static final Pattern FIRST_WORD_CAPITALISED = Pattern.compile("^[A-Z][\\w'\u2019-]*[ ,].*", Pattern.DOTALL);
    private static final Pattern TWO_LETTER_WORD = Pattern.compile("[A-Za-z]{2,}");
    private static final Pattern WORD = Pattern.compile("(?:^|\\s)[A-Za-z][a-z'\u2019]*(?=[\\s,.;:)]|$)");
    private static final Pattern LOWER_CASE_PAIR = Pattern.compile("[a-z]{2,} [a-z]{2,}");
    private static final Pattern SQL_START = Pattern.compile(
            "(?i)^\\s*(select|insert|update|delete|with|from|where|join|order by|alter|create|drop)\\b.*", Pattern.DOTALL);
    private static final Pattern SQL_INSIDE = Pattern.compile("(?i)\\bselect\\b.+\\bfrom\\b|(?<![\\w:]):[a-z]\\w*", Pattern.DOTALL);
    /** A qualified column or field, "v.review_date", "g.checkedAt": three of them make a query, not prose. */
    private static final Pattern COLUMN = Pattern.compile("\\b[a-z]\\.[A-Za-z_]{2,}\\b");
    private static final Pattern NOT_FOR_PEOPLE = Pattern.compile("\\b(LOG|LOGGER|log|logger)\\s*\\.|\\.log\\(|\\bnew ("
            + "IllegalStateException|IllegalArgumentException|UncheckedIOException|AssertionError|UnsupportedOperationException"
            + "|RuntimeException|SecurityException|IOException|NoSuchElementException|PropertyNotFoundException"
            + "|PropertyNotWritableException|ELException|PersistenceException|DateTimeException)\\(");

    /**
     * A unit joined to a number (" seconds", "days "): one English word, but a translation must be able to put it
     * elsewhere and inflect it (issue 23), so it is a message too.
     */
    private static final Pattern UNIT = Pattern.compile(
            "(?i)^\\s*(seconds?|minutes?|hours?|days?|weeks?|months?|years?|eiliad|munud|awr|diwrnod)\\s*$");

    /** Whether a literal's text reads as English meant for a person. */
    static boolean prose(String text) {
        if (UNIT.matcher(text).matches() && !text.equals(text.strip())) {
            return true;
        }
        // Words glued between two values (who + " expired on " + day): a translation must be able to reorder them.
        if (text.length() > 2 && Character.isWhitespace(text.charAt(0)) && Character.isWhitespace(text.charAt(text.length() - 1))
                && LOWER_CASE_PAIR.matcher(text).find() && !COLUMN.matcher(text).find() && !text.contains("_")) {
            return true;
        }
        if (SQL_START.matcher(text).matches() || SQL_INSIDE.matcher(text).find() || text.contains("=\"")
                || COLUMN.matcher(text).results().count() >= 3) {
            return false;
        }
        long words = WORD.matcher(text).results().count();
        if (words >= 3 && LOWER_CASE_PAIR.matcher(text).find()) {
            return true;
        }
        if (FIRST_WORD_CAPITALISED.matcher(text).matches() && TWO_LETTER_WORD.matcher(text).results().count() >= 2) {
            return true;
        }
        return text.split("\\s+").length >= 3 && text.stripTrailing().endsWith(".") && Character.isLetter(text.charAt(0));
    }

    /** A prose literal: its line and text. */
    record Found(int line, String text) {
    }

    /** The prose literals of one Java source, outside comments, annotations, logging and never-shown exceptions. */
    static List<Found> proseLiterals(String javaSource) {
        String source = withoutComments(javaSource);
        List<Found> found = new ArrayList<>();
        int statementStart = 0;
        int depth = 0;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3) + 3;
                check(source, statementStart, i, source.substring(i + 3, end - 3), found);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (source.charAt(end) != c) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    check(source, statementStart, i, unescape(source.substring(i + 1, end)), found);
                }
                i = end + 1;
            } else {
                if (c == '(' || c == '[') {
                    depth++;
                } else if (c == ')' || c == ']') {
                    depth = Math.max(0, depth - 1);
                } else if ((c == ';' || c == '{' || c == '}') && depth == 0) {
                    statementStart = i + 1;
                }
                i++;
            }
        }
        return found;
    }

    private static void check(String source, int statementStart, int at, String text, List<Found> found) {
        String statement = source.substring(statementStart, at);
        if (statement.strip().startsWith("@") || NOT_FOR_PEOPLE.matcher(statement).find() || !prose(text)) {
            return;
        }
        found.add(new Found((int) source.substring(0, at).chars().filter(ch -> ch == '\n').count() + 1, text));
    }

    /** The source with every comment blanked out (lines kept), so that a statement's text is its code only. */
    static String withoutComments(String source) {
        StringBuilder code = new StringBuilder(source);
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i) || source.startsWith("/*", i)) {
                int end = source.startsWith("//", i) ? lineEnd(source, i) : source.indexOf("*/", i + 2) + 2;
                for (int j = i; j < end; j++) {
                    if (code.charAt(j) != '\n') {
                        code.setCharAt(j, ' ');
                    }
                }
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                i = source.indexOf("\"\"\"", i + 3) + 3;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (source.charAt(end) != c) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                i = end + 1;
            } else {
                i++;
            }
        }
        return code.toString();
    }

    private static int lineEnd(String source, int from) {
        int end = source.indexOf('\n', from);
        return end < 0 ? source.length() : end;
    }

    private static String unescape(String body) {
        return body.replace("\\\"", "\"").replace("\\'", "'").replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\");
    }

    @Test
    void noUserFacingSentenceIsWrittenInJava() throws IOException {
        Map<String, List<Found>> byFile = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(path -> {
                String name = MAIN.relativize(path).toString().replace('\\', '/');
                try {
                    List<Found> found = proseLiterals(Files.readString(path));
                    if (!found.isEmpty()) {
                        byFile.put(name, found);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        List<String> problems = new ArrayList<>();
        Map<String, Integer> pending = new TreeMap<>();
        byFile.forEach((name, found) -> {
            if (ALLOWED.containsKey(name)) {
                return;
            }
            String folder = NOT_YET_MOVED.keySet().stream().filter(name::startsWith).findFirst().orElse(null);
            if (folder != null) {
                pending.merge(folder, found.size(), Integer::sum);
            } else {
                found.forEach(f -> problems.add(name + ":" + f.line() + " \"" + f.text() + "\""));
            }
        });
        NOT_YET_MOVED.forEach((folder, pinned) -> {
            int now = pending.getOrDefault(folder, 0);
            if (now != pinned) {
                problems.add(folder + ": " + now + " sentences in Java where " + pinned + " are pinned in NOT_YET_MOVED"
                        + (now > pinned ? ": put the new ones in the bundle" : ": lower the number"));
            }
        });
        assertTrue(problems.isEmpty(), "Sentences for people belong in a message bundle (Messages.text(key, args)):\n"
                + String.join("\n", problems));
    }

    /** The scan can fail: each kind of sentence in a sample is found, and what is not for people is not. */
    @Test
    void theScanFindsSentencesAndLeavesTheRest() {
        String sample = """
                class Sample {
                    String a() { return "Choose one of: " + list + "."; }
                    void b() { throw new InvalidInputException("name", "Give the organisation a name."); }
                    String c() { return party + " is not a competent authority here"; }
                    Problem d() { return Problem.of("not-found", "Not found", 404, detail); }
                    // "A comment is not code."
                    /** "Nor is Javadoc." */
                    @Operation(summary = "Check a route for sharing")
                    void e() { LOG.warning("Something odd happened here."); }
                    void f() { throw new IllegalStateException("The key was derived with other parameters"); }
                    String g() { return "select v from AgreementVersion v where v.id = :id"; }
                    String h() { return "Bearer realm=\\"concordat\\""; }
                    String i() { return "application/json"; }
                    String j() { return "CONCORDAT_BASE_URL"; }
                    String k() { return seconds + " seconds"; }
                    String m() { return who + " expired on " + day; }
                    Unit l() { return Unit.of("days"); }
                }
                """;
        List<Found> found = proseLiterals(sample);
        assertEquals(List.of("Choose one of: ", "Give the organisation a name.", " is not a competent authority here",
                "Not found", " seconds", " expired on "), found.stream().map(Found::text).toList(), found.toString());
        assertEquals(2, found.get(0).line());
    }
}
