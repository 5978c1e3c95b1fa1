package org.concordat.document.render.domain;

import java.time.Instant;
import java.util.List;

/**
 * Reads the text back out of a Word file that came from outside (a partner's marked-up copy): its paragraphs in
 * reading order, table cells included, and the comments in it. A file that is not a safe, well-formed DOCX is refused
 * with the reason in words ({@link UnreadableFileException}), before anything large is unpacked.
 */
public interface WordFileReader {

    /**
     * What a Word file says.
     *
     * @param paragraphs every paragraph with text, in reading order (a table's cells row by row)
     * @param comments   the comments in the file, each with its author
     * @param created    when the file was first produced (its core properties), or null when it does not say
     */
    record WordText(List<String> paragraphs, List<Comment> comments, Instant created) {
        public WordText {
            paragraphs = List.copyOf(paragraphs);
            comments = List.copyOf(comments);
        }
    }

    /** A comment a reviewer left in the file. */
    record Comment(String author, String text) {
    }

    WordText read(byte[] file);

    /** The file cannot be read as a Word document; the message says why, in words for the person who sent it. */
    class UnreadableFileException extends RuntimeException {
        public UnreadableFileException(String reason) {
            super(reason);
        }

        public UnreadableFileException(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
