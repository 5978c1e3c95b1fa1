package org.concordat.shared.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.concordat.shared.domain.ReviewReminder;
import org.hibernate.query.NativeQuery;

/**
 * The review reminders already sent for each version, in a table of its own that no entity maps
 * (agreement_review_reminder, dpia_review_reminder): each reminder is sent once.
 *
 * <p>No statement flushes the persistence context first (nothing pending in it can touch this table), and each names
 * the table to Hibernate as the only one it touches, so an insert empties no other part of the second-level cache.
 * Otherwise, in the calendar run, which holds every version due for review, each of thousands of lookups walked all
 * of them first: 31 s for a run with nothing to send, on 10,000 agreements.
 */
public final class SentReminders {

    private final EntityManager em;
    private final String table;
    private final String versionColumn;

    /** @param table and versionColumn are the schema's names, never input */
    public SentReminders(EntityManager em, String table, String versionColumn) {
        this.em = em;
        this.table = table;
        this.versionColumn = versionColumn;
    }

    public Set<ReviewReminder> of(long versionId) {
        List<?> rows = statement("select reminder from " + table + " where " + versionColumn + " = ?1")
                .setParameter(1, versionId).getResultList();
        return rows.stream().map(r -> ReviewReminder.valueOf(r.toString())).collect(Collectors.toSet());
    }

    public void record(long versionId, ReviewReminder reminder, Instant at) {
        statement("insert into " + table + " (" + versionColumn + ", reminder, sent_at) values (?1, ?2, ?3)")
                .setParameter(1, versionId).setParameter(2, reminder.name()).setParameter(3, at).executeUpdate();
    }

    private NativeQuery<?> statement(String sql) {
        return em.createNativeQuery(sql).setFlushMode(FlushModeType.COMMIT).unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace(table);
    }
}
