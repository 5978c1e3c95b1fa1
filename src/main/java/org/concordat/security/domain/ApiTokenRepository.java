package org.concordat.security.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where API tokens (their hashes) are kept. */
public interface ApiTokenRepository {

    Optional<ApiToken> find(long id);

    Optional<ApiToken> findByHash(String tokenHash);

    List<ApiToken> ofUser(long userId);

    ApiToken add(ApiToken token);

    /**
     * Records that the token was used, without touching its version: requests that share a token run in parallel,
     * and noting a use must never make one of them (or a revocation) fail as a concurrent change.
     */
    void recordUse(long tokenId, Instant at);
}
