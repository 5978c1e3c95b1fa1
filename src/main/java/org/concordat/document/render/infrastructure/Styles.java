package org.concordat.document.render.infrastructure;

import org.concordat.document.render.infrastructure.Style.Rgb;

/**
 * The look of a document: one sans-serif family in two weights, dark text on white, a single calm blue for
 * headings, light tints for table headers and bands.
 */
final class Styles {

    static final Rgb INK = Rgb.hex(0x1F2328);
    static final Rgb MUTED = Rgb.hex(0x57606A);
    static final Rgb ACCENT = Rgb.hex(0x1D3B5C);
    static final Rgb RULE = Rgb.hex(0xD0D7DE);
    static final Rgb HEADER_FILL = Rgb.hex(0xE3EAF1);
    static final Rgb BAND_FILL = Rgb.hex(0xEFF3F6);
    static final Rgb STRIPE = Rgb.hex(0xF7F9FA);
    static final Rgb WATERMARK = Rgb.hex(0x6E7781);
    /** Light tints of a risk level (DPIA risk register and heat maps): dark text stays readable on each. */
    static final Rgb LOW_FILL = Rgb.hex(0xDDF4E4);
    static final Rgb MEDIUM_FILL = Rgb.hex(0xFFF1C7);
    static final Rgb HIGH_FILL = Rgb.hex(0xFFDCD7);
    /** The edge of a notice that asks for action (the ICO's prior consultation). */
    static final Rgb WARNING = Rgb.hex(0xB3261E);

    final Style body;
    final Style bodyMuted;
    final Style label;
    final Style title;
    final Style heading;
    final Style cell;
    final Style cellBold;
    final Style cellMuted;
    final Style cellHeader;
    final Style cellLabel;
    final Style small;
    final Style kicker;
    final Style coverTitle;
    final Style coverSubtitle;
    final Style organisation;

    Styles(Face regular, Face bold) {
        body = new Style(regular, 9.5f, 13.6f, INK);
        bodyMuted = body.in(MUTED);
        label = new Style(bold, 9.5f, 13.6f, INK);
        title = new Style(bold, 17f, 22f, ACCENT);
        heading = new Style(bold, 12f, 16f, ACCENT);
        cell = new Style(regular, 8.3f, 11f, INK);
        cellBold = new Style(bold, 8.3f, 11f, INK);
        cellMuted = cell.in(MUTED);
        cellHeader = new Style(bold, 8.3f, 11f, ACCENT);
        cellLabel = cellBold.in(MUTED);
        small = new Style(regular, 7.8f, 10f, MUTED);
        kicker = new Style(bold, 10f, 14f, MUTED);
        coverTitle = new Style(bold, 25f, 31f, ACCENT);
        coverSubtitle = new Style(regular, 12.5f, 17f, MUTED);
        organisation = new Style(bold, 11f, 15f, INK);
    }
}
