package org.concordat.route.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.concordat.route.domain.Outcome;
import org.concordat.route.domain.RouteGap;
import org.concordat.route.domain.RouteGapRepository;

/**
 * Uncovered routes are noted in memory and written a second later, many in one transaction: a route check then
 * never waits for a write, and a busy partnership's checks cost one insert batch a second instead of one
 * transaction each. The counts read what is still waiting first, and leaving (undeploy, shutdown) writes the rest.
 */
@ApplicationScoped
public class JpaRouteGapRepository implements RouteGapRepository {

    private static final Logger LOG = Logger.getLogger(JpaRouteGapRepository.class.getName());

    private final Queue<RouteGap> waiting = new ConcurrentLinkedQueue<>();

    @PersistenceContext
    EntityManager em;

    @Inject
    RouteGapWriter writer;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> writing;

    @PostConstruct
    void start() {
        writing = scheduler.scheduleWithFixedDelay(this::writeWaiting, 1, 1, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        writing.cancel(false);
        writeWaiting();
    }

    @Override
    public RouteGap add(RouteGap gap) {
        waiting.add(gap);
        return gap;
    }

    @Override
    public List<GapCount> counts(Long organisationId, int limit) {
        writeWaiting();
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

    @Override
    public List<RouteGap> latest(long fromOrganisationId, long toOrganisationId, String purpose, int limit) {
        writeWaiting();
        return em.createQuery("select g from RouteGap g where g.organisationId = :from and g.toOrganisationId = :to"
                        + " and g.purpose = :purpose order by g.checkedAt desc", RouteGap.class)
                .setParameter("from", fromOrganisationId).setParameter("to", toOrganisationId)
                .setParameter("purpose", purpose).setMaxResults(limit).getResultList();
    }

    /** Writes what is waiting, in its own transaction; what fails to be written waits for the next turn. */
    private void writeWaiting() {
        List<RouteGap> batch = new ArrayList<>();
        for (RouteGap gap = waiting.poll(); gap != null; gap = waiting.poll()) {
            batch.add(gap);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            writer.write(batch);
        } catch (RuntimeException e) {
            // Fresh copies: the failed attempt may have given the originals ids.
            batch.forEach(g -> waiting.add(new RouteGap(g.getOrganisationId(), g.getToOrganisationId(), g.getPurpose(),
                    g.getDataSubjects(), g.getDataCategories(), g.getOutcome(), g.getCheckedAt())));
            LOG.log(Level.WARNING, e, () -> "event=route_gaps_not_written count=" + batch.size());
        }
    }

    /** The write, in a transaction of its own whether or not the caller has one. */
    @ApplicationScoped
    public static class RouteGapWriter {

        @PersistenceContext
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void write(List<RouteGap> gaps) {
            gaps.forEach(em::persist);
        }
    }
}
