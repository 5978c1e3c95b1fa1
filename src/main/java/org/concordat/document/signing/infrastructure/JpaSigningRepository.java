package org.concordat.document.signing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.concordat.document.signing.domain.KeySealing;
import org.concordat.document.signing.domain.SigningAuthority;
import org.concordat.document.signing.domain.SigningCredential;
import org.concordat.document.signing.domain.SigningRepository;

@ApplicationScoped
public class JpaSigningRepository implements SigningRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<SigningAuthority> authority() {
        return Optional.ofNullable(em.find(SigningAuthority.class, SigningAuthority.ID));
    }

    @Override
    public SigningAuthority add(SigningAuthority authority) {
        em.persist(authority);
        return authority;
    }

    @Override
    public Optional<KeySealing> keySealing() {
        return Optional.ofNullable(em.find(KeySealing.class, KeySealing.ID));
    }

    @Override
    public KeySealing add(KeySealing sealing) {
        em.persist(sealing);
        return sealing;
    }

    @Override
    public void authorityForUpdate() {
        // A plain row lock: SELECT ... FOR UPDATE changes nothing, so the authority's append-only trigger is not involved.
        em.createNativeQuery("SELECT id FROM signing_authority WHERE id = 1 FOR UPDATE").getResultList();
    }

    @Override
    public Optional<SigningCredential> active(long organisationId) {
        return em.createQuery("select c from SigningCredential c where c.organisationId = :o and c.active = true",
                SigningCredential.class).setParameter("o", organisationId).getResultStream().findFirst();
    }

    @Override
    public SigningCredential add(SigningCredential credential) {
        em.persist(credential);
        return credential;
    }

    @Override
    public boolean reseal(long credentialId, byte[] read, byte[] resealed) {
        // One column, by SQL: an entity update would write back every column as read, and could undo a replacement
        // committed meanwhile (active, replaced_at).
        return em.createNativeQuery("UPDATE signing_credential SET sealed_key = ?1 WHERE id = ?2 AND sealed_key = ?3")
                .setParameter(1, resealed).setParameter(2, credentialId).setParameter(3, read).executeUpdate() == 1;
    }

    @Override
    public List<SigningCredential> all() {
        return em.createQuery("select c from SigningCredential c order by c.id", SigningCredential.class).getResultList();
    }

    @Override
    public Optional<SigningCredential> byCertificate(String certificateSha256) {
        return em.createQuery("select c from SigningCredential c where c.certificateSha256 = :h", SigningCredential.class)
                .setParameter("h", certificateSha256).getResultStream().findFirst();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
