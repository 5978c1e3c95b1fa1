package org.concordat.document.render.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * An embedded font with what layout needs of it: the width of text, and text it can show. A character the
 * font has no glyph for is shown as "?" rather than failing the whole document; control characters go.
 */
final class Face {

    private static final char MISSING = '?';

    final PDFont font;

    /** Width of each character met so far, in thousandths of the font size; NaN when the font lacks it. */
    private final Map<Integer, Float> widths = new HashMap<>();

    Face(PDFont font) {
        this.font = font;
    }

    /** The text as this font can show it: lines kept, tabs as spaces, other controls dropped, unknown glyphs "?". */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\u2028' || cp == '\u2029') {
                out.append('\n');
            } else if (cp == '\t') {
                out.append(' ');
            } else if (!Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT) {
                out.append(Float.isNaN(unitWidth(cp)) ? MISSING : new String(Character.toChars(cp)));
            }
        });
        return out.toString();
    }

    /** Width in points of printable text at that size. */
    float width(String printable, float size) {
        float units = 0;
        for (int i = 0; i < printable.length(); i++) {
            units += unitWidth(printable.charAt(i));
        }
        return units * size / 1000f;
    }

    /**
     * Printable text broken into lines no wider than the width: at spaces, at the author's line breaks, and inside
     * a word only when the word alone is wider than a line (a long e-mail address or link).
     */
    List<String> wrap(String printable, float size, float width) {
        return wrap(printable, size, width, width);
    }

    /** Like {@link #wrap(String, float, float)}, with a narrower first line (it follows a label). */
    List<String> wrap(String printable, float size, float firstWidth, float width) {
        List<String> lines = new ArrayList<>();
        float space = width(" ", size);
        for (String hard : printable.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float used = 0;
            for (String word : hard.strip().split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                float limit = lines.isEmpty() ? firstWidth : width;
                float w = width(word, size);
                if (line.length() > 0 && used + space + w <= limit) {
                    line.append(' ').append(word);
                    used += space + w;
                    continue;
                }
                if (line.length() > 0 || w > limit && lines.isEmpty() && firstWidth < width) {
                    lines.add(line.toString());
                    line.setLength(0);
                    limit = width;
                }
                while (w > limit) {
                    int fit = fitting(word, size, limit, true);
                    lines.add(word.substring(0, fit));
                    word = word.substring(fit);
                    w = width(word, size);
                    limit = width;
                }
                line.append(word);
                used = w;
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The printable text cut to the width, ending with "…" when it had to be cut. */
    String truncate(String printable, float size, float width) {
        if (width(printable, size) <= width) {
            return printable;
        }
        String ellipsis = "\u2026";
        int fit = fitting(printable, size, width - width(ellipsis, size), false);
        return printable.substring(0, fit).stripTrailing() + ellipsis;
    }

    /**
     * How many leading characters fit in the width, at least one so that layout always advances; when breaking a
     * word, up to the last hyphen or slash that fits ("System-to-" rather than "System-to-syste").
     */
    private int fitting(String word, float size, float width, boolean atBreaks) {
        float used = 0;
        int afterBreak = 0;
        for (int i = 0; i < word.length(); i++) {
            used += unitWidth(word.charAt(i)) * size / 1000f;
            if (used > width) {
                return afterBreak > 0 ? afterBreak : Math.max(1, i);
            }
            if (atBreaks && (word.charAt(i) == '-' || word.charAt(i) == '/')) {
                afterBreak = i + 1;
            }
        }
        return word.length();
    }

    private float unitWidth(int codePoint) {
        return widths.computeIfAbsent(codePoint, cp -> {
            try {
                return font.getStringWidth(new String(Character.toChars(cp)));
            } catch (IllegalArgumentException noGlyph) {
                return Float.NaN;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
