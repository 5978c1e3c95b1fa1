package org.concordat.security.domain;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Set;
import org.concordat.shared.domain.Role;

/** The editable details of a user, with the rules every input must meet. */
public record UserDetails(
        long organisationId,
        @NotBlank(message = "{user.fullName.required}")
        @Size(max = 200, message = "{user.fullName.size}")
        String fullName,
        @NotBlank(message = "{user.email.required}")
        @Email(message = "{user.email.email}")
        @Size(max = 254, message = "{user.email.size}")
        String email,
        @Size(max = 200, message = "{user.jobTitle.size}")
        String jobTitle,
        @NotEmpty(message = "{user.roles.required}")
        Set<Role> roles) implements Serializable {

    public UserDetails {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
