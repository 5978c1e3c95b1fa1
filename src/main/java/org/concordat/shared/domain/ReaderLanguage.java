package org.concordat.shared.domain;

import java.util.function.Supplier;

/**
 * The language of whoever will read what this thread writes now: set for each web request by the web layer (the
 * signed-in user's preference, else the cookie of the language switch; for the API, Accept-Language) and cleared
 * after it; English where nobody set it (timers, start-up, tests). {@link Messages#text(String, Object...)} reads it,
 * so the domain writes its sentences in the reader's language without knowing about requests. Writing for someone
 * else (an e-mail, a PDF) names the language explicitly, or runs in {@link #as}.
 */
public final class ReaderLanguage {

    private static final ThreadLocal<Language> CURRENT = new ThreadLocal<>();

    private ReaderLanguage() {
    }

    public static Language current() {
        Language language = CURRENT.get();
        return language == null ? Language.ENGLISH : language;
    }

    /** Sets the reader's language of this thread until {@link #clear()}; the web layer's filter does this. */
    public static void set(Language language) {
        CURRENT.set(language);
    }

    public static void clear() {
        CURRENT.remove();
    }

    /** Runs work written for a reader of this language, then restores the language before. */
    public static <T> T as(Language language, Supplier<T> work) {
        Language before = CURRENT.get();
        CURRENT.set(language);
        try {
            return work.get();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }
}
