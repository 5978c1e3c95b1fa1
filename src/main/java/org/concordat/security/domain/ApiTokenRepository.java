package org.concordat.security.domain;

import java.util.List;
import java.util.Optional;

/** Where API tokens (their hashes) are kept. */
public interface ApiTokenRepository {

    Optional<ApiToken> find(long id);

    Optional<ApiToken> findByHash(String tokenHash);

    List<ApiToken> ofUser(long userId);

    ApiToken add(ApiToken token);
}
