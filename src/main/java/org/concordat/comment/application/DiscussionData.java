package org.concordat.comment.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.concordat.agreement.domain.VersionStatus;
import org.concordat.comment.domain.AnchorKind;
import org.concordat.comment.domain.ThreadStatus;
import org.concordat.shared.domain.StatusTag;

/**
 * A version's discussion as the page and the API show it: the version, whether it takes comments now (and why not),
 * what a comment may be about, and its threads, oldest first.
 *
 * @param canComment   the version is a draft or submitted: the caller may comment, reply, resolve and reopen
 * @param closedReason why it takes no comments, when it does not
 * @param openThreads  how many threads are open
 */
public record DiscussionData(long versionId, long agreementId, String reference, String title, int number,
                             VersionStatus status, StatusTag tag, String tagLabel, boolean canComment, String closedReason,
                             List<AnchorOption> anchors, List<ThreadData> threads, long openThreads) implements Serializable {

    /** Something a comment may be about: the whole version, a section (key) or a flow (key), named for people. */
    public record AnchorOption(AnchorKind kind, String key, String label) implements Serializable {

        /** One value for a choice in a form: VERSION, SECTION:key or FLOW:key. */
        public String value() {
            return key == null ? kind.name() : kind.name() + ":" + key;
        }
    }

    /** A thread: what it is about, whether it is open, and its comments, first to last. */
    public record ThreadData(long id, AnchorKind anchorKind, String anchorKey, String about, ThreadStatus status,
                             Instant startedAt, String resolvedBy, Instant resolvedAt, long lockVersion,
                             List<CommentData> comments) implements Serializable {
    }

    public record CommentData(long id, String author, String organisation, String text, Instant writtenAt)
            implements Serializable {
    }
}
