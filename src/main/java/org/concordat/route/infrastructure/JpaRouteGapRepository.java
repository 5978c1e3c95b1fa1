package org.concordat.route.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import org.concordat.route.domain.Outcome;
import org.concordat.route.domain.RouteGap;
import org.concordat.route.domain.RouteGapRepository;

@ApplicationScoped
public class JpaRouteGapRepository implements RouteGapRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public RouteGap add(RouteGap gap) {
        em.persist(gap);
        return gap;
    }

    @Override
    public List<GapCount> counts(Long organisationId, int limit) {
        String where = organisationId == null ? "" : " where g.organisationId = :org";
        TypedQuery<Object[]> q = em.createQuery("select g.organisationId, g.toOrganisationId, g.purpose, count(g),"
                + " sum(case when g.outcome = :partly then 1 else 0 end), max(g.checkedAt) from RouteGap g" + where
                + " group by g.organisationId, g.toOrganisationId, g.purpose order by count(g) desc, max(g.checkedAt) desc",
                Object[].class).setParameter("partly", Outcome.PARTLY_COVERED);
        if (organisationId != null) {
            q.setParameter("org", organisationId);
        }
        return q.setMaxResults(limit).getResultList().stream().map(r -> new GapCount((Long) r[0], (Long) r[1],
                (String) r[2], (Long) r[3], ((Number) r[4]).longValue(), (Instant) r[5])).toList();
    }
}
