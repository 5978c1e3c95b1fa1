package org.concordat.security.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.concordat.security.domain.ApiToken;
import org.concordat.security.domain.ApiTokenRepository;
import org.concordat.security.domain.TokenUse;

@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<ApiToken> find(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    @Override
    public void recordUse(long tokenId, Instant at) {
        // A bulk update: no version check or increment, and the latest use wins.
        em.createQuery("update ApiToken t set t.lastUsedAt = :at where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :at)")
                .setParameter("at", at).setParameter("id", tokenId).executeUpdate();
    }

    @Override
    public Optional<TokenUse> findUsable(String tokenHash, Instant now) {
        return em.createQuery("select new org.concordat.security.domain.TokenUse(t.id, t.userId, t.lastUsedAt)"
                        + " from ApiToken t where t.tokenHash = :h and t.revokedAt is null"
                        + " and (t.expiresAt is null or t.expiresAt > :now)", TokenUse.class)
                .setParameter("h", tokenHash).setParameter("now", now)
                .getResultStream().findFirst();
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
