package org.concordat.security.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.concordat.security.domain.UserAccount;
import org.concordat.security.domain.UserRepository;
import org.concordat.shared.domain.Role;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<UserAccount> find(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public Optional<UserAccount> findByEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        return em.createQuery("select u from UserAccount u where u.email = :email", UserAccount.class)
                .setParameter("email", email)
                .getResultStream().findFirst();
    }

    @Override
    public List<UserAccount> search(String text, Long organisationId, boolean includeInactive) {
        StringBuilder jpql = new StringBuilder("select u from UserAccount u where (lower(u.fullName) like :p or u.email like :p)");
        if (organisationId != null) {
            jpql.append(" and u.organisationId = :org");
        }
        if (!includeInactive) {
            jpql.append(" and u.active = true");
        }
        jpql.append(" order by u.fullName");
        TypedQuery<UserAccount> q = em.createQuery(jpql.toString(), UserAccount.class)
                .setParameter("p", text == null || text.isBlank() ? "%"
                        : "%" + text.trim().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
        if (organisationId != null) {
            q.setParameter("org", organisationId);
        }
        return q.setMaxResults(1000).getResultList();
    }

    @Override
    public List<UserAccount> activeWithRole(long organisationId, Role role) {
        return em.createQuery("select u from UserAccount u join u.roles r where u.organisationId = :org and r = :role"
                        + " and u.active = true order by u.fullName", UserAccount.class)
                .setParameter("org", organisationId).setParameter("role", role).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }

    @Override
    public UserAccount add(UserAccount user) {
        em.persist(user);
        return user;
    }

    @Override
    public void flush() {
        em.flush();
    }
}
