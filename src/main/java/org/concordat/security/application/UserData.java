package org.concordat.security.application;

import java.io.Serializable;
import java.time.Instant;
import org.concordat.security.domain.UserAccount;
import org.concordat.security.domain.UserDetails;

/**
 * A user as pages and the API see it (never the password hash); the version is what an edit sends back.
 *
 * @param singleSignOn whether their organisation's identity provider signs them in (they have no password here)
 */
public record UserData(long id, long version, UserDetails details, String organisationName, boolean active,
                       boolean mustChangePassword, Instant updatedAt, boolean singleSignOn) implements Serializable {

    static UserData of(UserAccount u, String organisationName) {
        return new UserData(u.getId(), u.getVersion(), u.details(), organisationName, u.isActive(),
                u.isMustChangePassword(), u.getUpdatedAt(), u.getSsoIssuer() != null);
    }
}
