package org.concordat.route.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.concordat.route.domain.DecisionQuestion;
import org.concordat.route.domain.GoldenRule;
import org.concordat.route.domain.Guidance;
import org.concordat.route.domain.Outcome;
import org.concordat.route.domain.ReasonCode;
import org.junit.jupiter.api.Test;

/** Every code the domain can answer has its words, and every sentence survives MessageFormat intact. */
class RouteTextTest {

    final RouteText text = new RouteText();

    private static Properties raw() throws IOException {
        Properties raw = new Properties();
        try (InputStream in = RouteText.class.getClassLoader().getResourceAsStream("org/concordat/route/route-text.properties")) {
            raw.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return raw;
    }

    @Test
    void everyCodeHasItsSentence() throws IOException {
        Properties raw = raw();
        List<String> keys = new ArrayList<>();
        Stream.of(Outcome.values()).forEach(o -> keys.add("headline." + o.name()));
        Stream.of(ReasonCode.values()).forEach(r -> keys.add("reason." + r.name()));
        Stream.of(GoldenRule.values()).forEach(r -> keys.add("goldenRule." + r.name()));
        Stream.of(GoldenRule.values()).forEach(r -> keys.add("goldenRule.source." + r.name()));
        Stream.of(Guidance.values()).forEach(g -> keys.add("next." + g.name()));
        Stream.of(DecisionQuestion.values()).forEach(d -> keys.add("decide." + d.name()));
        Stream.of(DecisionQuestion.values()).forEach(d -> keys.add("decide.source." + d.name()));
        List<String> missing = keys.stream().filter(k -> !raw.containsKey(k)).toList();
        assertTrue(missing.isEmpty(), "no text for " + missing);
    }

    /** Issue 23: a practitioner who reads Welsh gets the answer in Welsh, dates too; everyone else in English. */
    @Test
    void theAnswerIsInTheReadersLanguage() {
        java.util.ResourceBundle welsh = org.concordat.shared.domain.Messages.bundle(RouteText.BUNDLE,
                org.concordat.shared.domain.Language.WELSH);
        String english = text.get("listAnd", "A", "B");
        String inWelsh = org.concordat.shared.domain.ReaderLanguage.as(org.concordat.shared.domain.Language.WELSH,
                () -> text.get("listAnd", "A", "B"));
        assertEquals(new java.text.MessageFormat(welsh.getString("listAnd")).format(new Object[] {"A", "B"}), inWelsh);
        assertFalse(english.equals(inWelsh), english + " is the same in Welsh");
        assertEquals(english, text.get("listAnd", "A", "B"), "and English again after");
        String overdue = org.concordat.shared.domain.ReaderLanguage.as(org.concordat.shared.domain.Language.WELSH,
                () -> text.get("review.overdue", "DSA-2026-0001 fersiwn 2", LocalDate.of(2026, 1, 31)));
        assertTrue(overdue.contains("31 Ionawr 2026"), overdue);
    }

    @Test
    void apostrophesAreDoubledSoThatMessageFormatKeepsThem() throws IOException {
        Properties raw = raw();
        raw.stringPropertyNames().forEach(key -> {
            String value = raw.getProperty(key);
            assertFalse(value.replace("''", "").contains("'"), key + " has a single apostrophe: " + value);
            String formatted = text.get(key, "A", "B", "C", "D", "E", "F", 2);
            assertFalse(formatted.contains("{") || formatted.contains("''"), key + " formats to " + formatted);
        });
    }

    @Test
    void datesReadAsInBritishEnglishAndListsEndWithAnd() {
        assertEquals("DSA-2026-0001 (version 2) is approved, but it only comes into force on 1 April 2027.",
                text.get("reason.AGREEMENT_NOT_YET_IN_FORCE", "DSA-2026-0001", "2", "", "", LocalDate.of(2027, 4, 1), ""));
        assertEquals("A, B and C", text.and(List.of("A", "B", "C")));
        assertEquals("A and B", text.and(List.of("A", "B")));
        assertEquals("A", text.and(List.of("A")));
    }

    @Test
    void aReasonAboutSeveralFlowsSpeaksOfThemInThePlural() {
        assertEquals("Flow F1 of DSA-2026-0001 does not cover: Health.",
                text.get("reason.CATEGORY_NOT_INCLUDED", "DSA-2026-0001", "1", "F1", "Health", "", "", 1));
        assertEquals("Flows F1 and F2 of DSA-2026-0001 do not cover: Health, Housing.",
                text.get("reason.CATEGORY_NOT_INCLUDED", "DSA-2026-0001", "1", "F1 and F2", "Health, Housing", "", "", 2));
        assertEquals("Flows F2, F3 and F4 of DSA-2026-0001 are not for this purpose but for: Early help, Missing child."
                        + " An agreement covers sharing only for the purposes it names; the law still lets information"
                        + " gathered for one purpose be used to safeguard someone vulnerable, to prevent or detect crime or in"
                        + " an emergency (UK GDPR Article 8A and Annex 2), with a lawful basis.",
                text.get("reason.PURPOSE_NOT_INCLUDED", "DSA-2026-0001", "1", text.and(List.of("F2", "F3", "F4")),
                        "Early help, Missing child", "", "", 3));
        assertEquals("Flows F1 and F2 of DSA-2026-0001 cover sharing from the council to your organisation only, not the"
                        + " other way round.",
                text.get("reason.ONLY_OTHER_DIRECTION", "DSA-2026-0001", "1", "F1 and F2", "", "", "the council", 2));
    }
}
