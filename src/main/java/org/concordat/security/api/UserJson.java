package org.concordat.security.api;

import java.time.Instant;
import java.util.Set;
import org.concordat.security.application.UserData;
import org.concordat.shared.domain.Role;

/** A user in the API. */
public record UserJson(long id, long version, long organisationId, String organisationName, String fullName,
                       String email, String jobTitle, Set<Role> roles, boolean active, Instant updatedAt) {

    static UserJson of(UserData u) {
        return new UserJson(u.id(), u.version(), u.details().organisationId(), u.organisationName(),
                u.details().fullName(), u.details().email(), u.details().jobTitle(), u.details().roles(), u.active(),
                u.updatedAt());
    }
}
