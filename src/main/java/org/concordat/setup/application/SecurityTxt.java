package org.concordat.setup.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.concordat.shared.application.Settings;

/**
 * The installation's {@code /.well-known/security.txt} (RFC 9116): whom to tell about a vulnerability
 * (CONCORDAT_SECURITY_CONTACT, or else the first administrator's e-mail address), until when the file holds, the
 * language to write in, and where the file lives (CONCORDAT_BASE_URL).
 */
@ApplicationScoped
public class SecurityTxt {

    /**
     * How far ahead Expires is, counted from the start of today (UTC): less than a year, as RFC 9116 recommends, and
     * moving on every day, so that the file never goes stale while the installation runs and its contact setting is
     * read afresh at every start.
     */
    static final Duration VALID_FOR = Duration.ofDays(364);

    static final String PATH = "/.well-known/security.txt";

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    public String document() {
        return document(settings.securityContact(), settings.baseUrl(), clock.instant());
    }

    static String document(String contact, String baseUrl, Instant now) {
        Instant expires = now.truncatedTo(ChronoUnit.DAYS).plus(VALID_FOR);
        return "# Concordat: how to report a security vulnerability (RFC 9116). Please write in English.\n"
                + "Contact: " + contactUri(contact) + "\n"
                + "Expires: " + expires + "\n"
                + "Preferred-Languages: en\n"
                + "Canonical: " + oneLine(baseUrl) + PATH + "\n";
    }

    /** A URI as RFC 9116 wants: an e-mail address becomes {@code mailto:}; a URI given as one is kept. */
    static String contactUri(String contact) {
        String c = oneLine(contact);
        boolean uri = c.regionMatches(true, 0, "mailto:", 0, 7) || c.regionMatches(true, 0, "https://", 0, 8)
                || c.regionMatches(true, 0, "tel:", 0, 4);
        return uri ? c : "mailto:" + c;
    }

    /** A setting never adds a field of its own to the file. */
    private static String oneLine(String value) {
        return value.replaceAll("[\\r\\n]+", " ").trim();
    }
}
