package org.concordat.agreement.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.concordat.agreement.domain.Agreement;
import org.concordat.agreement.domain.AgreementRepository;
import org.concordat.agreement.domain.AgreementVersion;
import org.concordat.agreement.domain.Decision;
import org.concordat.agreement.domain.VersionStatus;
import org.concordat.shared.domain.ReviewReminder;
import org.concordat.shared.infrastructure.SentReminders;

@ApplicationScoped
public class JpaAgreementRepository implements AgreementRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public long nextReferenceNumber() {
        // nextval() is PostgreSQL's, and H2 understands it in PostgreSQL mode.
        return ((Number) em.createNativeQuery("select nextval('agreement_reference_seq')").getSingleResult()).longValue();
    }

    @Override
    public Agreement add(Agreement agreement) {
        em.persist(agreement);
        return agreement;
    }

    @Override
    public Optional<Agreement> find(long id) {
        return Optional.ofNullable(em.find(Agreement.class, id));
    }

    @Override
    public AgreementVersion add(AgreementVersion version) {
        em.persist(version);
        return version;
    }

    @Override
    public Optional<AgreementVersion> findVersion(long versionId) {
        return Optional.ofNullable(em.find(AgreementVersion.class, versionId));
    }

    @Override
    public Optional<AgreementVersion> latestVersion(long agreementId) {
        return em.createQuery("select v from AgreementVersion v where v.agreementId = :a order by v.number desc",
                        AgreementVersion.class)
                .setParameter("a", agreementId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<AgreementVersion> versions(long agreementId) {
        return em.createQuery("select v from AgreementVersion v where v.agreementId = :a order by v.number", AgreementVersion.class)
                .setParameter("a", agreementId).getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<AgreementVersion> findVersionForUpdate(long versionId) {
        return Optional.ofNullable(em.find(AgreementVersion.class, versionId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Decision add(Decision decision) {
        em.persist(decision);
        return decision;
    }

    @Override
    public List<Decision> decisions(long versionId, int round) {
        return em.createQuery("select d from Decision d where d.versionId = :v and d.round = :r order by d.decidedAt, d.id", Decision.class)
                .setParameter("v", versionId).setParameter("r", round).getResultList();
    }

    @Override
    public List<Decision> decisions(long versionId) {
        return em.createQuery("select d from Decision d where d.versionId = :v order by d.decidedAt, d.id", Decision.class)
                .setParameter("v", versionId).getResultList();
    }

    @Override
    public List<AgreementVersion> approvedWithReviewBy(LocalDate day) {
        return em.createQuery("select v from AgreementVersion v where v.status = :s and v.reviewDate <= :d order by v.reviewDate, v.id",
                        AgreementVersion.class)
                .setParameter("s", VersionStatus.APPROVED).setParameter("d", day).getResultList();
    }

    @Override
    public List<AgreementVersion> approvedWithReviewBy(LocalDate day, long organisationId) {
        return em.createQuery("select v from AgreementVersion v where v.status = :s and v.reviewDate <= :d and (exists ("
                                + "select p from AgreementVersion w join w.parties p where w = v and p.organisationId = :org)"
                                + " or exists (select a from Agreement a where a.id = v.agreementId and a.leadOrganisationId = :org))"
                                + " order by v.reviewDate, v.id", AgreementVersion.class)
                .setParameter("s", VersionStatus.APPROVED).setParameter("d", day).setParameter("org", organisationId)
                .getResultList();
    }

    @Override
    public List<AgreementVersion> approvedEndedBefore(LocalDate day) {
        return em.createQuery("select v from AgreementVersion v where v.status = :s and v.endDate < :d", AgreementVersion.class)
                .setParameter("s", VersionStatus.APPROVED).setParameter("d", day).getResultList();
    }

    @Override
    public List<Agreement> onPublicRegister() {
        return em.createQuery("select a from Agreement a where a.publicRegister = true order by a.reference", Agreement.class)
                .getResultList();
    }

    @Override
    public Set<ReviewReminder> remindersSent(long versionId) {
        return sentReminders().of(versionId);
    }

    @Override
    public void reminderSent(long versionId, ReviewReminder reminder, Instant at) {
        sentReminders().record(versionId, reminder, at);
    }

    @Override
    public void draftChecked(long versionId, int errors, Instant at) {
        // Replaced whole (delete, then insert): portable to H2, and two saves of one draft never run together (the
        // second meets the version's optimistic lock). Synchronised on its own table only, so nothing else is flushed.
        draftCheck("delete from agreement_draft_check where agreement_version_id = ?1").setParameter(1, versionId).executeUpdate();
        draftCheck("insert into agreement_draft_check (agreement_version_id, errors, checked_at) values (?1, ?2, ?3)")
                .setParameter(1, versionId).setParameter(2, errors).setParameter(3, at).executeUpdate();
    }

    private org.hibernate.query.NativeQuery<?> draftCheck(String sql) {
        return em.createNativeQuery(sql).setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
                .unwrap(org.hibernate.query.NativeQuery.class).addSynchronizedQuerySpace("agreement_draft_check");
    }

    private SentReminders sentReminders() {
        return new SentReminders(em, "agreement_review_reminder", "agreement_version_id");
    }
}
