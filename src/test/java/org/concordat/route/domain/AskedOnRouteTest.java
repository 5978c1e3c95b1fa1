package org.concordat.route.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What practitioners asked about on an uncovered route, as a draft for it starts from. */
class AskedOnRouteTest {

    private static RouteGap gap(Set<String> subjects, Set<String> categories) {
        return new RouteGap(1L, 2L, "EARLY_HELP", subjects, categories, Outcome.NOT_COVERED, Instant.parse("2026-12-01T10:00:00Z"));
    }

    @Test
    void eachKindIsCountedOncePerCheckThatAskedIt() {
        AskedOnRoute asked = AskedOnRoute.of(List.of(
                gap(Set.of("CHILD"), Set.of("EDUCATION_DATA")),
                gap(Set.of("CHILD", "PARENT_CARER"), Set.of("EDUCATION_DATA", "HEALTH_DATA")),
                gap(Set.of("CHILD"), Set.of())));
        assertEquals(3, asked.checks());
        assertEquals(Map.of("CHILD", 3L, "PARENT_CARER", 1L), asked.dataSubjects());
        assertEquals(Map.of("EDUCATION_DATA", 2L, "HEALTH_DATA", 1L), asked.dataCategories());
    }

    @Test
    void mostAskedComeFirstAndTiesGoByCode() {
        assertEquals(List.of("B", "A", "C"), List.copyOf(AskedOnRoute.mostAskedFirst(Map.of("C", 1L, "A", 1L, "B", 4L)).keySet()));
    }

    @Test
    void gapsNotedBeforeKindsWereKeptCountAsChecksWithNothingAsked() {
        RouteGap old = gap(Set.of(), Set.of());
        AskedOnRoute asked = AskedOnRoute.of(List.of(old));
        assertEquals(1, asked.checks());
        assertTrue(asked.dataSubjects().isEmpty() && asked.dataCategories().isEmpty());
    }
}
