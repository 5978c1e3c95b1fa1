package org.concordat.shared.domain;

import java.util.Set;

/** Who is asking: a signed-in user (browser) or the owner of an API token. */
public record Caller(long userId, String email, String fullName, long organisationId, String organisationName,
                     Set<Role> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean belongsTo(long organisation) {
        return organisationId == organisation;
    }
}
