package org.concordat.comment.domain;

import java.util.Set;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;

/**
 * Where a thread points: the whole version (no key), a section of the version's template (its key) or a flow of the
 * version (its key). Whether that section or flow exists in the version is checked by {@link #checkIn}.
 */
public record Anchor(AnchorKind kind, String key) {

    public static final Anchor WHOLE_VERSION = new Anchor(AnchorKind.VERSION, null);

    /** The anchor as given, or the reason it cannot be one (field "anchor"). */
    public static Anchor of(AnchorKind kind, String key) {
        if (kind == null) {
            throw new InvalidInputException("anchor", Messages.text("comment.Anchor.chooseWhat"));
        }
        String trimmed = key == null || key.isBlank() ? null : key.trim();
        if (kind == AnchorKind.VERSION) {
            return WHOLE_VERSION;
        }
        if (trimmed == null) {
            throw new InvalidInputException("anchor", Messages.text("comment.Anchor.chooseWhich"));
        }
        return new Anchor(kind, trimmed);
    }

    /** Refuses a section or flow the version does not have. */
    public Anchor checkIn(Set<String> sectionKeys, Set<String> flowKeys) {
        boolean known = switch (kind) {
            case VERSION -> true;
            case SECTION -> sectionKeys.contains(key);
            case FLOW -> flowKeys.contains(key);
        };
        if (!known) {
            throw new InvalidInputException("anchor", Messages.text(kind == AnchorKind.SECTION
                    ? "comment.Anchor.noSuchSection" : "comment.Anchor.noSuchFlow", key));
        }
        return this;
    }
}
