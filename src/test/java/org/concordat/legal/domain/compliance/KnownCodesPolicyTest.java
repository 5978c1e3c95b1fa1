package org.concordat.legal.domain.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A code that is not law on the effective date; when the law changed, the finding names what replaced it. */
class KnownCodesPolicyTest {

    final Scenario s = new Scenario();

    List<Finding> findings() {
        return s.findings("CATALOGUE-CODE");
    }

    @Test
    void aClosedEntryCitedAfterTheLawChangedNamesItsSuccessor() {
        s.flow().art9 = "A9-2-j";
        s.flow().sch1 = "S1-P1-4";
        s.effective = LocalDate.of(2026, 4, 1);
        List<Finding> found = findings();
        assertEquals(2, found.size(), s.describe());
        Finding article9 = found.stream().filter(f -> f.message().contains("(A9-2-j)")).findFirst().orElseThrow();
        assertTrue(article9.message().startsWith("Archiving, research or statistics (A9-2-j) is not law on the"
                + " agreement's effective date, 2026-04-01. It applied until 2026-02-04 and was replaced by"
                + " Archiving, research or statistics (A9-2-j.2026, UK GDPR Article 9(2)(j))."), article9.message());
        assertEquals("Cite A9-2-j.2026 instead, or move the effective date.", article9.action());
        assertEquals(Severity.ERROR, article9.severity());
        assertTrue(found.stream().anyMatch(f -> f.message().contains("replaced by Research etc (S1-P1-4.2026")),
                s.describe());
    }

    @Test
    void theSuccessorsAreLawFromTheDayAfter() {
        s.flow().art9 = "A9-2-j.2026";
        s.flow().sch1 = "S1-P1-4.2026";
        s.effective = LocalDate.of(2026, 2, 5);
        assertTrue(findings().isEmpty(), s.describe());
    }

    @Test
    void theOldEntriesAreStillLawForAnAgreementThatTookEffectBefore() {
        s.flow().art9 = "A9-2-j";
        s.flow().sch1 = "S1-P1-4";
        s.effective = LocalDate.of(2026, 2, 4);
        assertTrue(findings().isEmpty(), s.describe());
    }

    @Test
    void aSuccessorCitedBeforeItAppliesGetsThePlainFinding() {
        s.flow().art9 = "A9-2-j.2026";
        s.flow().sch1 = "S1-P1-4.2026";
        s.effective = LocalDate.of(2025, 6, 1);
        s.review = LocalDate.of(2026, 6, 1);
        List<Finding> found = findings();
        assertEquals(2, found.size(), s.describe());
        for (Finding f : found) {
            assertFalse(f.message().contains("replaced by"), f.message());
            assertEquals("Rely on a provision in force on that date, or move the effective date.", f.action());
        }
    }

    @Test
    void aReplacedGatewayNamesTheInstrumentThatTookItsPlace() {
        s.flow().gateways = java.util.Set.of("EA2002-S157");
        Finding f = findings().get(0);
        assertTrue(f.message().contains("replaced by Safeguarding in independent schools and academies (ISSR2014-P3-7"),
                f.message());
        assertEquals("Cite ISSR2014-P3-7 instead, or move the effective date.", f.action());
    }
}
