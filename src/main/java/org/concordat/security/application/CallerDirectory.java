package org.concordat.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.concordat.security.domain.UserAccount;
import org.concordat.security.domain.UserRepository;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.Role;

/**
 * Turns a signed-in principal into a caller, reading the user afresh: a user (or organisation) deactivated
 * a minute ago is nobody now, whatever their session says.
 */
@ApplicationScoped
public class CallerDirectory {

    @Inject
    UserRepository users;

    @Transactional
    public Optional<Caller> activeCaller(String email) {
        return users.activeCallerByEmail(UserAccount.normaliseEmail(email));
    }

    /** Reads only, and usually from memory: joins a transaction, begins none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Caller> activeCaller(long userId) {
        return users.activeCaller(userId);
    }

    /** The active people of an active organisation who hold the role: whom to tell when their part is needed. */
    @Transactional
    public List<Caller> activeHolders(long organisationId, Role role) {
        return users.activeCallersWithRole(organisationId, role);
    }
}
