package org.concordat.agreement.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.concordat.agreement.domain.AgreementImport;
import org.concordat.agreement.domain.AgreementImportRepository;
import org.concordat.agreement.domain.ImportConfirmation;

@ApplicationScoped
public class JpaAgreementImportRepository implements AgreementImportRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public AgreementImport add(AgreementImport record) {
        em.persist(record);
        return record;
    }

    @Override
    public Optional<AgreementImport> forVersion(long versionId) {
        return em.createQuery("select i from AgreementImport i where i.versionId = :v", AgreementImport.class)
                .setParameter("v", versionId).getResultStream().findFirst();
    }

    @Override
    public ImportConfirmation add(ImportConfirmation confirmation) {
        em.persist(confirmation);
        return confirmation;
    }

    @Override
    public List<ImportConfirmation> confirmations(long versionId) {
        return em.createQuery("select c from ImportConfirmation c where c.versionId = :v order by c.confirmedAt, c.id",
                ImportConfirmation.class).setParameter("v", versionId).getResultList();
    }
}
