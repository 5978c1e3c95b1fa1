package org.concordat.setup.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.concordat.shared.application.Settings;
import org.junit.jupiter.api.Test;

/** security.txt (RFC 9116) from the settings, and the settings' fallbacks. */
class SecurityTxtTest {

    static Settings settings(Map<String, String> environment) {
        return Settings.of(environment);
    }

    @Test
    void theFileHasTheFourFieldsAndExpiresWithinAYear() {
        SecurityTxt txt = new SecurityTxt();
        txt.settings = settings(Map.of("CONCORDAT_SECURITY_CONTACT", "security@partnership.example",
                "CONCORDAT_BASE_URL", "https://concordat.partnership.example/"));
        Instant now = Instant.parse("2026-12-06T21:40:00Z");
        txt.clock = Clock.fixed(now, ZoneOffset.UTC);
        assertEquals("""
                # Concordat: how to report a security vulnerability (RFC 9116). Please write in English.
                Contact: mailto:security@partnership.example
                Expires: 2027-12-05T00:00:00Z
                Preferred-Languages: en
                Canonical: https://concordat.partnership.example/.well-known/security.txt
                """, txt.document());
        Instant expires = Instant.parse("2027-12-05T00:00:00Z");
        assertTrue(expires.isBefore(now.plus(Duration.ofDays(365))), "less than a year ahead");
        assertTrue(expires.isAfter(now.plus(Duration.ofDays(363))), "computed from today, never stale");
    }

    @Test
    void theContactIsAUri() {
        assertEquals("mailto:dpo@council.example", SecurityTxt.contactUri(" dpo@council.example "));
        assertEquals("mailto:dpo@council.example", SecurityTxt.contactUri("mailto:dpo@council.example"));
        assertEquals("https://council.example/report", SecurityTxt.contactUri("https://council.example/report"));
        assertEquals("tel:+44-1234-567890", SecurityTxt.contactUri("tel:+44-1234-567890"));
        assertEquals("mailto:a@example.org Expires: never", SecurityTxt.contactUri("a@example.org\nExpires: never"),
                "a setting never adds a field of its own");
    }

    @Test
    void withoutItsOwnSettingTheContactIsTheFirstAdministrator() {
        assertEquals("ig.team@council.example", settings(Map.of("CONCORDAT_ADMIN_EMAIL", "ig.team@council.example"))
                .securityContact());
        assertEquals("security@council.example", settings(Map.of("CONCORDAT_ADMIN_EMAIL", "ig.team@council.example",
                "CONCORDAT_SECURITY_CONTACT", "security@council.example")).securityContact());
        assertEquals(Settings.DEFAULT_ADMIN_EMAIL, settings(Map.of("CONCORDAT_SECURITY_CONTACT", "  ")).securityContact());
        assertEquals("http://localhost:8080", settings(Map.of()).baseUrl());
    }
}
