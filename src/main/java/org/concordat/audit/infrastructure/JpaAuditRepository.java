package org.concordat.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import org.concordat.audit.domain.AuditEvent;
import org.concordat.audit.domain.AuditRepository;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void append(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public List<AuditEvent> find(String action, String text, int offset, int limit) {
        TypedQuery<AuditEvent> q = em.createQuery("select e from AuditEvent e" + where(action, text)
                + " order by e.occurredAt desc, e.id desc", AuditEvent.class);
        bind(q, action, text);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(String action, String text) {
        TypedQuery<Long> q = em.createQuery("select count(e) from AuditEvent e" + where(action, text), Long.class);
        bind(q, action, text);
        return q.getSingleResult();
    }

    @Override
    public List<AuditEvent> about(String subjectType, java.util.Collection<String> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e from AuditEvent e where e.subjectType = :t and e.subjectId in :ids"
                        + " order by e.occurredAt, e.id", AuditEvent.class)
                .setParameter("t", subjectType).setParameter("ids", subjectIds).getResultList();
    }

    @Override
    public List<String> actions() {
        return em.createQuery("select distinct e.action from AuditEvent e order by e.action", String.class).getResultList();
    }

    private static String where(String action, String text) {
        StringBuilder w = new StringBuilder(" where 1 = 1");
        if (action != null && !action.isBlank()) {
            w.append(" and e.action = :action");
        }
        if (text != null && !text.isBlank()) {
            w.append(" and (lower(e.summary) like :text or lower(e.actorEmail) like :text)");
        }
        return w.toString();
    }

    private static void bind(TypedQuery<?> q, String action, String text) {
        if (action != null && !action.isBlank()) {
            q.setParameter("action", action);
        }
        if (text != null && !text.isBlank()) {
            q.setParameter("text", "%" + text.toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
        }
    }
}
