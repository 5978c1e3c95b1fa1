package org.concordat.shared.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A language Concordat is read in (issue 23): British English, the default, and Welsh. The code is what is stored
 * (app_user.language, organisation.document_language), sent in a cookie and written in {@code lang} attributes; the
 * locale picks the bundles ({@code messages_cy.properties}) and the names of months. Adding a language is adding a
 * constant here, its bundles, and the code to the migration's check constraint (README, "Welsh").
 */
public enum Language {

    ENGLISH("en", Locale.UK),
    WELSH("cy", Locale.forLanguageTag("cy"));

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** "en" or "cy": the stored, sent and written form. */
    public String code() {
        return code;
    }

    /** The locale for formatting (months, numbers). */
    public Locale locale() {
        return locale;
    }

    /** The locale that names the bundle: none for English (the base bundle is English), "cy" for Welsh. */
    public Locale bundleLocale() {
        return this == ENGLISH ? Locale.ROOT : Locale.forLanguageTag(code);
    }

    /** The language of a stored or sent code; anything else (null, "fr", "") is no language. */
    public static Optional<Language> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String lower = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(lower)).findFirst();
    }

    /**
     * The language of an Accept-Language header ("cy, en;q=0.8"): the one it ranks highest of ours, English when it
     * names none of them or is absent.
     */
    public static Language ofAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return ENGLISH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String primary = range.getRange().split("-")[0];
                Optional<Language> language = ofCode(primary);
                if (language.isPresent() && range.getWeight() > 0) {
                    return language.get();
                }
            }
        } catch (IllegalArgumentException malformed) {
            return ENGLISH;
        }
        return ENGLISH;
    }
}
