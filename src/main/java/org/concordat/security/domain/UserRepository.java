package org.concordat.security.domain;

import java.util.List;
import java.util.Optional;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.Role;

/** Where users are kept. */
public interface UserRepository {

    Optional<UserAccount> find(long id);

    Optional<UserAccount> findByEmail(String email);

    /** The user an OpenID Connect provider knows by this subject. */
    Optional<UserAccount> findBySingleSignOn(String issuer, String subject);

    /** Users whose name or email contains the text, optionally only those of one organisation. */
    /** People by name or e-mail (of one organisation, or all), by name, a page at a time. */
    org.concordat.shared.domain.Page<UserAccount> search(String text, Long organisationId, boolean includeInactive,
                                                         org.concordat.shared.domain.PageRequest page);

    long count();

    /**
     * The caller a user id stands for, when the user and their organisation are both active — read in one query with
     * no entity loaded, because every API request and every page asks it.
     */
    Optional<Caller> activeCaller(long userId);

    /** The same, by sign-in email (already normalised). */
    Optional<Caller> activeCallerByEmail(String email);

    /** Active users of an active organisation who hold the role, as callers, by name: one query. */
    List<Caller> activeCallersWithRole(long organisationId, Role role);

    UserAccount add(UserAccount user);

    /** Writes pending changes now, so that the new version number can be shown to whoever made them. */
    void flush();
}
