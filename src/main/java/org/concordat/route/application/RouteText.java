package org.concordat.route.application;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.concordat.shared.domain.Language;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.ReaderLanguage;

/**
 * The sentences of a route answer, from org/concordat/route/route-text.properties: the domain answers in codes,
 * practitioners read British English. Arguments are formatted here (dates as "1 April 2026") so that every
 * sentence reads the same on the page and in the API. Each sentence is in the reader's language
 * ({@link ReaderLanguage}: the practitioner's on the page, Accept-Language in the API), months included.
 */
final class RouteText {

    static final String BUNDLE = "org.concordat.route.route-text";

    private static final String DATE = "d MMMM yyyy";

    /** Each sentence parsed once per language; a MessageFormat is not safe to share, so every use formats with a copy. */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    String get(String key, Object... args) {
        Language language = ReaderLanguage.current();
        Object[] formatted = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            formatted[i] = args[i] instanceof LocalDate d ? DateTimeFormatter.ofPattern(DATE, language.locale()).format(d)
                    : args[i];
        }
        MessageFormat format = formats.computeIfAbsent(language.code() + ':' + key,
                k -> new MessageFormat(bundle(language).getString(key), language.locale()));
        return ((MessageFormat) format.clone()).format(formatted);
    }

    private static ResourceBundle bundle(Language language) {
        return Messages.bundle(BUNDLE, language);
    }

    /**
     * The sentence for one audience where it has its own ("goldenRule.adult.SEEK_ADVICE"), else the common one
     * ("goldenRule.SEEK_ADVICE"): the child wording is the common one.
     */
    String forAudience(String prefix, RouteCheckResult.AtRisk atRisk, String name, Object... args) {
        String own = prefix + "." + atRisk.textKey() + "." + name;
        return get(bundle(ReaderLanguage.current()).containsKey(own) ? own : prefix + "." + name, args);
    }

    /** "A", "A and B", "A, B and C". */
    String and(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return get("listAnd", String.join(", ", items.subList(0, items.size() - 1)), items.get(items.size() - 1));
    }
}
