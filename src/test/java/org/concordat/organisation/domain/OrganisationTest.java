package org.concordat.organisation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OrganisationTest {

    static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

    static OrganisationDetails details(String apdReference, LocalDate apdDate) {
        return new OrganisationDetails("  Northshire Police ", Sector.POLICE, true, true, " za123456 ", " ", null,
                null, apdReference, apdDate);
    }

    @Test
    void detailsAreTidiedBeforeTheyAreKept() {
        Organisation o = new Organisation(details(null, null).normalised(), NOW);
        assertEquals("Northshire Police", o.getName());
        assertEquals("ZA123456", o.getIcoRegistrationNumber());
        assertNull(o.getDpoName(), "blank becomes nothing");
        assertTrue(o.isActive());
    }

    @Test
    void anAppropriatePolicyDocumentNeedsAReferenceAndADate() {
        assertTrue(new Organisation(details("NP-APD-1", LocalDate.of(2026, 1, 1)), NOW).hasAppropriatePolicyDocument());
        assertFalse(new Organisation(details("NP-APD-1", null), NOW).hasAppropriatePolicyDocument());
        assertFalse(new Organisation(details(" ", LocalDate.of(2026, 1, 1)), NOW).hasAppropriatePolicyDocument());
    }

    @Test
    void deactivationIsReversible() {
        Organisation o = new Organisation(details(null, null), NOW);
        o.deactivate(NOW.plusSeconds(60));
        assertFalse(o.isActive());
        assertEquals(NOW.plusSeconds(60), o.getUpdatedAt());
        o.reactivate(NOW.plusSeconds(120));
        assertTrue(o.isActive());
    }
}
