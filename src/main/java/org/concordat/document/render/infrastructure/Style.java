package org.concordat.document.render.infrastructure;

/**
 * How a run of text looks: face, size, the height of one of its lines, colour.
 *
 * @param leading the distance from one line's top to the next's
 */
record Style(Face face, float size, float leading, Rgb colour) {

    /** A colour in sRGB, each component from 0 to 1 (the document's output intent is sRGB). */
    record Rgb(float r, float g, float b) {

        static Rgb hex(int rgb) {
            return new Rgb(((rgb >> 16) & 0xff) / 255f, ((rgb >> 8) & 0xff) / 255f, (rgb & 0xff) / 255f);
        }
    }

    Style in(Rgb other) {
        return new Style(face, size, leading, other);
    }

    /** Where the baseline sits below the top of a line: the glyphs centred in the line's height. */
    float baseline() {
        return (leading - size) / 2 + size * 0.8f;
    }
}
