package org.concordat.document.signing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.concordat.document.signing.domain.DocumentSignature;
import org.concordat.document.signing.domain.SignedDocument;
import org.concordat.document.signing.domain.SignedDocumentRepository;

@ApplicationScoped
public class JpaSignedDocumentRepository implements SignedDocumentRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public SignedDocument add(SignedDocument document) {
        em.persist(document);
        return document;
    }

    @Override
    public Optional<SignedDocument> forUpdate(long versionId, int round) {
        return em.createQuery("select d from SignedDocument d where d.versionId = :v and d.round = :r", SignedDocument.class)
                .setParameter("v", versionId).setParameter("r", round).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<SignedDocument> latest(long versionId) {
        return em.createQuery("select d from SignedDocument d where d.versionId = :v order by d.round desc", SignedDocument.class)
                .setParameter("v", versionId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<SignedDocument> find(long id) {
        return Optional.ofNullable(em.find(SignedDocument.class, id));
    }

    @Override
    public List<SignedDocument> withSha256(String sha256) {
        return em.createQuery("select d from SignedDocument d where d.sha256 = :h or d.contentSha256 = :h order by d.id",
                SignedDocument.class).setParameter("h", sha256).getResultList();
    }

    @Override
    public List<SignedDocument> ofVersion(long versionId) {
        return em.createQuery("select d from SignedDocument d where d.versionId = :v order by d.round", SignedDocument.class)
                .setParameter("v", versionId).getResultList();
    }

    @Override
    public DocumentSignature add(DocumentSignature signature) {
        em.persist(signature);
        return signature;
    }

    @Override
    public List<DocumentSignature> signatures(long signedDocumentId) {
        return em.createQuery("select s from DocumentSignature s where s.signedDocumentId = :d order by s.sequenceNumber",
                DocumentSignature.class).setParameter("d", signedDocumentId).getResultList();
    }

    @Override
    public List<DocumentSignature> signaturesWithRevision(String revisionSha256) {
        return em.createQuery("select s from DocumentSignature s where s.revisionSha256 = :h order by s.id",
                DocumentSignature.class).setParameter("h", revisionSha256).getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
