package org.concordat.document.render.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares two documents paragraph by paragraph — the current draft's text and a partner's marked-up copy of it — and
 * lists what differs, for a person to read side by side and apply by hand: nothing is applied automatically.
 * Paragraphs are compared after their white space is tidied (runs of spaces, tabs and line breaks read as one space),
 * so only a change of words counts. The longest common subsequence of paragraphs (Myers' algorithm, after the common
 * start and end are set aside) is what stayed; within each stretch
 * between two kept paragraphs, removed and added paragraphs are paired in order as changed ones, and the rest are
 * removed or added.
 */
public final class ParagraphComparison {

    /** Beyond this many removals and additions the documents are too far apart to align: one stretch is shown. */
    static final int MAX_EDITS = 2000;

    /** What happened to a paragraph. */
    public enum Kind { CHANGED, ADDED, REMOVED }

    /**
     * One difference.
     *
     * @param currentIndex  the paragraph's position (from 1) in the current draft, or of the paragraph it follows
     *                      when it was added (0: at the start)
     * @param current       the draft's paragraph, or null when the partner added one
     * @param partners      the partner's paragraph, or null when the partner removed one
     */
    public record Difference(Kind kind, int currentIndex, String current, String partners) {
    }

    private ParagraphComparison() {
    }

    public static List<Difference> compare(List<String> current, List<String> partners) {
        List<String> a = current.stream().map(ParagraphComparison::tidy).toList();
        List<String> b = partners.stream().map(ParagraphComparison::tidy).toList();
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<Difference> differences = new ArrayList<>();
        List<int[]> kept = matches(a.subList(start, endA), b.subList(start, endB));
        if (kept == null) {
            // Too far apart to align cheaply: the whole stretch is shown as one change.
            stretch(current, partners, start, endA, start, endB, differences);
            return differences;
        }
        int fromA = start;
        int fromB = start;
        for (int[] pair : kept) {
            stretch(current, partners, fromA, start + pair[0], fromB, start + pair[1], differences);
            fromA = start + pair[0] + 1;
            fromB = start + pair[1] + 1;
        }
        stretch(current, partners, fromA, endA, fromB, endB, differences);
        return differences;
    }

    /**
     * The paragraphs kept from a to b, as pairs of positions, by Myers' O((N+M)D) difference algorithm (a longest
     * common subsequence found by the fewest removals and additions); null when more than {@link #MAX_EDITS} are needed.
     */
    private static List<int[]> matches(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int offset = n + m + 1;
        int[] v = new int[2 * offset + 1];
        List<int[]> trace = new ArrayList<>();
        int edits = -1;
        for (int d = 0; d <= Math.min(n + m, MAX_EDITS) && edits < 0; d++) {
            trace.add(java.util.Arrays.copyOfRange(v, offset - d - 1, offset + d + 2));
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    edits = d;
                    break;
                }
            }
        }
        if (edits < 0) {
            return null;
        }
        List<int[]> kept = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = edits; d >= 0; d--) {
            int[] before = trace.get(d);
            // trace.get(d)[i] is v[offset - d - 1 + i]: the state before step d.
            int k = x - y;
            int previousK;
            int previousX;
            if (d == 0) {
                previousK = 0;
                previousX = 0;
            } else {
                boolean down = k == -d || (k != d && before[k - 1 + d + 1] < before[k + 1 + d + 1]);
                previousK = down ? k + 1 : k - 1;
                previousX = before[previousK + d + 1];
            }
            int previousY = previousX - previousK;
            int snakeX = d == 0 ? 0 : (previousK == k + 1 ? previousX : previousX + 1);
            while (x > snakeX && y > snakeX - k) {
                x--;
                y--;
                kept.add(new int[] {x, y});
            }
            x = previousX;
            y = previousY;
        }
        java.util.Collections.reverse(kept);
        return kept;
    }

    /** The paragraphs between two kept ones: paired in order as changed, the rest removed or added. */
    private static void stretch(List<String> current, List<String> partners, int fromA, int toA, int fromB, int toB,
                                List<Difference> differences) {
        int pairs = Math.min(toA - fromA, toB - fromB);
        for (int k = 0; k < pairs; k++) {
            differences.add(new Difference(Kind.CHANGED, fromA + k + 1, current.get(fromA + k), partners.get(fromB + k)));
        }
        for (int k = fromA + pairs; k < toA; k++) {
            differences.add(new Difference(Kind.REMOVED, k + 1, current.get(k), null));
        }
        for (int k = fromB + pairs; k < toB; k++) {
            differences.add(new Difference(Kind.ADDED, toA, null, partners.get(k)));
        }
    }

    /** Runs of white space (and non-breaking spaces) as one space, none at either end. */
    static String tidy(String paragraph) {
        return paragraph == null ? "" : paragraph.replaceAll("[\\s\\u00a0\\u2007\\u202f]+", " ").strip();
    }
}
