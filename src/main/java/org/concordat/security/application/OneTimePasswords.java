package org.concordat.security.application;

import java.security.SecureRandom;

/** Random passwords handed over once (a new user, a reset, the first administrator) and changed at sign-in. */
public final class OneTimePasswords {

    // No 0/O, 1/l/I: read aloud or copied by hand without mistakes.
    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    /** Four groups of five characters: about 115 bits. */
    public static String generate() {
        StringBuilder sb = new StringBuilder(23);
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }
}
