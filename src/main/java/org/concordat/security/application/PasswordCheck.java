package org.concordat.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.concordat.security.domain.PasswordHasher;
import org.concordat.security.domain.UserAccount;
import org.concordat.security.domain.UserRepository;
import org.concordat.shared.domain.Caller;

/** Checks an email and password for the identity store. Unknown users cost as much time as known ones. */
@ApplicationScoped
public class PasswordCheck {

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    CallerDirectory callers;

    // Verified against when the user is unknown, so that timing does not reveal which emails exist.
    private volatile String decoyHash;

    /** A successful check: who signed in, and whether they must choose a new password before anything else. */
    public record SignedIn(Caller caller, boolean mustChangePassword) {
    }

    @Transactional
    public Optional<SignedIn> check(String email, char[] password) {
        Optional<UserAccount> user = users.findByEmail(UserAccount.normaliseEmail(email));
        if (user.isEmpty() || user.get().getPasswordHash() == null) {
            hasher.verify(password, decoy());
            return Optional.empty();
        }
        if (!hasher.verify(password, user.get().getPasswordHash())) {
            return Optional.empty();
        }
        return callers.activeCaller(user.get().getId()).map(c -> new SignedIn(c, user.get().isMustChangePassword()));
    }

    private String decoy() {
        if (decoyHash == null) {
            decoyHash = hasher.hash(OneTimePasswords.generate().toCharArray());
        }
        return decoyHash;
    }
}
