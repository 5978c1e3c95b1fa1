package org.concordat.processing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.concordat.legal.domain.LegalBasis;
import org.concordat.legal.domain.compliance.Regime;
import org.junit.jupiter.api.Test;

/** The filter by Article 6 basis and Article 9 condition, and the organisation's part in a flow. */
class RecordFilterTest {

    private static final LegalBasis PUBLIC_TASK_AND_PARA_18 = new LegalBasis(Regime.GENERAL, Set.of("A6-1-e", "A6-1-c"),
            null, LegalBasis.Condition.of("A9-2-g", "S1-P2-18"), null, null, null, Set.of(), null, null, null, null);

    @Test
    void aFilterKeepsWhatReliesOnTheBasisAndTheConditionAsked() {
        assertTrue(RecordFilter.ANY.matches(PUBLIC_TASK_AND_PARA_18));
        assertTrue(new RecordFilter("A6-1-c", null).matches(PUBLIC_TASK_AND_PARA_18), "one of several bases");
        assertTrue(new RecordFilter("A6-1-e", "A9-2-g").matches(PUBLIC_TASK_AND_PARA_18));
        assertFalse(new RecordFilter("A6-1-a", null).matches(PUBLIC_TASK_AND_PARA_18));
        assertFalse(new RecordFilter("A6-1-e", "A9-2-h").matches(PUBLIC_TASK_AND_PARA_18));
        assertFalse(new RecordFilter(null, "A9-2-g").matches(LegalBasis.NONE), "no condition is not a match");
    }

    @Test
    void blanksAreAny() {
        RecordFilter blank = new RecordFilter(" ", "");
        assertNull(blank.lawfulBasis());
        assertTrue(blank.isAny());
        assertEquals("A6-1-e", new RecordFilter(" A6-1-e ", null).lawfulBasis());
    }

    @Test
    void thePartInAFlowIsSeenFromTheOrganisation() {
        assertEquals(Direction.DISCLOSES, Direction.of("P1", "P1", "P2", false));
        assertEquals(Direction.RECEIVES, Direction.of("P2", "P1", "P2", false));
        assertEquals(Direction.BOTH, Direction.of("P2", "P1", "P2", true));
        assertNull(Direction.of("P3", "P1", "P2", true), "a party not in the flow has no part in it");
    }
}
