package org.concordat.route.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.concordat.route.domain.SharingDecision;
import org.concordat.route.domain.SharingDecisionRepository;
import org.hibernate.exception.ConstraintViolationException;

@ApplicationScoped
public class JpaSharingDecisionRepository implements SharingDecisionRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public SharingDecision add(SharingDecision decision) {
        em.persist(decision);
        return decision;
    }

    @Override
    public Optional<SharingDecision> addCorrection(SharingDecision correction) {
        try {
            em.persist(correction);
            em.flush();
            return Optional.of(correction);
        } catch (PersistenceException e) {
            if (violates(e, "sharing_decision_corrects_once")) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static boolean violates(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException c && c.getConstraintName() != null
                    && c.getConstraintName().toLowerCase(Locale.ROOT).contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<SharingDecision> find(long id) {
        return Optional.ofNullable(em.find(SharingDecision.class, id));
    }

    @Override
    public List<SharingDecision> recordedBy(long userId, int limit) {
        return em.createQuery("select d from SharingDecision d where d.recordedByUserId = :u order by d.recordedAt desc, d.id desc",
                SharingDecision.class).setParameter("u", userId).setMaxResults(limit).getResultList();
    }

    @Override
    public List<SharingDecision> ofOrganisation(long organisationId, SharingDecision.Kind decision, Long recipient,
                                                LocalDate from, LocalDate to, String caseReference, int limit) {
        StringBuilder jpql = new StringBuilder("select d from SharingDecision d where d.organisationId = :org");
        if (decision != null) {
            jpql.append(" and d.decision = :decision");
        }
        if (recipient != null) {
            jpql.append(" and d.recipientOrganisationId = :recipient");
        }
        if (from != null) {
            jpql.append(" and d.decidedOn >= :from");
        }
        if (to != null) {
            jpql.append(" and d.decidedOn <= :to");
        }
        if (caseReference != null) {
            jpql.append(" and lower(d.caseReference) = :caseReference");
        }
        TypedQuery<SharingDecision> q = em.createQuery(jpql.append(" order by d.recordedAt desc, d.id desc").toString(),
                SharingDecision.class).setParameter("org", organisationId);
        if (decision != null) {
            q.setParameter("decision", decision);
        }
        if (recipient != null) {
            q.setParameter("recipient", recipient);
        }
        if (from != null) {
            q.setParameter("from", from);
        }
        if (to != null) {
            q.setParameter("to", to);
        }
        if (caseReference != null) {
            q.setParameter("caseReference", caseReference.trim().toLowerCase(Locale.ROOT));
        }
        return q.setMaxResults(limit).getResultList();
    }

    @Override
    public Map<Long, Long> correctedBy(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> by = new HashMap<>();
        // The first correction, should two ever have been saved at the same moment.
        em.createQuery("select d.correctsId, min(d.id) from SharingDecision d where d.correctsId in :ids group by d.correctsId",
                Object[].class).setParameter("ids", ids).getResultList()
                .forEach(row -> by.put((Long) row[0], (Long) row[1]));
        return by;
    }
}
