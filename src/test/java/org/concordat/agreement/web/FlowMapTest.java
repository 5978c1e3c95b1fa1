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
            assertTrue(node.x() - map.nodeRadius() >= 0 && node.x() + map.nodeRadius() <= map.width(), node.toString());
            assertTrue(node.y() - map.nodeRadius() >= 0 && node.y() + map.nodeRadius() <= map.height(), node.toString());
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
        assertFalse(out.labelBox().overlaps(back.labelBox(), 0));
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

    /** The partnership's longest names and purposes: what the demo and the journeys draw. */
    static final String[] NAMES = {"Northshire County Council", "Riverside Primary School", "Northshire Police",
            "Northshire NHS Integrated Care Board", "Northshire Hospitals NHS Trust", "Brightstart Children's Charity",
            "Northshire Youth Justice Service", "Northshire Academy"};

    static List<FlowMap.Link> everyWay(int parties) {
        List<FlowMap.Link> links = new java.util.ArrayList<>();
        for (int a = 1; a <= parties; a++) {
            for (int b = a + 1; b <= parties; b++) {
                links.add(new FlowMap.Link("P" + a, "P" + b, false, "Child protection enquiry"));
                links.add(new FlowMap.Link("P" + b, "P" + a, false, "Multi-agency safeguarding hub (MASH) triage"));
                links.add(new FlowMap.Link("P" + a, "P" + b, true, "Early help"));
            }
        }
        return links;
    }

    /**
     * Issue 26: at three flows the labels overlapped and names spilled out of their circles. Every name line fits in
     * its circle, no label touches a circle or another label, and everything stays inside the drawing.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {2, 3, 4})
    void namesFitTheirCirclesAndLabelsNeitherOverlapNorCoverACircle(int parties) {
        String[] names = java.util.Arrays.copyOf(NAMES, parties);
        FlowMap map = FlowMap.of(parties(names), everyWay(parties));
        assertEquals(parties * (parties - 1) / 2 * 3, map.edges().size(), "three arrows between each pair");
        for (FlowMap.Node node : map.nodes()) {
            for (int i = 0; i < node.lines().size(); i++) {
                double half = node.lines().get(i).length() * FlowMap.NAME_CHAR / 2;
                double middle = node.firstLineY() - FlowMap.BASELINE + i * FlowMap.LINE;
                double far = Math.abs(middle - node.y()) + FlowMap.LINE / 2.0;
                assertTrue(Math.hypot(half, far) <= map.nodeRadius(), node.lines().get(i) + " spills out of its circle");
            }
        }
        for (int i = 0; i < map.edges().size(); i++) {
            FlowMap.Box box = map.edges().get(i).labelBox();
            assertTrue(box.inside(map.width(), map.height()), "label inside the drawing: " + box);
            for (FlowMap.Node node : map.nodes()) {
                assertFalse(box.touchesCircle(node.x(), node.y(), map.nodeRadius(), 0),
                        map.edges().get(i).labelLines() + " covers " + node.name());
            }
            for (int j = 0; j < i; j++) {
                assertFalse(box.overlaps(map.edges().get(j).labelBox(), 0),
                        map.edges().get(i).labelLines() + " overlaps " + map.edges().get(j).labelLines());
            }
        }
    }

    @Test
    void arrowsBetweenTheSamePartiesBendApartWhicheverWayTheyRun() {
        FlowMap map = FlowMap.of(parties("Council", "School"), List.of(
                new FlowMap.Link("P1", "P2", false, "Child in need"),
                new FlowMap.Link("P1", "P2", true, "Early help"),
                new FlowMap.Link("P2", "P1", false, "Attendance")));
        assertEquals(3, map.edges().size());
        assertEquals(3, map.edges().stream().map(FlowMap.Edge::path).distinct().count(), "no arrow drawn over another");
    }

    @Test
    void aLongNameIsWrappedNotCut() {
        FlowMap map = FlowMap.of(parties("Northshire NHS Integrated Care Board", "School"), List.of());
        assertEquals(List.of("Northshire NHS", "Integrated", "Care Board"), map.nodes().get(0).lines());
    }

    @Test
    void theThreeFlowsOfTheDraftingJourneyFitWithoutGrowingTheMap() {
        FlowMap map = FlowMap.of(parties("Northshire County Council", "Riverside Primary School", "Northshire Police"), List.of(
                new FlowMap.Link("P1", "P2", false, "Child in need"),
                new FlowMap.Link("P1", "P3", false, "Child in need"),
                new FlowMap.Link("P1", "P2", true, "Early help")));
        assertTrue(map.width() < 560, "the smallest circle: " + map.width());
        FlowMap.Edge oneWay = map.edges().get(0);
        FlowMap.Edge bothWays = map.edges().get(2);
        assertNotEquals(oneWay.path(), bothWays.path(), "the two arrows between council and school bend apart");
        assertFalse(oneWay.labelBox().overlaps(bothWays.labelBox(), 0));
        for (FlowMap.Edge edge : map.edges()) {
            for (FlowMap.Node node : map.nodes()) {
                assertFalse(edge.labelBox().touchesCircle(node.x(), node.y(), map.nodeRadius(), 0), edge + " on " + node);
            }
        }
    }
}
