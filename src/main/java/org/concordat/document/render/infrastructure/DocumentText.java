package org.concordat.document.render.infrastructure;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of a document that are not the agreement's own: headings, labels, notes (document-text.properties). */
final class DocumentText {

    private static final Locale UK = Locale.UK;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm", UK);

    private final ResourceBundle bundle = ResourceBundle.getBundle("org.concordat.document.document-text", UK);

    String get(String key, Object... arguments) {
        String text = bundle.getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, UK).format(arguments);
    }

    boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The words for a code (status.DRAFT, role.CONTROLLER); a code the bundle does not know is shown as it is. */
    String label(String prefix, String code) {
        if (code == null) {
            return get("value.none");
        }
        return has(prefix + "." + code) ? bundle.getString(prefix + "." + code) : code;
    }

    String day(LocalDate date) {
        return date == null ? get("value.notSet") : DAY.format(date);
    }

    /** A moment as people in England read it (local time). */
    String moment(Instant instant) {
        return MOMENT.format(instant.atZone(LONDON));
    }
}
