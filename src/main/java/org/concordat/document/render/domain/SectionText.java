package org.concordat.document.render.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The one formatting convention of an author's answer: a blank line starts a new paragraph, a line starting
 * with "- " is a bullet item, any other line break is kept. Nothing else is interpreted: markup such as HTML
 * is text and is shown as typed, so no script or styling can reach a document.
 */
public final class SectionText {

    private SectionText() {
    }

    /** A paragraph or a bullet item; its text may hold line breaks the author typed. */
    public record Block(boolean bullet, String text) {
    }

    public static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null) {
            return blocks;
        }
        StringBuilder paragraph = new StringBuilder();
        for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String line = raw.stripTrailing();
            String start = line.stripLeading();
            if (start.isEmpty()) {
                flush(paragraph, blocks);
            } else if (start.startsWith("- ")) {
                flush(paragraph, blocks);
                blocks.add(new Block(true, start.substring(2).strip()));
            } else {
                if (!paragraph.isEmpty()) {
                    paragraph.append('\n');
                }
                paragraph.append(line);
            }
        }
        flush(paragraph, blocks);
        return blocks;
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks) {
        if (!paragraph.isEmpty()) {
            blocks.add(new Block(false, paragraph.toString()));
            paragraph.setLength(0);
        }
    }
}
