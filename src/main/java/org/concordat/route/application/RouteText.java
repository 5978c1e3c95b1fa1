package org.concordat.route.application;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sentences of a route answer, from org/concordat/route/route-text.properties: the domain answers in codes,
 * practitioners read British English. Arguments are formatted here (dates as "1 April 2026") so that every
 * sentence reads the same on the page and in the API.
 */
final class RouteText {

    static final String BUNDLE = "org.concordat.route.route-text";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** Each sentence parsed once; a MessageFormat is not safe to share, so every use formats with a copy. */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();
    private final ResourceBundle bundle;

    RouteText() {
        this.bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, RouteText.class.getClassLoader());
    }

    String get(String key, Object... args) {
        Object[] formatted = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            formatted[i] = args[i] instanceof LocalDate d ? DATE.format(d) : args[i];
        }
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(bundle.getString(k), Locale.UK));
        return ((MessageFormat) format.clone()).format(formatted);
    }

    /**
     * The sentence for one audience where it has its own ("goldenRule.adult.SEEK_ADVICE"), else the common one
     * ("goldenRule.SEEK_ADVICE"): the child wording is the common one.
     */
    String forAudience(String prefix, RouteCheckResult.AtRisk atRisk, String name, Object... args) {
        String own = prefix + "." + atRisk.textKey() + "." + name;
        return get(bundle.containsKey(own) ? own : prefix + "." + name, args);
    }

    /** "A", "A and B", "A, B and C". */
    String and(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return get("listAnd", String.join(", ", items.subList(0, items.size() - 1)), items.get(items.size() - 1));
    }
}
