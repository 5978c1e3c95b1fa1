package org.concordat.dpia.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.concordat.dpia.domain.Dpia;
import org.concordat.dpia.domain.DpiaRepository;
import org.concordat.dpia.domain.DpiaVersion;
import org.concordat.dpia.domain.DpiaVersionStatus;
import org.concordat.shared.domain.ReviewReminder;
import org.concordat.shared.infrastructure.SentReminders;

@ApplicationScoped
public class JpaDpiaRepository implements DpiaRepository {

    private static final List<DpiaVersionStatus> UNDER_REVIEW =
            List.of(DpiaVersionStatus.COMPLETED, DpiaVersionStatus.PRIOR_CONSULTATION_REQUIRED);

    @PersistenceContext
    EntityManager em;

    @Override
    public long nextReferenceNumber() {
        // nextval() is PostgreSQL's, and H2 understands it in PostgreSQL mode.
        return ((Number) em.createNativeQuery("select nextval('dpia_reference_seq')").getSingleResult()).longValue();
    }

    @Override
    public Dpia add(Dpia dpia) {
        em.persist(dpia);
        return dpia;
    }

    @Override
    public Optional<Dpia> find(long id) {
        return Optional.ofNullable(em.find(Dpia.class, id));
    }

    @Override
    public DpiaVersion add(DpiaVersion version) {
        em.persist(version);
        return version;
    }

    @Override
    public Optional<DpiaVersion> findVersion(long versionId) {
        return Optional.ofNullable(em.find(DpiaVersion.class, versionId));
    }

    @Override
    public List<DpiaVersion> versions(long dpiaId) {
        return em.createQuery("select v from DpiaVersion v where v.dpiaId = :d order by v.number", DpiaVersion.class)
                .setParameter("d", dpiaId).getResultList();
    }

    @Override
    public List<Dpia> linkedTo(long agreementId) {
        return em.createQuery("select d from Dpia d join d.agreementIds a where a = :agreement order by d.reference", Dpia.class)
                .setParameter("agreement", agreementId).getResultList();
    }

    @Override
    public List<DpiaVersion> signedOffWithReviewBy(LocalDate day) {
        return em.createQuery("select v from DpiaVersion v where v.status in :s and v.reviewDate <= :d order by v.reviewDate, v.id",
                        DpiaVersion.class)
                .setParameter("s", UNDER_REVIEW).setParameter("d", day).getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<DpiaVersion> signedOffWithReviewBy(LocalDate day, long organisationId) {
        // Through the agreement_participant view (V37), so that an organisation party to thousands of agreements is
        // never turned into a list of their ids.
        return em.createNativeQuery("""
                        select v.* from dpia_version v join dpia d on d.id = v.dpia_id
                         where v.status in ('COMPLETED', 'PRIOR_CONSULTATION_REQUIRED') and v.review_date <= ?
                           and (d.lead_organisation_id = ?
                                or exists (select 1 from dpia_agreement da
                                             join agreement_participant ap on ap.agreement_id = da.agreement_id
                                            where da.dpia_id = d.id and ap.organisation_id = ?))
                         order by v.review_date, v.id""", DpiaVersion.class)
                .setParameter(1, day).setParameter(2, organisationId).setParameter(3, organisationId).getResultList();
    }

    @Override
    public Set<ReviewReminder> remindersSent(long versionId) {
        return sentReminders().of(versionId);
    }

    @Override
    public void reminderSent(long versionId, ReviewReminder reminder, Instant at) {
        sentReminders().record(versionId, reminder, at);
    }

    private SentReminders sentReminders() {
        return new SentReminders(em, "dpia_review_reminder", "dpia_version_id");
    }

    @Override
    public void flush() {
        em.flush();
    }
}
