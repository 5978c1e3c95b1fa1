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
 * both ways is one arrow with two heads, and arrows joining the same two parties bend apart so none hides another.
 *
 * <p>The layout is measured, not guessed (issue 26: names spilled out of their circles and labels overlapped at three
 * flows): a name is wrapped into short lines and every node is made large enough for the longest name's lines; the
 * circle the nodes sit on is wide enough to keep them and their labels apart; each label is placed at the first
 * point along its arrow where its box touches no node and no label placed before it.
 */
public record FlowMap(int width, int height, double nodeRadius, List<Node> nodes, List<Edge> edges) {

    /** A party: its centre and its name split into short lines. */
    public record Node(String key, String name, List<String> lines, double x, double y) {

        /** Where the first line of the name goes, so that the lines sit centred on the node. */
        public double firstLineY() {
            return y - (lines.size() - 1) * LINE / 2.0 + BASELINE;
        }
    }

    /**
     * An arrow: an SVG path (a quadratic curve), where its label sits (labelX is the centre, labelY the first line's
     * baseline), the label's lines and the width they take.
     */
    public record Edge(String from, String to, boolean bothWays, String path, double labelX, double labelY,
                       List<String> labelLines, double labelWidth) {

        /** The rectangle the label's text takes on the drawing. */
        public Box labelBox() {
            double top = labelY - BASELINE - LINE / 2.0;
            return new Box(labelX - labelWidth / 2, top, labelX + labelWidth / 2, top + labelLines.size() * LINE);
        }
    }

    /** A rectangle on the drawing. */
    public record Box(double left, double top, double right, double bottom) {

        boolean overlaps(Box other, double gap) {
            return left < other.right + gap && other.left < right + gap && top < other.bottom + gap && other.top < bottom + gap;
        }

        /** Whether any point of the box is closer than radius + gap to (x, y). */
        boolean touchesCircle(double x, double y, double radius, double gap) {
            double nx = Math.max(left, Math.min(x, right));
            double ny = Math.max(top, Math.min(y, bottom));
            return Math.hypot(nx - x, ny - y) < radius + gap;
        }

        boolean inside(double width, double height) {
            return left >= 0 && top >= 0 && right <= width && bottom <= height;
        }
    }

    /** One flow as the map needs it. */
    public record Link(String from, String to, boolean bothWays, String label) {
    }

    /** The line height of names and labels, and where a line's baseline sits below its middle. */
    static final int LINE = 16;
    static final double BASELINE = 5;
    /** Generous widths of a character: names are 14 px bold, labels 13 px (concordat.css, .flow-map__*). */
    static final double NAME_CHAR = 8.6;
    static final double LABEL_CHAR = 7.4;
    static final int NAME_WIDTH = 14;
    static final int LABEL_WIDTH = 20;
    static final double MIN_NODE_RADIUS = 50;
    static final double MIN_RADIUS = 190;
    /** Room between two neighbouring nodes for the arrows and labels between them. */
    static final double NODE_GAP = 150;
    /** The most room tried; past it a label that finds no free place stays in the middle of its arrow. */
    static final double MAX_GAP = 630;
    static final double MARGIN = 12;
    static final double GAP = 4;

    public static FlowMap of(Map<String, String> partyNames, List<Link> links) {
        // Widen the circle until every label has a place of its own (many flows between many parties need room).
        FlowMap map = null;
        for (double gap = NODE_GAP; map == null; gap += 80) {
            map = layout(partyNames, links, gap, gap >= MAX_GAP);
        }
        return map;
    }

    /** The map with this much room between neighbouring nodes; null if a label found no free place and may retry. */
    private static FlowMap layout(Map<String, String> partyNames, List<Link> links, double nodeGap, boolean last) {
        int n = partyNames.size();
        Map<String, List<String>> names = new LinkedHashMap<>();
        partyNames.forEach((key, name) -> names.put(key, wrap(name, NAME_WIDTH, 3)));
        double nodeRadius = names.values().stream().mapToDouble(FlowMap::radiusFor).max().orElse(MIN_NODE_RADIUS);
        // Neighbours on the circle are 2 R sin(pi / n) apart: far enough for both nodes and the room between them.
        double radius = n < 2 ? 0 : Math.max(MIN_RADIUS, (2 * nodeRadius + nodeGap) / (2 * Math.sin(Math.PI / Math.max(n, 2))));
        int size = (int) Math.ceil(2 * (radius + nodeRadius + MARGIN));
        double cx = size / 2.0;
        double cy = size / 2.0;
        List<Node> nodes = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, List<String>> party : names.entrySet()) {
            // Start at the top and go clockwise; two parties sit side by side rather than one above the other.
            double angle = n == 2 ? Math.PI * (i + 1) : -Math.PI / 2 + 2 * Math.PI * i / n;
            double x = n == 1 ? cx : cx + radius * Math.cos(angle);
            double y = n == 1 || n == 2 ? cy : cy + radius * Math.sin(angle);
            nodes.add(new Node(party.getKey(), partyNames.get(party.getKey()), party.getValue(), round(x), round(y)));
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
        // The arrows joining each pair of parties, in order, so that each gets its own bend.
        Map<String, List<String>> byPair = new LinkedHashMap<>();
        labels.keySet().forEach(id -> {
            String[] ends = id.split("[=>]");
            byPair.computeIfAbsent(both(ends[0], ends[1]), k -> new ArrayList<>()).add(id);
        });
        List<Edge> edges = new ArrayList<>();
        List<Box> placed = new ArrayList<>();
        for (Map.Entry<String, Set<String>> entry : labels.entrySet()) {
            String id = entry.getKey();
            boolean bothWays = id.contains("=");
            String[] ends = id.split("[=>]");
            List<String> pair = byPair.get(both(ends[0], ends[1]));
            // Bends measured to the left of the pair's own direction (lower key to higher), spread evenly around 0.
            double offset = (pair.indexOf(id) - (pair.size() - 1) / 2.0) * 2 * Math.min(60, 0.22 * distance(byKey.get(ends[0]),
                    byKey.get(ends[1])));
            double bend = ends[0].compareTo(ends[1]) <= 0 ? offset : -offset;
            Edge edge = edge(byKey.get(ends[0]), byKey.get(ends[1]), bothWays, bend, String.join(", ", entry.getValue()),
                    nodes, nodeRadius, placed, size, last);
            if (edge == null) {
                return null;
            }
            placed.add(edge.labelBox());
            edges.add(edge);
        }
        return new FlowMap(size, size, round(nodeRadius), nodes, edges);
    }

    /** The radius a node needs for these lines of its name: every line's corners inside, with room to spare. */
    static double radiusFor(List<String> lines) {
        double needed = 0;
        for (int i = 0; i < lines.size(); i++) {
            double middle = Math.abs(i - (lines.size() - 1) / 2.0) * LINE;
            needed = Math.max(needed, Math.hypot(lines.get(i).length() * NAME_CHAR / 2, middle + LINE / 2.0));
        }
        return Math.max(MIN_NODE_RADIUS, Math.ceil(needed + 6));
    }

    private static double distance(Node a, Node b) {
        return Math.hypot(b.x() - a.x(), b.y() - a.y());
    }

    private static String both(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "=" + b : b + "=" + a;
    }

    private static Edge edge(Node from, Node to, boolean bothWays, double bend, String label, List<Node> nodes,
                             double nodeRadius, List<Box> placed, int size, boolean last) {
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        double length = Math.hypot(dx, dy);
        double ux = dx / length;
        double uy = dy / length;
        // Start and end on the nodes' rims, not at their centres, so the arrow heads stay visible.
        double x1 = from.x() + ux * nodeRadius;
        double y1 = from.y() + uy * nodeRadius;
        double x2 = to.x() - ux * (nodeRadius + 4);
        double y2 = to.y() - uy * (nodeRadius + 4);
        // The bend is to the left of the direction of travel; the curve passes through (mx, my) at its middle.
        double mx = (x1 + x2) / 2 - uy * bend;
        double my = (y1 + y2) / 2 + ux * bend;
        double cx = 2 * mx - (x1 + x2) / 2;
        double cy = 2 * my - (y1 + y2) / 2;
        String path = "M " + round(x1) + " " + round(y1) + " Q " + round(cx) + " " + round(cy) + " " + round(x2) + " " + round(y2);
        List<String> lines = wrap(label, LABEL_WIDTH, 3);
        double width = lines.stream().mapToInt(String::length).max().orElse(0) * LABEL_CHAR + 4;
        Edge first = null;
        // Along the arrow from its middle outwards, then a little to either side of it.
        for (double side : new double[] {0, 1, -1, 2, -2}) {
            for (double t : new double[] {0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74}) {
                double px = (1 - t) * (1 - t) * x1 + 2 * (1 - t) * t * cx + t * t * x2;
                double py = (1 - t) * (1 - t) * y1 + 2 * (1 - t) * t * cy + t * t * y2;
                double shift = side * (lines.size() * LINE / 2.0 + 6);
                px += -uy * shift;
                py += ux * shift;
                Edge candidate = new Edge(from.key(), to.key(), bothWays, path, round(px),
                        round(py - (lines.size() - 1) * LINE / 2.0 + BASELINE), lines, round(width));
                if (first == null) {
                    first = candidate;
                }
                if (fits(candidate.labelBox(), nodes, nodeRadius, placed, size)) {
                    return candidate;
                }
            }
        }
        return last ? first : null;
    }

    private static boolean fits(Box box, List<Node> nodes, double nodeRadius, List<Box> placed, int size) {
        return box.inside(size, size) && nodes.stream().noneMatch(n -> box.touchesCircle(n.x(), n.y(), nodeRadius, GAP))
                && placed.stream().noneMatch(p -> p.overlaps(box, GAP));
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
