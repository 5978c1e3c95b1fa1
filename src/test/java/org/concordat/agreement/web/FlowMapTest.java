package org.concordat.agreement.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlowMapTest {

    static Map<String, String> parties(String... names) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            map.put("P" + (i + 1), names[i]);
        }
        return map;
    }

    @Test
    void partiesSitOnACircleInsideTheDrawing() {
        FlowMap map = FlowMap.of(parties("Northshire Council", "Riverside Primary School", "Northshire Police"), List.of());
        assertEquals(3, map.nodes().size());
        for (FlowMap.Node node : map.nodes()) {
            assertTrue(node.x() - FlowMap.NODE_RADIUS >= 0 && node.x() + FlowMap.NODE_RADIUS <= map.width(), node.toString());
            assertTrue(node.y() - FlowMap.NODE_RADIUS >= 0 && node.y() + FlowMap.NODE_RADIUS <= map.height(), node.toString());
        }
        assertEquals(List.of("Riverside", "Primary School"), map.nodes().get(1).lines());
        assertEquals(map.nodes().get(1).y() - FlowMap.LINE / 2.0 + 5, map.nodes().get(1).firstLineY(), 0.01);
    }

    @Test
    void flowsInTheSameDirectionShareOneArrowAndOppositeArrowsBendApart() {
        FlowMap map = FlowMap.of(parties("Council", "School"), List.of(
                new FlowMap.Link("P1", "P2", false, "Child in need"),
                new FlowMap.Link("P1", "P2", false, "Early help"),
                new FlowMap.Link("P1", "P2", false, "Child in need"),
                new FlowMap.Link("P2", "P1", false, "Attendance")));
        assertEquals(2, map.edges().size(), "one arrow each way");
        FlowMap.Edge out = map.edges().get(0);
        FlowMap.Edge back = map.edges().get(1);
        assertEquals(List.of("Child in need, Early", "help"), out.labelLines());
        assertFalse(out.bothWays());
        assertNotEquals(out.labelY(), back.labelY(), "the two arrows bend to opposite sides, so their labels do not overlap");
    }

    @Test
    void aFlowBothWaysIsOneArrowAndUnknownPartiesAreLeftOut() {
        FlowMap map = FlowMap.of(parties("Council", "School"), List.of(
                new FlowMap.Link("P2", "P1", true, "Child in need"),
                new FlowMap.Link("P1", "P9", false, "Nobody")));
        assertEquals(1, map.edges().size());
        assertTrue(map.edges().get(0).bothWays());
        assertTrue(map.edges().get(0).path().startsWith("M "), map.edges().get(0).path());
    }

    @Test
    void longTextIsCutWithAnEllipsis() {
        List<String> lines = FlowMap.wrap("one two three four five six seven eight nine ten eleven twelve", 9, 2);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).endsWith("…"));
    }
}
