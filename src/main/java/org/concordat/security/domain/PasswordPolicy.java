package org.concordat.security.domain;

import java.util.Locale;
import java.util.Optional;
import org.concordat.shared.domain.Messages;

/**
 * What a password must be. Length over complexity, as the NCSC advises: at least 12 characters, not the email
 * address, not one character repeated.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** Why the password is not acceptable, or empty when it is. */
    public static Optional<String> problemWith(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of(Messages.text("security.PasswordPolicy.useAtLeast", MIN_LENGTH));
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(Messages.text("security.PasswordPolicy.useAtMost", MAX_LENGTH));
        }
        if (password.chars().distinct().count() < 4) {
            return Optional.of(Messages.text("security.PasswordPolicy.thisPasswordIsTooEasy"));
        }
        if (email != null && password.toLowerCase(Locale.ROOT).contains(email.toLowerCase(Locale.ROOT).split("@")[0])
                && email.split("@")[0].length() >= 4) {
            return Optional.of(Messages.text("security.PasswordPolicy.doNotUseYourEmail"));
        }
        return Optional.empty();
    }
}
