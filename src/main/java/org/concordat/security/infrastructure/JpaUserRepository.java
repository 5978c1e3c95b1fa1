package org.concordat.security.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.concordat.shared.domain.Page;
import org.concordat.shared.domain.PageRequest;
import org.concordat.shared.infrastructure.JpaPages;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concordat.security.domain.UserAccount;
import org.concordat.security.domain.UserRepository;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.Language;
import org.concordat.shared.domain.Role;
import org.concordat.shared.infrastructure.ChangeFeed;
import org.concordat.shared.infrastructure.ReadModelSync;
import org.concordat.shared.infrastructure.ReadThroughCache;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {

    /** Active callers by user id, the API's every request: kept until the user or any organisation changes. */
    private final ReadThroughCache<Long, Caller> callersById = new ReadThroughCache<>();

    @PersistenceContext
    EntityManager em;

    @Inject
    ChangeFeed feed;

    private ReadModelSync sync;

    @PostConstruct
    void follow() {
        sync = new ReadModelSync(feed, new ReadModelSync.Model() {
            @Override
            public void reloadAll() {
                callersById.clear();
            }

            @Override
            public boolean apply(ChangeFeed.Changes changes) {
                changes.of("user").forEach(callersById::evict);
                // An organisation renamed or deactivated changes every caller of it.
                if (!changes.of("organisation").isEmpty()) {
                    callersById.clear();
                }
                return true;
            }
        });
    }

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
    public Optional<UserAccount> findBySingleSignOn(String issuer, String subject) {
        return em.createQuery("select u from UserAccount u where u.ssoIssuer = :issuer and u.ssoSubject = :subject",
                        UserAccount.class)
                .setParameter("issuer", issuer)
                .setParameter("subject", subject)
                .getResultStream().findFirst();
    }

    @Override
    public Page<UserAccount> search(String text, Long organisationId, boolean includeInactive, PageRequest page) {
        return JpaPages.read(query("select u", text, organisationId, includeInactive, UserAccount.class),
                query("select count(u)", text, organisationId, includeInactive, Long.class), page);
    }

    private <T> TypedQuery<T> query(String select, String text, Long organisationId, boolean includeInactive, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select + " from UserAccount u where (lower(u.fullName) like :p or u.email like :p)");
        if (organisationId != null) {
            jpql.append(" and u.organisationId = :org");
        }
        if (!includeInactive) {
            jpql.append(" and u.active = true");
        }
        if (type != Long.class) {
            jpql.append(" order by u.fullName, u.id");
        }
        TypedQuery<T> q = em.createQuery(jpql.toString(), type)
                .setParameter("p", text == null || text.isBlank() ? "%"
                        : "%" + text.trim().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
        if (organisationId != null) {
            q.setParameter("org", organisationId);
        }
        return q;
    }

    /**
     * Callers straight from the tables: one row per role (or one with no role), grouped here. Users and organisations
     * that are not active never come back. The organisation is read through the view its feature publishes (V26).
     */
    private static final String CALLERS = """
            select u.id, u.email, u.full_name, o.id as organisation_id, o.name as organisation_name, r.role, u.language
            from app_user u
            join caller_organisation o on o.id = u.organisation_id
            left join app_user_role r on r.user_id = u.id
            where u.active = true and o.active = true and %s
            order by u.full_name, u.id
            """;

    @Override
    public Optional<Caller> activeCaller(long userId) {
        if (!sync.current()) {
            return readCaller(userId);
        }
        return Optional.ofNullable(callersById.get(userId, id -> readCaller(id).orElse(null)));
    }

    private Optional<Caller> readCaller(long userId) {
        return callers("u.id = :p", userId).stream().findFirst();
    }

    @Override
    public Optional<Caller> activeCallerByEmail(String email) {
        return email == null ? Optional.empty() : callers("u.email = :p", email).stream().findFirst();
    }

    @Override
    public List<Caller> activeCallersWithRole(long organisationId, Role role) {
        return callers("u.organisation_id = :p and exists (select 1 from app_user_role h where h.user_id = u.id"
                + " and h.role = :role)", organisationId, role.name());
    }

    private List<Caller> callers(String condition, Object parameter, String... role) {
        var query = em.createNativeQuery(CALLERS.formatted(condition), Object[].class).setParameter("p", parameter)
                // A native query would otherwise flush the whole persistence context first: in a long transaction
                // (the calendar run notifying about thousands of agreements) each lookup then walks every entity.
                .setFlushMode(FlushModeType.COMMIT);
        if (role.length > 0) {
            query.setParameter("role", role[0]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<Long, Object[]> users = new LinkedHashMap<>();
        Map<Long, Set<Role>> roles = new HashMap<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            users.putIfAbsent(id, row);
            Set<Role> held = roles.computeIfAbsent(id, k -> EnumSet.noneOf(Role.class));
            if (row[5] != null) {
                held.add(Role.valueOf((String) row[5]));
            }
        }
        return users.values().stream().map(row -> new Caller(((Number) row[0]).longValue(), (String) row[1],
                (String) row[2], ((Number) row[3]).longValue(), (String) row[4],
                roles.get(((Number) row[0]).longValue()), Language.ofCode((String) row[6]).orElse(null))).toList();
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
