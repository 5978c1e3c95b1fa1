package org.concordat.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.concordat.shared.domain.FieldError;
import org.junit.jupiter.api.Test;

class DateInputTest {

    final List<FieldError> errors = new ArrayList<>();

    @Test
    void dayMonthYearWithOrWithoutLeadingZeros() {
        assertEquals(LocalDate.of(2026, 4, 1), DateInput.parse("1/4/2026", "d", errors));
        assertEquals(LocalDate.of(2026, 4, 1), DateInput.parse(" 01/04/2026 ", "d", errors));
        assertTrue(errors.isEmpty());
    }

    @Test
    void blankIsNoDate() {
        assertNull(DateInput.parse("  ", "d", errors));
        assertTrue(errors.isEmpty());
    }

    @Test
    void impossibleOrAmericanDatesAreReportedForTheField() {
        assertNull(DateInput.parse("31/02/2026", "apdDate", errors));
        assertNull(DateInput.parse("4/13/2026", "apdDate", errors));
        assertNull(DateInput.parse("2026-04-01", "apdDate", errors));
        assertEquals(3, errors.size());
        assertEquals("apdDate", errors.get(0).field());
    }

    @Test
    void datesOutsideTheYearsConcordatKeepsAreReportedForTheField() {
        assertNull(DateInput.parse("31/12/1899", "endDate", errors));
        assertNull(DateInput.parse("1/1/2201", "endDate", errors));
        assertNull(DateInput.parse("31/12/999999999", "endDate", errors));
        assertEquals(3, errors.size());
        assertEquals("endDate", errors.get(0).field());
        assertEquals("Enter a date between 1900 and 2200.", errors.get(0).message());
        assertEquals("Enter a date between 1900 and 2200.", errors.get(1).message());
        errors.clear();
        assertEquals(LocalDate.of(1900, 1, 1), DateInput.parse("1/1/1900", "endDate", errors));
        assertEquals(LocalDate.of(2200, 12, 31), DateInput.parse("31/12/2200", "endDate", errors));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void formatsTheWayItParses() {
        assertEquals("1/4/2026", DateInput.format(LocalDate.of(2026, 4, 1)));
        assertNull(DateInput.format(null));
    }
}
