package org.concordat.agreement.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.concordat.agreement.domain.OutsideSignatory;
import org.concordat.agreement.domain.OutsideSignatoryRepository;
import org.concordat.agreement.domain.SignatoryInvitation;

@ApplicationScoped
public class JpaOutsideSignatoryRepository implements OutsideSignatoryRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public OutsideSignatory add(OutsideSignatory signatory) {
        em.persist(signatory);
        return signatory;
    }

    @Override
    public void remove(OutsideSignatory signatory) {
        em.remove(signatory);
    }

    @Override
    public Optional<OutsideSignatory> find(long versionId, long organisationId) {
        return em.createQuery("select s from OutsideSignatory s where s.versionId = :v and s.organisationId = :o",
                        OutsideSignatory.class)
                .setParameter("v", versionId).setParameter("o", organisationId).getResultStream().findFirst();
    }

    @Override
    public List<OutsideSignatory> forVersion(long versionId) {
        return em.createQuery("select s from OutsideSignatory s where s.versionId = :v order by s.id", OutsideSignatory.class)
                .setParameter("v", versionId).getResultList();
    }

    @Override
    public SignatoryInvitation add(SignatoryInvitation invitation) {
        em.persist(invitation);
        return invitation;
    }

    @Override
    public Optional<SignatoryInvitation> byTokenForUpdate(String tokenSha256) {
        return em.createQuery("select i from SignatoryInvitation i where i.tokenSha256 = :t", SignatoryInvitation.class)
                .setParameter("t", tokenSha256).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public Optional<SignatoryInvitation> invitation(long id) {
        return Optional.ofNullable(em.find(SignatoryInvitation.class, id));
    }

    @Override
    public List<SignatoryInvitation> open(long versionId, Long organisationId) {
        String query = "select i from SignatoryInvitation i where i.versionId = :v and i.revokedAt is null order by i.id";
        List<SignatoryInvitation> open = em.createQuery(query, SignatoryInvitation.class)
                .setParameter("v", versionId).getResultList();
        return organisationId == null ? open : open.stream().filter(i -> i.getOrganisationId() == organisationId).toList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
