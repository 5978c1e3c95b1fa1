package org.concordat.organisation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import org.concordat.shared.domain.Page;
import org.concordat.shared.domain.PageRequest;
import org.concordat.shared.infrastructure.JpaPages;
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
        return query("select o", text, includeInactive, Organisation.class).getResultList();
    }

    @Override
    public Page<Organisation> search(String text, boolean includeInactive, PageRequest page) {
        return JpaPages.read(query("select o", text, includeInactive, Organisation.class),
                query("select count(o)", text, includeInactive, Long.class), page);
    }

    private <T> jakarta.persistence.TypedQuery<T> query(String select, String text, boolean includeInactive, Class<T> type) {
        String pattern = text == null || text.isBlank() ? "%"
                : "%" + text.trim().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
        return em.createQuery(select + " from Organisation o where lower(o.name) like :pattern"
                        + (includeInactive ? "" : " and o.active = true") + (type == Long.class ? "" : " order by o.name, o.id"), type)
                .setParameter("pattern", pattern);
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
