package org.concordat.security.domain;

import java.util.List;
import java.util.Optional;
import org.concordat.shared.domain.Role;

/** Where users are kept. */
public interface UserRepository {

    Optional<UserAccount> find(long id);

    Optional<UserAccount> findByEmail(String email);

    /** Users whose name or email contains the text, optionally only those of one organisation. */
    List<UserAccount> search(String text, Long organisationId, boolean includeInactive);

    long count();

    /** Active users of the organisation who hold the role, by name. */
    List<UserAccount> activeWithRole(long organisationId, Role role);

    UserAccount add(UserAccount user);

    /** Writes pending changes now, so that the new version number can be shown to whoever made them. */
    void flush();
}
