package org.concordat.comment.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The threads of versions, with their comments. */
public interface CommentThreadRepository {

    void add(CommentThread thread);

    Optional<CommentThread> find(long threadId);

    /** A version's threads, oldest first, with their comments. */
    List<CommentThread> forVersion(long versionId);

    /** How many threads of each of these versions are open (versions with none are left out). */
    Map<Long, Long> openCounts(List<Long> versionIds);
}
