package org.concordat.organisation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.concordat.organisation.domain.Organisation;
import org.concordat.organisation.domain.OrganisationRepository;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Organisation> find(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    @Override
    public Optional<Organisation> findByName(String name) {
        return em.createQuery("select o from Organisation o where lower(o.name) = :name", Organisation.class)
                .setParameter("name", name.trim().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    @Override
    public List<Organisation> search(String text, boolean includeInactive) {
        String pattern = text == null || text.isBlank() ? "%"
                : "%" + text.trim().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
        return em.createQuery("select o from Organisation o where lower(o.name) like :pattern"
                        + (includeInactive ? "" : " and o.active = true") + " order by o.name", Organisation.class)
                .setParameter("pattern", pattern)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(o) from Organisation o", Long.class).getSingleResult();
    }

    @Override
    public Organisation add(Organisation organisation) {
        em.persist(organisation);
        return organisation;
    }

    @Override
    public void flush() {
        em.flush();
    }
}
