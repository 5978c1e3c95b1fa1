package org.concordat.agreement.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The map of an agreement for the page's SVG: organisations as nodes around a circle, flows as arrows labelled by
 * purpose. Flows between the same two parties in the same direction share one arrow (their purposes listed), a flow
 * both ways is one arrow with two heads, and opposite arrows bend apart so neither hides the other.
 */
public record FlowMap(int width, int height, List<Node> nodes, List<Edge> edges) {

    /** A party: its centre and its name split into short lines. */
    public record Node(String key, String name, List<String> lines, double x, double y) {

        /** Where the first line of the name goes, so that the lines sit centred on the node. */
        public double firstLineY() {
            return y - (lines.size() - 1) * LINE / 2.0 + 5;
        }
    }

    /** An arrow: an SVG path (a quadratic curve), where its label sits, and the label's lines. */
    public record Edge(String from, String to, boolean bothWays, String path, double labelX, double labelY,
                       List<String> labelLines) {
    }

    /** One flow as the map needs it. */
    public record Link(String from, String to, boolean bothWays, String label) {
    }

    static final int SIZE = 560;
    static final double RADIUS = 190;
    static final double NODE_RADIUS = 58;
    static final int LINE = 16;

    public static FlowMap of(Map<String, String> partyNames, List<Link> links) {
        double cx = SIZE / 2.0;
        double cy = SIZE / 2.0;
        List<Node> nodes = new ArrayList<>();
        int n = partyNames.size();
        int i = 0;
        for (Map.Entry<String, String> party : partyNames.entrySet()) {
            // Start at the top and go clockwise; two parties sit side by side rather than one above the other.
            double angle = n == 2 ? Math.PI * i : -Math.PI / 2 + 2 * Math.PI * i / n;
            double x = n == 1 ? cx : cx + RADIUS * Math.cos(n == 2 ? angle + Math.PI : angle);
            double y = n == 1 ? cy : cy + RADIUS * Math.sin(n == 2 ? 0 : angle);
            nodes.add(new Node(party.getKey(), party.getValue(), wrap(party.getValue(), 16, 3), round(x), round(y)));
            i++;
        }
        Map<String, Node> byKey = new LinkedHashMap<>();
        nodes.forEach(node -> byKey.put(node.key(), node));

        // Group flows by direction: "P1>P2" one way, "P1=P2" (sorted keys) both ways.
        Map<String, Set<String>> labels = new LinkedHashMap<>();
        for (Link link : links) {
            if (!byKey.containsKey(link.from()) || !byKey.containsKey(link.to()) || link.from().equals(link.to())) {
                continue;
            }
            String id = link.bothWays() ? both(link.from(), link.to()) : link.from() + ">" + link.to();
            labels.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(link.label());
        }
        List<Edge> edges = new ArrayList<>();
        labels.forEach((id, purposeLabels) -> {
            boolean bothWays = id.contains("=");
            String[] ends = id.split(bothWays ? "=" : ">");
            Node from = byKey.get(ends[0]);
            Node to = byKey.get(ends[1]);
            // Bend an arrow when another arrow joins the same two parties, so that the two stay apart.
            boolean crowded = labels.keySet().stream().filter(other -> !other.equals(id))
                    .anyMatch(other -> sameEnds(other, ends[0], ends[1]));
            edges.add(edge(from, to, bothWays, crowded ? 46 : 0, String.join(", ", purposeLabels)));
        });
        return new FlowMap(SIZE, SIZE, nodes, edges);
    }

    private static boolean sameEnds(String id, String a, String b) {
        String[] ends = id.split("[=>]");
        return (ends[0].equals(a) && ends[1].equals(b)) || (ends[0].equals(b) && ends[1].equals(a));
    }

    private static String both(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "=" + b : b + "=" + a;
    }

    private static Edge edge(Node from, Node to, boolean bothWays, double bend, String label) {
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        double length = Math.hypot(dx, dy);
        double ux = dx / length;
        double uy = dy / length;
        // Start and end on the nodes' rims, not at their centres, so the arrow heads stay visible.
        double x1 = from.x() + ux * NODE_RADIUS;
        double y1 = from.y() + uy * NODE_RADIUS;
        double x2 = to.x() - ux * (NODE_RADIUS + 4);
        double y2 = to.y() - uy * (NODE_RADIUS + 4);
        // The bend is to the left of the direction of travel: opposite arrows bend to opposite sides.
        double mx = (x1 + x2) / 2 - uy * bend;
        double my = (y1 + y2) / 2 + ux * bend;
        double cx = 2 * mx - (x1 + x2) / 2;
        double cy = 2 * my - (y1 + y2) / 2;
        String path = "M " + round(x1) + " " + round(y1) + " Q " + round(cx) + " " + round(cy) + " " + round(x2) + " " + round(y2);
        List<String> lines = wrap(label, 24, 3);
        return new Edge(from.key(), to.key(), bothWays, path, round(mx), round(my - (lines.size() - 1) * LINE / 2.0), lines);
    }

    /** Splits text into at most maxLines lines of about width characters, ending with "…" when cut. */
    static List<String> wrap(String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        if (lines.size() > maxLines) {
            List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
            cut.set(maxLines - 1, cut.get(maxLines - 1) + " …");
            return cut;
        }
        return lines;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
