package org.concordat.shared.domain;

import java.text.Format;
import java.text.MessageFormat;
import java.util.Locale;
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
 */
public final class Messages {

    private static final Map<String, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();
    /** Each pattern parsed once; a MessageFormat is not safe to share, so every use formats with a copy. */
    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    private Messages() {
    }

    /** The sentence for this key with these arguments. A key that is not in its bundle is a programming error. */
    public static String text(String key, Object... args) {
        MessageFormat format = (MessageFormat) FORMATS.computeIfAbsent(key, k -> new MessageFormat(pattern(k), Locale.UK))
                .clone();
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

    private static String pattern(String key) {
        ResourceBundle bundle = BUNDLES.computeIfAbsent(bundleOf(key),
                name -> ResourceBundle.getBundle(name, Locale.ROOT, Messages.class.getClassLoader()));
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No message " + key + " in " + bundleOf(key), e);
        }
    }
}
