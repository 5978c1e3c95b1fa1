package org.concordat.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.concordat.audit.application.AuditLog;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.security.domain.PasswordHasher;
import org.concordat.security.domain.PasswordPolicy;
import org.concordat.security.domain.UserAccount;
import org.concordat.security.domain.UserDetails;
import org.concordat.security.domain.UserRepository;
import org.concordat.shared.application.AccessGuard;
import org.concordat.shared.application.InputValidator;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.ConcurrentChangeException;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.NotFoundException;
import org.concordat.shared.domain.Role;

/**
 * An administrator creates, edits, deactivates and reactivates users and resets their passwords. A new or reset
 * password is a one-time password, shown once to the administrator to hand over, and changed at first sign-in.
 */
@ApplicationScoped
public class ManageUsers {

    @Inject
    UserRepository users;

    @Inject
    UserQueries queries;

    @Inject
    OrganisationQueries organisations;

    @Inject
    PasswordHasher hasher;

    @Inject
    AccessGuard guard;

    @Inject
    InputValidator validator;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The user and the one-time password to hand over (shown once, never stored in clear). */
    public record CreatedUser(UserData user, String oneTimePassword) {
    }

    @Transactional
    public CreatedUser create(UserDetails details) {
        guard.requireAny("add a user", Role.ADMIN);
        String oneTime = OneTimePasswords.generate();
        UserData user = createTrusted(details, oneTime, true);
        return new CreatedUser(user, oneTime);
    }

    /** For start-up (the first administrator, the demo partnership): the password is given, not generated. */
    @Transactional
    public UserData createTrusted(UserDetails details, String password, boolean mustChangePassword) {
        validator.check(details);
        checkOrganisation(details.organisationId());
        if (users.findByEmail(UserAccount.normaliseEmail(details.email())).isPresent()) {
            throw new InvalidInputException("email", Messages.text("security.ManageUsers.aUserWithThisEmail"));
        }
        PasswordPolicy.problemWith(password, details.email()).ifPresent(problem -> {
            throw new InvalidInputException("password", problem);
        });
        UserAccount user = users.add(new UserAccount(details, hasher.hash(password.toCharArray()),
                mustChangePassword, clock.instant()));
        audit.change("USER_CREATED", "User", user.getId(), "User " + user.getEmail() + " added", null, user.details());
        users.flush();
        return queries.toData(user);
    }

    @Transactional
    public UserData update(long id, long expectedVersion, UserDetails details) {
        Caller caller = guard.requireAny("edit a user", Role.ADMIN);
        UserAccount user = load(id, expectedVersion);
        validator.check(details);
        checkOrganisation(details.organisationId());
        users.findByEmail(UserAccount.normaliseEmail(details.email()))
                .filter(other -> !other.getId().equals(user.getId()))
                .ifPresent(other -> {
                    throw new InvalidInputException("email", Messages.text("security.ManageUsers.aUserWithThisEmail"));
                });
        if (caller.userId() == id && !details.roles().contains(Role.ADMIN)) {
            throw new InvalidInputException("roles",
                    Messages.text("security.ManageUsers.youCannotRemoveYourOwn"));
        }
        UserDetails before = user.details();
        user.update(details, clock.instant());
        audit.change("USER_UPDATED", "User", id, "User " + user.getEmail() + " updated", before, user.details());
        users.flush();
        return queries.toData(user);
    }

    @Transactional
    public UserData setActive(long id, long expectedVersion, boolean active) {
        Caller caller = guard.requireAny(active ? "reactivate a user" : "deactivate a user", Role.ADMIN);
        UserAccount user = load(id, expectedVersion);
        if (!active && caller.userId() == id) {
            throw new InvalidInputException("active", Messages.text("security.ManageUsers.youCannotDeactivateYourselfAsk"));
        }
        if (active) {
            user.reactivate(clock.instant());
        } else {
            user.deactivate(clock.instant());
        }
        audit.change(active ? "USER_REACTIVATED" : "USER_DEACTIVATED", "User", id,
                "User " + user.getEmail() + (active ? " reactivated" : " deactivated"), null, null);
        users.flush();
        return queries.toData(user);
    }

    /** A new one-time password for a user who has forgotten theirs. */
    @Transactional
    public String resetPassword(long id, long expectedVersion) {
        guard.requireAny("reset a password", Role.ADMIN);
        UserAccount user = load(id, expectedVersion);
        String oneTime = OneTimePasswords.generate();
        user.setPassword(hasher.hash(oneTime.toCharArray()), true, clock.instant());
        audit.change("USER_PASSWORD_RESET", "User", id, Messages.text("security.ManageUsers.passwordOf",
                user.getEmail()), null, null);
        users.flush();
        return oneTime;
    }

    private UserAccount load(long id, long expectedVersion) {
        UserAccount user = users.find(id).orElseThrow(() -> new NotFoundException("User " + id));
        if (user.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("user");
        }
        return user;
    }

    private void checkOrganisation(long organisationId) {
        if (organisations.findActive(organisationId).isEmpty()) {
            throw new InvalidInputException("organisationId", Messages.text("security.ManageUsers.chooseAnActiveOrganisation"));
        }
    }
}
