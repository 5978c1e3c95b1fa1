package org.concordat.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The one resolver of the sentences Java writes, and the bundles it reads. */
class MessagesTest {

    @Test
    void argumentsReadAsConcatenationWroteThem() {
        assertEquals("Choose a review date after 2026-04-01.",
                Messages.text("legal.ReviewDatePolicy.chooseAReviewDateAfter", LocalDate.of(2026, 4, 1)));
        assertEquals("Use at least 12000 characters. Three random words make a good password.",
                Messages.text("security.PasswordPolicy.useAtLeast", 12000), "a number is never grouped: 12000, not 12,000");
        assertTrue(Messages.text("legal.AppropriatePolicyDocumentPolicy.recordTheOrganisationSAppropriate")
                .startsWith("Record the organisation's appropriate policy document"), "'' in a bundle is one apostrophe");
    }

    @Test
    void aKeyNamesItsFeaturesBundle() {
        assertEquals("org.concordat.legal.legal-messages", Messages.bundleOf("legal.ReviewDatePolicy.x"));
        assertThrows(IllegalArgumentException.class, () -> Messages.text("legal.NoSuchPolicy.noSuchMessage"));
        assertThrows(IllegalArgumentException.class, () -> Messages.bundleOf("nofeature"));
    }

    /** Issue 23: the reader's language picks the bundle; a key not yet in Welsh reads in English. */
    @Test
    void welshReadersReadTheWelshBundleAndEnglishWhereItHasNone() {
        assertEquals("Hello Ann, it's 3 days.", Messages.text("testlang.Sample.greeting", "Ann", 3));
        assertEquals("Shwmae Ann, mae\u2019n 3 diwrnod.", Messages.text(Language.WELSH, "testlang.Sample.greeting", "Ann", 3));
        assertEquals("Shwmae Ann, mae\u2019n 3 diwrnod.",
                ReaderLanguage.as(Language.WELSH, () -> Messages.text("testlang.Sample.greeting", "Ann", 3)));
        assertEquals("Hello Ann, it's 3 days.", Messages.text("testlang.Sample.greeting", "Ann", 3),
                "patterns are kept by (language, key): English is not Welsh's cached pattern");
        assertEquals("Only in English", Messages.text(Language.WELSH, "testlang.Sample.englishOnly"));
        assertThrows(IllegalArgumentException.class, () -> Messages.text(Language.WELSH, "testlang.Sample.nowhere"));
    }

    @Test
    void bundlesNeverFallBackToTheMachinesLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("cy"));
            assertEquals("Only in English", Messages.bundle("org.concordat.testlang.testlang-messages", Language.ENGLISH)
                    .getString("testlang.Sample.englishOnly"));
            assertEquals("Hello {0}, it''s {1} days.", Messages.bundle("org.concordat.testlang.testlang-messages",
                    Language.ENGLISH).getString("testlang.Sample.greeting"), "English is the base bundle, whatever the JVM's locale");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    /** Every key Java names is in its bundle, and every pattern in a bundle is a valid MessageFormat. */
    @Test
    void everyKeyJavaNamesExistsAndEveryPatternParses() throws IOException {
        Set<String> defined = new TreeSet<>();
        try (Stream<Path> bundles = Files.walk(Path.of("src/main/resources/org/concordat"))) {
            for (Path bundle : bundles.filter(p -> p.getFileName().toString().endsWith("-messages.properties")
                    && !p.getFileName().toString().equals("faces-messages.properties")).toList()) {
                Properties properties = new Properties();
                try (Reader reader = Files.newBufferedReader(bundle)) {
                    properties.load(reader);
                }
                for (String key : properties.stringPropertyNames()) {
                    assertEquals(bundle.getFileName().toString(), key.substring(0, key.indexOf('.')) + "-messages.properties",
                            key + " is in the bundle of its feature");
                    new MessageFormat(properties.getProperty(key));
                    defined.add(key);
                }
            }
        }
        // a key passed to Messages.text, or chosen in a ternary ("legal.DpiaPolicy.…"; other bundles' keys are not ours)
        Pattern named = Pattern.compile("Messages\\.text\\(\\s*\"([^\"]+)\"|\"([a-z]+\\.[A-Z]\\w*\\.\\w+)\"");
        Set<String> features = new TreeSet<>();
        defined.forEach(key -> features.add(key.substring(0, key.indexOf('.'))));
        List<String> missing = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = named.matcher(Files.readString(source));
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2);
                    boolean ours = m.group(1) != null || features.contains(key.substring(0, key.indexOf('.')));
                    if (ours && !defined.contains(key)) {
                        missing.add(source.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertTrue(defined.size() > 500, "the bundles were read: " + defined.size());
        assertTrue(missing.isEmpty(), "keys named in Java but in no bundle: " + missing);
    }
}
