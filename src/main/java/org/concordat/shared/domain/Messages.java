package org.concordat.shared.domain;

import java.text.Format;
import java.text.MessageFormat;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place a sentence written by Java code is resolved: user-facing wording lives in message bundles, never in
 * Java literals (issue 24; {@code UserFacingLiteralsTest} checks). A key's first segment names its feature and so its
 * bundle: {@code legal.ReviewDatePolicy.noReviewDate} is in {@code org/concordat/legal/legal-messages.properties}.
 *
 * <p>Every pattern goes through {@link MessageFormat} (so an apostrophe is written {@code ''} in the bundle, always).
 * An argument with no format of its own reads as string concatenation would write it: a number as
 * {@code String.valueOf} (no grouping: a year stays 2026, a count 1000), a date as ISO, anything else by its
 * {@code toString}. Plain Java, so the domain may use it and unit tests need no container.
 *
 * <p>Sentences are in the reader's language ({@link ReaderLanguage}, English unless the request said otherwise), or
 * in a language named explicitly for e-mails and PDFs; a key with no Welsh yet reads in English. Bundles and parsed
 * patterns are kept by (language, key).
 */
public final class Messages {

    private static final Map<String, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();
    /** Only the bundle's own language and then the base bundle (English): never the JVM's default locale. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    /** Each pattern parsed once; a MessageFormat is not safe to share, so every use formats with a copy. */
    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    private Messages() {
    }

    /**
     * The sentence for this key with these arguments, in the reader's language. A key that is not in its bundle is a
     * programming error.
     */
    public static String text(String key, Object... args) {
        return text(ReaderLanguage.current(), key, args);
    }

    /** The sentence for this key in this language (an e-mail to someone else, a PDF in the lead's language). */
    public static String text(Language language, String key, Object... args) {
        MessageFormat format = (MessageFormat) FORMATS.computeIfAbsent(language.code() + ':' + key,
                k -> new MessageFormat(pattern(language, key), language.locale())).clone();
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] values = args.clone();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Number && (i >= formats.length || formats[i] == null)) {
                values[i] = String.valueOf(values[i]);
            }
        }
        return format.format(values);
    }

    /** The bundle of a key's feature, e.g. org.concordat.legal.legal-messages for legal.… */
    static String bundleOf(String key) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            throw new IllegalArgumentException("A message key starts with its feature: " + key);
        }
        String feature = key.substring(0, dot);
        return "org.concordat." + feature + "." + feature + "-messages";
    }

    /**
     * A bundle in a language: its own file (route-text_cy.properties) over the base one (English), never the JVM's
     * default locale's. Kept once loaded. Every bundle of Concordat is read through here.
     */
    public static ResourceBundle bundle(String baseName, Language language) {
        return BUNDLES.computeIfAbsent(language.code() + ':' + baseName, k -> ResourceBundle.getBundle(baseName,
                language.bundleLocale(), Messages.class.getClassLoader(), NO_FALLBACK));
    }

    private static String pattern(Language language, String key) {
        ResourceBundle bundle = bundle(bundleOf(key), language);
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No message " + key + " in " + bundleOf(key), e);
        }
    }
}
