package org.concordat.route.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodesTest {

    @Test
    void codesComeOutSortedOnceEachAndEqualToAnyOtherSetOfTheSameCodes() {
        Set<String> codes = Codes.sorted(List.of("SOCIAL_CARE", "EDUCATION_DATA", "SOCIAL_CARE", "HEALTH_DATA"));

        assertEquals(List.of("EDUCATION_DATA", "HEALTH_DATA", "SOCIAL_CARE"), new ArrayList<>(codes));
        assertEquals(Set.of("HEALTH_DATA", "SOCIAL_CARE", "EDUCATION_DATA"), codes);
        assertEquals(Set.of("HEALTH_DATA", "SOCIAL_CARE", "EDUCATION_DATA").hashCode(), codes.hashCode());
        assertTrue(codes.contains("HEALTH_DATA"));
        assertFalse(codes.contains("HOUSING"));
        assertFalse(codes.contains(null));
        assertEquals("[EDUCATION_DATA, HEALTH_DATA, SOCIAL_CARE]", codes.toString());
        assertTrue(Codes.sorted(null).isEmpty());
    }

    @Test
    void setsCannotBeChangedOnceMade() {
        Set<String> codes = Codes.sorted(Arrays.asList("CHILD", "PARENT_CARER"));

        assertThrows(UnsupportedOperationException.class, () -> codes.add("ADULT_AT_RISK"));
        assertThrows(UnsupportedOperationException.class, () -> codes.remove("CHILD"));
        assertThrows(UnsupportedOperationException.class, () -> codes.iterator().remove());
        assertThrows(UnsupportedOperationException.class, codes::clear);
        assertThrows(NullPointerException.class, () -> Codes.sorted(Arrays.asList("CHILD", null)));
    }

    @Test
    void commonAndMissingSplitTheWantedCodesByWhatIsOffered() {
        Set<String> wanted = Codes.sorted(List.of("HOUSING", "EDUCATION_DATA", "SOCIAL_CARE"));
        Set<String> offered = Set.of("SOCIAL_CARE", "EDUCATION_DATA", "HEALTH_DATA");

        assertEquals(List.of("EDUCATION_DATA", "SOCIAL_CARE"), new ArrayList<>(Codes.common(wanted, offered)));
        assertEquals(List.of("HOUSING"), new ArrayList<>(Codes.missing(wanted, offered)));
        assertTrue(Codes.common(wanted, Set.of("DOMESTIC_ABUSE")).isEmpty());
        assertTrue(Codes.missing(wanted, wanted).isEmpty());
        assertSame(wanted, Codes.common(wanted, wanted), "nothing to drop: the set itself, not a copy");
        assertSame(wanted, Codes.sorted(wanted), "already sorted: passed on as it is");
        assertEquals(List.of("EDUCATION_DATA", "HOUSING"),
                new ArrayList<>(Codes.common(Set.of("HOUSING", "EDUCATION_DATA"), wanted)), "any set goes in");
    }

    @Test
    void aSetSurvivesSerialisationAsAViewKeepsIt() throws Exception {
        Set<String> codes = Codes.sorted(List.of("CHILD", "ALLEGED_PERPETRATOR"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(codes);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            @SuppressWarnings("unchecked")
            Set<String> back = (Set<String>) in.readObject();
            assertEquals(List.of("ALLEGED_PERPETRATOR", "CHILD"), new ArrayList<>(back));
        }
    }
}
