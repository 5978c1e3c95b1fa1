package org.concordat.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 26 item 4: no internal code on any page. The legal catalogue's codes (A6-1-e, S1-P2-18, CL-PUBLIC-INTEREST …)
 * stay in the JSON and as secondary text in the catalogue; a message a person reads cites the law itself ("UK GDPR
 * Article 6(1)(e)"). Fails naming each message, English or Welsh, that quotes a code.
 */
class NoCatalogueCodesInMessagesTest {

    private static final Pattern CODE = Pattern.compile("^  - code: (\\S+)", Pattern.MULTILINE);

    @Test
    void noMessageQuotesACatalogueCode() throws IOException {
        Set<String> codes = codes();
        assertTrue(codes.contains("A6-1-e") && codes.size() > 100, "the catalogue's codes were read: " + codes.size());
        List<String> quoting = new ArrayList<>();
        try (Stream<Path> files = Files.walk(WelshBundlesTest.RESOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
                Properties messages = new Properties();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    messages.load(reader);
                }
                for (String key : messages.stringPropertyNames()) {
                    String text = messages.getProperty(key);
                    codes.stream().filter(code -> Pattern.compile("(?<![\\w-])" + Pattern.quote(code) + "(?![\\w-])")
                            .matcher(text).find()).forEach(code -> quoting.add(file.getFileName() + " " + key + ": " + code));
                }
            }
        }
        assertEquals(List.of(), quoting);
    }

    /** The codes that look like codes (with a digit or a dash); plain words such as OTHER or CHILD are also words. */
    private static Set<String> codes() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("templates/legal"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Matcher m = CODE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (m.group(1).matches(".*[-0-9].*")) {
                        codes.add(m.group(1));
                    }
                }
            }
        }
        return codes;
    }
}
