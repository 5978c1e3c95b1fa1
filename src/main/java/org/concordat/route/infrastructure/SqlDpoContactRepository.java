package org.concordat.route.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.concordat.route.domain.DpoContact;
import org.concordat.route.domain.DpoContactRepository;

/**
 * The DPOs of an organisation, read straight from the user tables (read-only): the security feature offers no
 * lookup by role that a practitioner may use, and a route check must not need an IG lead's rights to name them.
 */
@ApplicationScoped
public class SqlDpoContactRepository implements DpoContactRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<DpoContact> activeDposOf(long organisationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select u.full_name, u.email from app_user u join app_user_role r on r.user_id = u.id
                        where u.organisation_id = :org and r.role = 'DPO' and u.active = true
                        order by u.full_name, u.email
                        """)
                .setParameter("org", organisationId).getResultList();
        return rows.stream().map(r -> new DpoContact((String) r[0], (String) r[1], null)).toList();
    }
}
