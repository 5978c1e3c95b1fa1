package org.concordat.document.render.infrastructure;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import org.concordat.shared.domain.Language;
import org.concordat.shared.domain.Messages;

/**
 * The words of a document that are not the agreement's own: headings, labels, notes (document-text.properties), in
 * the language the lead organisation chose for its documents (document-text_cy.properties for Welsh), months too.
 */
final class DocumentText {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Language language;
    private final DateTimeFormatter day;
    private final DateTimeFormatter moment;
    private final ResourceBundle bundle;

    DocumentText() {
        this(Language.ENGLISH);
    }

    DocumentText(Language language) {
        this.language = language;
        this.day = DateTimeFormatter.ofPattern("d MMMM uuuu", language.locale());
        this.moment = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm", language.locale());
        this.bundle = Messages.bundle("org.concordat.document.document-text", language);
    }

    Language language() {
        return language;
    }

    String get(String key, Object... arguments) {
        String text = bundle.getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, language.locale()).format(arguments);
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
        return date == null ? get("value.notSet") : day.format(date);
    }

    /** A moment as people in England read it (local time). */
    String moment(Instant instant) {
        return moment.format(instant.atZone(LONDON));
    }
}
