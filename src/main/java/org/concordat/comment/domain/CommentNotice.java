package org.concordat.comment.domain;

import java.util.List;

/**
 * A comment that its version's authors should hear about: the notification feature delivers it to the lead
 * organisation's IG leads and to {@code participantUserIds} (others who wrote in the thread and may still see the
 * version), never to the writer. Fired inside the transaction that keeps the comment.
 *
 * @param reply      whether it answers an earlier comment of the thread
 * @param about      what the thread is about, in words ("the whole agreement", "section Purpose", "flow F1 …")
 * @param excerpt    the start of the comment
 */
public record CommentNotice(long versionId, long threadId, String reference, String title, int number,
                            long leadOrganisationId, long writerUserId, String writer, String writerOrganisation,
                            boolean reply, String about, String excerpt, List<Long> participantUserIds) {

    public CommentNotice {
        participantUserIds = List.copyOf(participantUserIds);
    }
}
