package org.concordat.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.concordat.shared.domain.ReaderLanguage;

/** Dates and times as UK readers expect them, in UK time, for every page. */
@Named
@ApplicationScoped
public class FormatView {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** Months in the page's language ("1 Mawrth 2026"). */
    private static Locale reader() {
        return ReaderLanguage.current().locale();
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", reader()).withZone(LONDON).format(instant);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", reader()).format(date);
    }

    /** "Education, Social care", or a dash for none. */
    public String joined(java.util.Collection<String> items) {
        return items == null || items.isEmpty() ? "—" : String.join(", ", items);
    }
}
