package org.concordat.security.api;

import java.util.Set;
import org.concordat.security.domain.UserDetails;
import org.concordat.shared.domain.Role;

/** What a client sends to create or edit a user; version is required for an edit. */
public record UserInput(Long version, Long organisationId, String fullName, String email, String jobTitle,
                        Set<Role> roles) {

    UserDetails details() {
        return new UserDetails(organisationId == null ? 0 : organisationId, fullName, email, jobTitle, roles);
    }
}
