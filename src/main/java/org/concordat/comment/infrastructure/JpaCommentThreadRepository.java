package org.concordat.comment.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concordat.comment.domain.CommentThread;
import org.concordat.comment.domain.CommentThreadRepository;
import org.concordat.comment.domain.ThreadStatus;

@ApplicationScoped
public class JpaCommentThreadRepository implements CommentThreadRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(CommentThread thread) {
        em.persist(thread);
    }

    @Override
    public Optional<CommentThread> find(long threadId) {
        return Optional.ofNullable(em.find(CommentThread.class, threadId));
    }

    @Override
    public List<CommentThread> forVersion(long versionId) {
        return em.createQuery("select distinct t from CommentThread t left join fetch t.comments"
                        + " where t.versionId = :v order by t.startedAt, t.id", CommentThread.class)
                .setParameter("v", versionId).getResultList();
    }

    @Override
    public Map<Long, Long> openCounts(List<Long> versionIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (versionIds.isEmpty()) {
            return counts;
        }
        String query = "select t.versionId, count(t) from CommentThread t where t.versionId in :v and t.status = :open group by t.versionId";
        em.createQuery(query, Object[].class)
                .setParameter("v", versionIds).setParameter("open", ThreadStatus.OPEN).getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }
}
