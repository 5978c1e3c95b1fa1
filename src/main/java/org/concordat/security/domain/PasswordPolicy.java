package org.concordat.security.domain;

import java.util.Locale;
import java.util.Optional;

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
            return Optional.of("Use at least " + MIN_LENGTH + " characters. Three random words make a good password.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        if (password.chars().distinct().count() < 4) {
            return Optional.of("This password is too easy to guess: use more different characters.");
        }
        if (email != null && password.toLowerCase(Locale.ROOT).contains(email.toLowerCase(Locale.ROOT).split("@")[0])
                && email.split("@")[0].length() >= 4) {
            return Optional.of("Do not use your email address in your password.");
        }
        return Optional.empty();
    }
}
