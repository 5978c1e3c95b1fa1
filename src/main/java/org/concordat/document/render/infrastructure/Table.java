package org.concordat.document.render.infrastructure;

import java.util.ArrayList;
import java.util.List;

/**
 * A table that flows across pages: text wraps inside its cells, the header row is repeated at the top of every
 * page the table reaches (with a line saying which group continues there), a short group of rows (a flow and its
 * details) stays on one page, and a tall row is split between lines rather than leaving a large gap.
 *
 * <p>Tagged as a Table: a row of TH (scope Column), then a TR for each row with a TD for each cell (a band spans
 * the columns it covers, after an empty cell for those it leaves free); the header and continuation lines repeated on
 * later pages are artifacts. A table drawn {@linkplain #drawAsFigure as a figure} (a heat map) is one Figure with its
 * alternative text instead.
 */
final class Table {

    static final float PAD_X = 4.5f;
    static final float PAD_Y = 4f;

    record Column(String title, float width) {
    }

    /**
     * A paragraph inside a cell, optionally led by a label in its own style on the same line ("How often:").
     */
    record Run(String lead, Style leadStyle, String text, Style style) {

        Run(String text, Style style) {
            this(null, null, text, style);
        }
    }

    sealed interface Row permits Cells, Band {
    }

    /**
     * A row with one cell per column; each cell is a few paragraphs.
     *
     * @param cellFills a tint per cell over the row's fill (null entries keep the row's), or null for none
     */
    record Cells(List<List<Run>> cells, Style.Rgb fill, List<Style.Rgb> cellFills) implements Row {

        Cells(List<List<Run>> cells, Style.Rgb fill) {
            this(cells, fill, null);
        }
    }

    /** A row across the columns from the given one on: the heading of a group, or a flow's details and notes. */
    record Band(List<Run> runs, Style.Rgb fill, int fromColumn) implements Row {
    }

    /** A row laid out: its height and its lines, placed from the row's top-left corner, and its cells' tints. */
    private record Laid(float height, List<Piece> pieces, Style.Rgb fill, List<Tint> tints) {

        Laid(float height, List<Piece> pieces, Style.Rgb fill) {
            this(height, pieces, fill, List.of());
        }
    }

    /** A cell's own fill: from left, so wide. */
    private record Tint(float left, float width, Style.Rgb fill) {
    }

    /** A line of text in a row, in the cell of that index (a band's one cell is 0). */
    private record Piece(float x, float offset, String text, Style style, int cell) {
    }

    private final List<Column> columns;
    private final Style headerStyle;
    private final Style.Rgb headerFill;
    private final Style.Rgb ruleColour;
    private final float x;
    private final float width;
    private final List<Group> groups = new ArrayList<>();

    /** Rows kept together when they are short; continuation, if any, heads the rest on a new page. */
    private record Group(List<Row> rows, Row continuation) {
    }

    Table(List<Column> columns, Style headerStyle, Style.Rgb headerFill, Style.Rgb ruleColour, float x) {
        this.columns = List.copyOf(columns);
        this.headerStyle = headerStyle;
        this.headerFill = headerFill;
        this.ruleColour = ruleColour;
        this.x = x;
        this.width = (float) columns.stream().mapToDouble(Column::width).sum();
    }

    /** Rows kept on one page when they fit on one. */
    void group(List<Row> rows) {
        group(rows, null);
    }

    /** Rows kept on one page when they fit on one; when they go on over a page, the next starts with continuation. */
    void group(List<Row> rows, Row continuation) {
        groups.add(new Group(List.copyOf(rows), continuation));
    }

    /** Draws the table, tagged as a Table under the galley's current element. */
    void draw(Galley galley) {
        draw(galley, galley.tag().child("Table"), false);
    }

    /** Draws the table as a picture (a heat map): one Figure with that alternative text. */
    void drawAsFigure(Galley galley, String alt) {
        draw(galley, galley.tag().child("Figure").alt(alt), true);
    }

    private void draw(Galley galley, Tagging.Tag tag, boolean figure) {
        galley.as(tag, () -> drawRows(galley, tag, figure));
    }

    private void drawRows(Galley galley, Tagging.Tag tag, boolean figure) {
        Laid header = layout(new Cells(columns.stream().map(c -> List.of(new Run(c.title(), headerStyle))).toList(),
                headerFill));
        float fresh = Galley.TOP - Galley.BOTTOM - header.height();
        // The header never ends a page alone: it needs the first group, or a few of its lines, under it.
        float first = groups.isEmpty() ? 0 : groups.get(0).rows().stream().map(this::layout).map(Laid::height)
                .reduce(0f, Float::sum);
        // A first group short enough to move to a new page whole (see below) takes the header with it.
        galley.ensure(header.height() + (first <= fresh / 2 ? first : Math.min(first, minimumSplit() * 2)));
        place(galley, header, 0.9f, figure ? null : headerCells(tag), tag);
        for (Group group : groups) {
            List<Laid> rows = group.rows().stream().map(this::layout).toList();
            float height = rows.stream().map(Laid::height).reduce(0f, Float::sum);
            // A group of up to half a page moves to the next page whole; a longer one flows, row by row.
            if (height > galley.remaining() && height <= fresh / 2) {
                continueOnNewPage(galley, header, null, tag);
            }
            Laid continuation = group.continuation() == null ? null : layout(group.continuation());
            if (continuation != null && continuation.height() > fresh / 4) {
                continuation = null;
            }
            for (int i = 0; i < rows.size(); i++) {
                Laid row = rows.get(i);
                List<Tagging.Tag> cells = figure ? null : rowCells(tag, group.rows().get(i));
                // Before the group's first row there is nothing to continue.
                Laid repeat = i > 0 ? continuation : null;
                // A band keeps at least the start of the next row with it.
                float need = row.height() + (group.rows().get(i) instanceof Band && i + 1 < rows.size()
                        ? Math.min(rows.get(i + 1).height(), minimumSplit()) : 0);
                if (need > galley.remaining() && (row.height() <= fresh / 3 || galley.remaining() < minimumSplit())) {
                    continueOnNewPage(galley, header, repeat, tag);
                }
                while (row.height() > galley.remaining()) {
                    Laid[] parts = split(row, galley.remaining());
                    place(galley, parts[0], 0.5f, cells, tag);
                    continueOnNewPage(galley, header, continuation, tag);
                    row = parts[1];
                }
                // Rows of a group share one rule, under the last of them.
                place(galley, row, i == rows.size() - 1 ? 0.5f : 0, cells, tag);
            }
        }
    }

    /** A new page: the header again, and the line saying which group goes on; both repeat what was read, as artifacts. */
    private void continueOnNewPage(Galley galley, Laid header, Laid continuation, Tagging.Tag tag) {
        galley.newPage();
        galley.as(tag.is("Figure") ? tag : Tagging.ARTIFACT, () -> {
            place(galley, header, 0.9f, null, galley.tag());
            if (continuation != null) {
                place(galley, continuation, 0, null, galley.tag());
            }
        });
    }

    /** The header row: a TH of scope Column for each column. */
    private List<Tagging.Tag> headerCells(Tagging.Tag table) {
        Tagging.Tag row = table.child("TR");
        return columns.stream().map(c -> row.child("TH").scope("Column")).toList();
    }

    /**
     * A row's cells, in the order of its pieces' cell index: a TD per column, or for a band an empty TD across the
     * columns it leaves free and one across the columns it covers (every row spans all the columns).
     */
    private List<Tagging.Tag> rowCells(Tagging.Tag table, Row row) {
        Tagging.Tag tr = table.child("TR");
        if (row instanceof Band band) {
            if (band.fromColumn() > 0) {
                tr.child("TD").columns(band.fromColumn());
            }
            return List.of(tr.child("TD").columns(columns.size() - band.fromColumn()));
        }
        List<Tagging.Tag> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            cells.add(tr.child("TD"));
        }
        return cells;
    }

    /** The least worth starting at the foot of a page: two lines of body text with the cell's padding. */
    private float minimumSplit() {
        return 2 * headerStyle.leading() + 2 * PAD_Y;
    }

    private Laid layout(Row row) {
        List<Piece> pieces = new ArrayList<>();
        float height = 0;
        if (row instanceof Band band) {
            float left = (float) columns.subList(0, band.fromColumn()).stream().mapToDouble(Column::width).sum();
            height = cell(band.runs(), left, width - left, pieces, 0);
            return new Laid(height, pieces, band.fill());
        }
        Cells cells = (Cells) row;
        float left = 0;
        List<Tint> tints = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            height = Math.max(height, cell(cells.cells().get(i), left, columns.get(i).width(), pieces, i));
            if (cells.cellFills() != null && cells.cellFills().get(i) != null) {
                tints.add(new Tint(left, columns.get(i).width(), cells.cellFills().get(i)));
            }
            left += columns.get(i).width();
        }
        return new Laid(height, pieces, cells.fill(), tints);
    }

    /** Lays out one cell's paragraphs; returns the cell's height. */
    private static float cell(List<Run> runs, float left, float columnWidth, List<Piece> pieces, int index) {
        float offset = PAD_Y;
        float width = columnWidth - 2 * PAD_X;
        for (Run run : runs) {
            Face face = run.style().face();
            float indent = 0;
            if (run.lead() != null) {
                String lead = run.leadStyle().face().printable(run.lead());
                pieces.add(new Piece(left + PAD_X, offset, lead, run.leadStyle(), index));
                indent = run.leadStyle().face().width(lead + " ", run.leadStyle().size());
            }
            List<String> lines = face.wrap(face.printable(run.text()), run.style().size(), width - indent, width);
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0 || !lines.get(0).isEmpty()) {
                    pieces.add(new Piece(left + PAD_X + (i == 0 ? indent : 0), offset, lines.get(i), run.style(), index));
                }
                offset += run.style().leading();
            }
        }
        return offset + PAD_Y;
    }

    /** The lines that fit in the height, and the rest as a row of its own, for the next page. */
    private static Laid[] split(Laid row, float available) {
        List<Piece> now = new ArrayList<>();
        List<Piece> later = new ArrayList<>();
        for (Piece p : row.pieces()) {
            (p.offset() + p.style().leading() + PAD_Y <= available ? now : later).add(p);
        }
        float cut = (float) later.stream().mapToDouble(Piece::offset).min().orElse(row.height());
        List<Piece> moved = later.stream()
                .map(p -> new Piece(p.x(), p.offset() - cut + PAD_Y, p.text(), p.style(), p.cell())).toList();
        float rest = (float) moved.stream().mapToDouble(p -> p.offset() + p.style().leading()).max().orElse(0) + PAD_Y;
        return new Laid[] {new Laid(available, now, row.fill(), row.tints()), new Laid(rest, moved, row.fill(), row.tints())};
    }

    /**
     * Draws a row: each piece of text as content of its cell's tag, or, without cells (a repeated header, a
     * figure's rows), of the tag given.
     */
    private void place(Galley galley, Laid row, float ruleWidth, List<Tagging.Tag> cells, Tagging.Tag tag) {
        float top = galley.y();
        if (row.fill() != null) {
            galley.fill(x, top, width, row.height(), row.fill());
        }
        for (Tint t : row.tints()) {
            // Inset, so that neighbouring tints read as tiles (a heat map).
            galley.fill(x + t.left() + 1, top - 1, t.width() - 2, row.height() - 2, t.fill());
        }
        for (Piece p : row.pieces()) {
            galley.as(cells == null ? tag : cells.get(p.cell()),
                    () -> galley.text(x + p.x(), top - p.offset(), p.text(), p.style()));
        }
        if (ruleWidth > 0) {
            galley.rule(x, top - row.height(), x + width, top - row.height(), ruleWidth, ruleColour);
        }
        galley.advance(row.height());
    }
}
