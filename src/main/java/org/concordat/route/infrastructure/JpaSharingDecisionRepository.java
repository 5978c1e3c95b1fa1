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
import org.concordat.shared.domain.Page;
import org.concordat.shared.domain.PageRequest;
import org.concordat.shared.infrastructure.JpaPages;
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
    public Page<SharingDecision> recordedBy(long userId, PageRequest page) {
        return JpaPages.read(em.createQuery("select d from SharingDecision d where d.recordedByUserId = :u"
                        + " order by d.recordedAt desc, d.id desc", SharingDecision.class).setParameter("u", userId),
                em.createQuery("select count(d) from SharingDecision d where d.recordedByUserId = :u", Long.class)
                        .setParameter("u", userId), page);
    }

    @Override
    public Page<SharingDecision> ofOrganisation(long organisationId, SharingDecision.Kind decision, Long recipient,
                                                LocalDate from, LocalDate to, String caseReference, PageRequest page) {
        StringBuilder where = new StringBuilder(" where d.organisationId = :org");
        Map<String, Object> parameters = new HashMap<>(Map.of("org", organisationId));
        if (decision != null) {
            where.append(" and d.decision = :decision");
            parameters.put("decision", decision);
        }
        if (recipient != null) {
            where.append(" and d.recipientOrganisationId = :recipient");
            parameters.put("recipient", recipient);
        }
        if (from != null) {
            where.append(" and d.decidedOn >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            where.append(" and d.decidedOn <= :to");
            parameters.put("to", to);
        }
        if (caseReference != null) {
            where.append(" and lower(d.caseReference) = :caseReference");
            parameters.put("caseReference", caseReference.trim().toLowerCase(Locale.ROOT));
        }
        TypedQuery<SharingDecision> rows = em.createQuery("select d from SharingDecision d" + where
                + " order by d.recordedAt desc, d.id desc", SharingDecision.class);
        TypedQuery<Long> count = em.createQuery("select count(d) from SharingDecision d" + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        return JpaPages.read(rows, count, page);
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
