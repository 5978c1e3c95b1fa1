package org.concordat.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as UK readers expect them, in UK time, for every page. */
@Named
@ApplicationScoped
public class FormatView {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "Education, Social care", or a dash for none. */
    public String joined(java.util.Collection<String> items) {
        return items == null || items.isEmpty() ? "—" : String.join(", ", items);
    }
}
