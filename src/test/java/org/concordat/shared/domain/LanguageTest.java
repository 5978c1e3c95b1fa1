package org.concordat.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 23: which language a request, a stored code or a header means, and the reader's language of a thread. */
class LanguageTest {

    @AfterEach
    void clear() {
        ReaderLanguage.clear();
    }

    @Test
    void storedCodesAreEnOrCyAndNothingElse() {
        assertEquals(Optional.of(Language.WELSH), Language.ofCode("cy"));
        assertEquals(Optional.of(Language.WELSH), Language.ofCode(" CY "));
        assertEquals(Optional.of(Language.ENGLISH), Language.ofCode("en"));
        assertEquals(Optional.empty(), Language.ofCode("fr"));
        assertEquals(Optional.empty(), Language.ofCode(""));
        assertEquals(Optional.empty(), Language.ofCode(null));
    }

    @Test
    void acceptLanguageIsEnglishUnlessWelshComesFirstOfOurs() {
        assertEquals(Language.ENGLISH, Language.ofAcceptLanguage(null));
        assertEquals(Language.ENGLISH, Language.ofAcceptLanguage(""));
        assertEquals(Language.WELSH, Language.ofAcceptLanguage("cy"));
        assertEquals(Language.WELSH, Language.ofAcceptLanguage("cy-GB, en;q=0.8"));
        assertEquals(Language.WELSH, Language.ofAcceptLanguage("fr, cy;q=0.5"), "French is not ours: Welsh is the first of ours");
        assertEquals(Language.ENGLISH, Language.ofAcceptLanguage("en-GB, cy;q=0.9"));
        assertEquals(Language.ENGLISH, Language.ofAcceptLanguage("cy;q=0"), "q=0 means not Welsh");
        assertEquals(Language.ENGLISH, Language.ofAcceptLanguage("fr"));
        assertEquals(Language.ENGLISH, Language.ofAcceptLanguage(";;;q=x"), "a malformed header is no header");
    }

    @Test
    void theReaderIsEnglishUntilSetAndAgainAfterClearing() {
        assertEquals(Language.ENGLISH, ReaderLanguage.current());
        ReaderLanguage.set(Language.WELSH);
        assertEquals(Language.WELSH, ReaderLanguage.current());
        assertEquals(Language.ENGLISH, ReaderLanguage.as(Language.ENGLISH, ReaderLanguage::current));
        assertEquals(Language.WELSH, ReaderLanguage.current(), "as() restores the language before");
        ReaderLanguage.clear();
        assertEquals(Language.ENGLISH, ReaderLanguage.current());
    }

    @Test
    void welshMonthsForWelshReaders() {
        String welsh = DateTimeFormatter.ofPattern("d MMMM yyyy", Language.WELSH.locale()).format(LocalDate.of(2026, 3, 1));
        assertEquals("1 Mawrth 2026", welsh);
        assertNotEquals(Language.ENGLISH.bundleLocale(), Language.WELSH.bundleLocale());
        assertTrue(Language.ENGLISH.bundleLocale().toString().isEmpty(), "English is the base bundle");
    }
}
