package org.concordat.document.signing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.concordat.document.signing.domain.SigningJob;
import org.concordat.document.signing.domain.SigningOutboxRepository;
import org.hibernate.LockOptions;

@ApplicationScoped
public class JpaSigningOutboxRepository implements SigningOutboxRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public SigningJob add(SigningJob job) {
        em.persist(job);
        return job;
    }

    @Override
    public Optional<SigningJob> claimNext(Instant now) {
        // FOR UPDATE SKIP LOCKED: a job being signed elsewhere is passed over, never waited for nor signed twice.
        return em.createQuery("select j from SigningJob j where j.state = :signing and j.nextAttemptAt <= :now"
                        + " and not exists (select e from SigningJob e where e.versionId = j.versionId and e.round = j.round"
                        + " and e.state = :signing and e.id < j.id) order by j.id", SigningJob.class)
                .setParameter("signing", SigningJob.State.SIGNING).setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<SigningJob> find(long id) {
        return Optional.ofNullable(em.find(SigningJob.class, id));
    }

    @Override
    public List<SigningJob> waiting(long versionId, int round) {
        return em.createQuery("select j from SigningJob j where j.versionId = :v and j.round = :r and j.state = :signing"
                        + " order by j.id", SigningJob.class)
                .setParameter("v", versionId).setParameter("r", round).setParameter("signing", SigningJob.State.SIGNING)
                .getResultList();
    }

    @Override
    public int retryNow(long organisationId, Instant now) {
        return em.createQuery("update SigningJob j set j.nextAttemptAt = :now where j.organisationId = :o"
                        + " and j.state = :signing and j.nextAttemptAt > :now")
                .setParameter("now", now).setParameter("o", organisationId)
                .setParameter("signing", SigningJob.State.SIGNING).executeUpdate();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
