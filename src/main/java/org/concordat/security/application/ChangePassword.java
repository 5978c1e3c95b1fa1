package org.concordat.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.concordat.audit.application.AuditLog;
import org.concordat.security.domain.PasswordHasher;
import org.concordat.security.domain.PasswordPolicy;
import org.concordat.security.domain.UserAccount;
import org.concordat.security.domain.UserRepository;
import org.concordat.shared.application.AccessGuard;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.NotFoundException;

/** A signed-in user changes their own password, proving they know the current one. */
@ApplicationScoped
public class ChangePassword {

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    AccessGuard guard;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public void change(String currentPassword, String newPassword, String confirmation) {
        Caller caller = guard.signedIn();
        UserAccount user = users.find(caller.userId()).orElseThrow(() -> new NotFoundException("User"));
        if (user.getSsoIssuer() != null) {
            // Their organisation's provider signs them in; a password here would be a second way in nobody manages.
            throw new InvalidInputException(List.of(new FieldError("currentPassword",
                    Messages.text("security.ChangePassword.signedInByTheirOrganisation"))));
        }
        List<FieldError> errors = new ArrayList<>();
        if (currentPassword == null || !hasher.verify(currentPassword.toCharArray(), user.getPasswordHash())) {
            errors.add(new FieldError("currentPassword", Messages.text("security.ChangePassword.thisIsNotYourCurrent")));
        }
        PasswordPolicy.problemWith(newPassword, user.getEmail())
                .ifPresent(p -> errors.add(new FieldError("newPassword", p)));
        if (newPassword != null && newPassword.equals(currentPassword)) {
            errors.add(new FieldError("newPassword", Messages.text("security.ChangePassword.chooseAPasswordYouHave")));
        }
        if (newPassword == null || !newPassword.equals(confirmation)) {
            errors.add(new FieldError("confirmation", Messages.text("security.ChangePassword.theTwoNewPasswordsAre")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        user.setPassword(hasher.hash(newPassword.toCharArray()), false, clock.instant());
        audit.change("PASSWORD_CHANGED", "User", user.getId(), Messages.text("security.ChangePassword.changedTheirPassword",
                user.getEmail()),
                null, null);
    }
}
