package org.concordat.comment.domain;

import org.concordat.agreement.domain.VersionStatus;
import org.concordat.shared.domain.Messages;

/**
 * When a version takes comments: while it is a draft or submitted for approval. Once approved, superseded, expired or
 * ended its comments are its record, read-only. Who may comment (the roles, and who sees the version) is decided in
 * the application layer.
 */
public final class DiscussionPolicy {

    private DiscussionPolicy() {
    }

    public static boolean open(VersionStatus status) {
        return status == VersionStatus.DRAFT || status == VersionStatus.SUBMITTED;
    }

    /** Why the version takes no comments, or null when it does. */
    public static String closedReason(VersionStatus status) {
        return open(status) ? null : Messages.text("comment.DiscussionPolicy.closed");
    }
}
