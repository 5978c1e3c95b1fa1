package org.concordat.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputRulesTest {

    @Test
    void plainTextInAnyScriptIsKept() {
        for (String text : new String[] {"Northshire & Riverside — children in need", "Ysgol Gynradd Glan-yr-afon: ŵ, ŷ",
                "مدرسة", "עמותה", "Team 🧒 support", "Café 50% £20", ""}) {
            assertNull(InputRules.textProblem(text, false), text);
            assertNull(InputRules.textProblem(text, true), text);
        }
        assertNull(InputRules.textProblem(null, false));
    }

    @Test
    void nulAndOtherControlCharactersAreRefusedEverywhere() {
        String nul = InputRules.textProblem("Agreement\u0000title", false);
        assertEquals("Remove the hidden control character U+0000 (character 10): keep to letters, digits, punctuation"
                + " and spaces.", nul);
        assertNotNull(InputRules.textProblem("reasons\u0000", true));
        for (char c : new char[] {'\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\u009b'}) {
            assertNotNull(InputRules.textProblem("a" + c + "b", false), Integer.toHexString(c));
            assertNotNull(InputRules.textProblem("a" + c + "b", true), Integer.toHexString(c));
        }
    }

    @ParameterizedTest
    @ValueSource(chars = {'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'})
    void bidirectionalEmbeddingsOverridesAndIsolatesAreRefusedEverywhere(char c) {
        String problem = InputRules.textProblem("invoice" + c + "fdp.exe", false);
        assertNotNull(problem);
        assertTrue(problem.contains(String.format("U+%04X", (int) c)) && problem.contains("character 8"), problem);
        assertNotNull(InputRules.textProblem("line one\n" + c + "line two", true));
    }

    @Test
    void directionMarksStayAllowedForNamesInRightToLeftScripts() {
        assertNull(InputRules.textProblem("Contact: \u200Fمدرسة\u200E (school)", false));
        assertNull(InputRules.textProblem("\u061C12-34", false));
    }

    @Test
    void lineBreaksAndTabsOnlyInTextOfSeveralLines() {
        for (String text : new String[] {"one\ntwo", "one\r\ntwo", "one\ttwo", "one\u2028two"}) {
            assertNull(InputRules.textProblem(text, true), text);
            assertEquals("Keep this to one line: remove the line break or tab (character 4).",
                    InputRules.textProblem(text, false), text);
        }
    }

    @Test
    void halfACharacterIsRefused() {
        assertNotNull(InputRules.textProblem("broken \uD83E", false));
        assertNotNull(InputRules.textProblem("\uDDD2 broken", true));
    }

    @Test
    void datesFrom1900To2200() {
        assertNull(InputRules.dateProblem(null));
        assertNull(InputRules.dateProblem(LocalDate.of(1900, 1, 1)));
        assertNull(InputRules.dateProblem(LocalDate.of(2026, 4, 1)));
        assertNull(InputRules.dateProblem(LocalDate.of(2200, 12, 31)));
        assertEquals("Enter a date between 1900 and 2200.", InputRules.dateProblem(LocalDate.of(1899, 12, 31)));
        assertNotNull(InputRules.dateProblem(LocalDate.of(2201, 1, 1)));
        assertNotNull(InputRules.dateProblem(LocalDate.MAX));
        assertNotNull(InputRules.dateProblem(LocalDate.parse("+999999999-12-31")));
        assertNotNull(InputRules.dateProblem(LocalDate.MIN));
    }
}
