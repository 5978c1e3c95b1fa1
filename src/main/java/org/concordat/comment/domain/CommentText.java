package org.concordat.comment.domain;

import org.concordat.shared.domain.InputRules;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;

/**
 * What a comment may say: something (not only spaces), at most {@link #MAX_LENGTH} characters, over several lines if
 * need be, and nothing the input rules refuse anywhere (control characters, bidirectional overrides, broken
 * characters). The field of the errors is "text".
 */
public final class CommentText {

    public static final int MAX_LENGTH = 2000;

    private CommentText() {
    }

    /** The text to keep (without the spaces and blank lines around it), or the reason it cannot be kept. */
    public static String check(String text) {
        String kept = text == null ? "" : text.strip();
        if (kept.isEmpty()) {
            throw new InvalidInputException("text", Messages.text("comment.CommentText.enterAComment"));
        }
        String problem = InputRules.textProblem(kept, true);
        if (problem != null) {
            throw new InvalidInputException("text", problem);
        }
        if (kept.length() > MAX_LENGTH) {
            throw new InvalidInputException("text", Messages.text("comment.CommentText.tooLong", MAX_LENGTH,
                    kept.length() - MAX_LENGTH));
        }
        return kept;
    }
}
