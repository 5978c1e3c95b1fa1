package org.concordat.document.render.infrastructure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The document laid out before anything is written: pages as lists of drawing operations and a cursor that moves
 * down the page. Writing comes after layout, when the number of pages and the page of every heading are known
 * (the contents and "Page x of y" need both). Each operation carries its tag: text belongs to the structure element
 * the layout has open ({@link #within}, {@link #as}), decoration (fills, rules, leaders) is an artifact unless it
 * is part of a figure.
 */
final class Galley {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float LEFT = 56.7f;
    static final float WIDTH = PAGE.getWidth() - 2 * LEFT;
    static final float TOP = PAGE.getHeight() - 64f;
    static final float BOTTOM = 64f;

    /** One drawing operation on a page's content stream. */
    interface Op {
        void draw(PDPageContentStream content) throws IOException;
    }

    /** A drawing operation with the tag its content belongs to. */
    record Marked(Tagging.Tag tag, Op op) {
    }

    private final List<List<Marked>> pages = new ArrayList<>();
    private final Tagging tagging = new Tagging();
    private Tagging.Tag current = tagging.document();
    private float y;

    Galley() {
        newPage();
    }

    void newPage() {
        pages.add(new ArrayList<>());
        y = TOP;
    }

    /** The current page, counted from 0. */
    int page() {
        return pages.size() - 1;
    }

    List<List<Marked>> pages() {
        return pages;
    }

    Tagging tagging() {
        return tagging;
    }

    /** The tag text drawn now belongs to. */
    Tagging.Tag tag() {
        return current;
    }

    /** Draws with the text as content of the tag (a table's cell, or an artifact). */
    void as(Tagging.Tag tag, Runnable drawing) {
        Tagging.Tag outer = current;
        current = tag;
        try {
            drawing.run();
        } finally {
            current = outer;
        }
    }

    /** Opens an element of the type under the current one, and draws its content. */
    Tagging.Tag within(String type, Runnable drawing) {
        Tagging.Tag tag = current.child(type);
        as(tag, drawing);
        return tag;
    }

    /** The top of the free space on the current page. */
    float y() {
        return y;
    }

    float remaining() {
        return y - BOTTOM;
    }

    boolean atTop() {
        return y >= TOP;
    }

    /** Starts a new page unless the height fits in what is left (or the page is still empty). */
    void ensure(float height) {
        if (height > remaining() && !atTop()) {
            newPage();
        }
    }

    void advance(float height) {
        y -= height;
    }

    /** Vertical space between blocks; none at the top of a page. */
    void space(float height) {
        if (!atTop()) {
            y = Math.max(BOTTOM, y - height);
        }
    }

    /** Lines of text from the cursor down, each moved to a new page when it does not fit. */
    void lines(List<String> lines, Style style, float x) {
        for (String line : lines) {
            ensure(style.leading());
            text(x, y, line, style);
            y -= style.leading();
        }
    }

    /** A line of printable text whose line box starts at top. */
    void text(float x, float top, String printable, Style style) {
        text(x, top, () -> printable, style);
    }

    /** Text known only when pages are written (a page number). */
    void text(float x, float top, Supplier<String> printable, Style style) {
        float baseline = top - style.baseline();
        text(content -> {
            content.beginText();
            content.setFont(style.face().font, style.size());
            colour(content, style.colour());
            content.newLineAtOffset(x, baseline);
            content.showText(printable.get());
            content.endText();
        });
    }

    /** Like {@link #text(float, float, Supplier, Style)}, right-aligned on x. */
    void textRight(float x, float top, Supplier<String> printable, Style style) {
        float baseline = top - style.baseline();
        text(content -> {
            String text = printable.get();
            content.beginText();
            content.setFont(style.face().font, style.size());
            colour(content, style.colour());
            content.newLineAtOffset(x - style.face().width(text, style.size()), baseline);
            content.showText(text);
            content.endText();
        });
    }

    void fill(float x, float top, float width, float height, Style.Rgb colour) {
        decoration(content -> {
            colour(content, colour);
            content.addRect(x, top - height, width, height);
            content.fill();
        });
    }

    void rule(float x1, float y1, float x2, float y2, float lineWidth, Style.Rgb colour) {
        decoration(content -> {
            content.setStrokingColor(colour.r(), colour.g(), colour.b());
            content.setLineWidth(lineWidth);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
        });
    }

    /** A dotted leader between a contents entry and its page number. */
    void dots(float x1, float x2, float baseline, Style.Rgb colour) {
        decoration(content -> {
            content.saveGraphicsState();
            content.setStrokingColor(colour.r(), colour.g(), colour.b());
            content.setLineWidth(0.6f);
            content.setLineDashPattern(new float[] {0.6f, 2.4f}, 0);
            content.moveTo(x1, baseline);
            content.lineTo(x2, baseline);
            content.stroke();
            content.restoreGraphicsState();
        });
    }

    /** Text: always the content of an element, never loose under the document. */
    private void text(Op op) {
        if (current == tagging.document()) {
            throw new IllegalStateException("Text was laid out outside any structure element");
        }
        pages.get(page()).add(new Marked(current, op));
    }

    /** Fills, rules and leaders: artifacts, except in a figure, whose picture they are. */
    private void decoration(Op op) {
        pages.get(page()).add(new Marked(current.is("Figure") ? current : Tagging.ARTIFACT, op));
    }

    private static void colour(PDPageContentStream content, Style.Rgb colour) throws IOException {
        content.setNonStrokingColor(colour.r(), colour.g(), colour.b());
    }
}
