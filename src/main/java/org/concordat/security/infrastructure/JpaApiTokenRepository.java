package org.concordat.security.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.concordat.security.domain.ApiToken;
import org.concordat.security.domain.ApiTokenRepository;
import org.concordat.security.domain.TokenUse;
import org.concordat.shared.infrastructure.ChangeFeed;
import org.concordat.shared.infrastructure.ReadModelSync;
import org.concordat.shared.infrastructure.ReadThroughCache;

@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {

    /** A token not revoked, with its expiry: what authenticating needs, kept by hash until the token changes. */
    private record Unrevoked(TokenUse use, Instant expiresAt) {
    }

    private final ReadThroughCache<String, Unrevoked> unrevoked = new ReadThroughCache<>();
    /** Uses written since a token was read: "last used" is not in the change feed. */
    private final Map<Long, Instant> usesRecorded = new ConcurrentHashMap<>();

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
                unrevoked.clear();
            }

            @Override
            public boolean apply(ChangeFeed.Changes changes) {
                Set<Long> changed = changes.of("token");
                if (!changed.isEmpty()) {
                    unrevoked.evictIf((hash, token) -> changed.contains(token.use().tokenId()));
                }
                return true;
            }
        });
    }

    @Override
    public Optional<ApiToken> find(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    /** In a transaction of its own: authenticating a request needs none until a use is worth writing. */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordUse(long tokenId, Instant at) {
        // A bulk update: no version check or increment, and the latest use wins.
        em.createQuery("update ApiToken t set t.lastUsedAt = :at where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :at)")
                .setParameter("at", at).setParameter("id", tokenId).executeUpdate();
        usesRecorded.merge(tokenId, at, (a, b) -> a.isAfter(b) ? a : b);
    }

    @Override
    public Optional<TokenUse> findUsable(String tokenHash, Instant now) {
        Unrevoked token = sync.current() ? unrevoked.get(tokenHash, this::readUnrevoked) : readUnrevoked(tokenHash);
        if (token == null || (token.expiresAt() != null && !token.expiresAt().isAfter(now))) {
            return Optional.empty();
        }
        Instant recorded = usesRecorded.get(token.use().tokenId());
        TokenUse use = token.use();
        return Optional.of(recorded == null || (use.lastUsedAt() != null && !recorded.isAfter(use.lastUsedAt())) ? use
                : new TokenUse(use.tokenId(), use.userId(), recorded));
    }

    private Unrevoked readUnrevoked(String tokenHash) {
        return em.createQuery("select t.id, t.userId, t.lastUsedAt, t.expiresAt from ApiToken t"
                        + " where t.tokenHash = :h and t.revokedAt is null", Object[].class)
                .setParameter("h", tokenHash)
                .getResultStream().findFirst()
                .map(r -> new Unrevoked(new TokenUse((Long) r[0], (Long) r[1], (Instant) r[2]), (Instant) r[3]))
                .orElse(null);
    }

    @Override
    public List<ApiToken> ofUser(long userId) {
        return em.createQuery("select t from ApiToken t where t.userId = :u order by t.createdAt desc", ApiToken.class)
                .setParameter("u", userId)
                .getResultList();
    }

    @Override
    public ApiToken add(ApiToken token) {
        em.persist(token);
        return token;
    }
}
