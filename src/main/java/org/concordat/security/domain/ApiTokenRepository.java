package org.concordat.security.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where API tokens (their hashes) are kept. */
public interface ApiTokenRepository {

    Optional<ApiToken> find(long id);

    /** The token with that hash if it is usable at that moment (not revoked, not expired), read without loading it. */
    Optional<TokenUse> findUsable(String tokenHash, Instant now);

    List<ApiToken> ofUser(long userId);

    ApiToken add(ApiToken token);

    /**
     * Records that the token was used, without touching its version: requests that share a token run in parallel,
     * and noting a use must never make one of them (or a revocation) fail as a concurrent change.
     */
    void recordUse(long tokenId, Instant at);
}
