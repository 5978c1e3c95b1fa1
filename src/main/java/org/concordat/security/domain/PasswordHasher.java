package org.concordat.security.domain;

/** One-way password hashing; the infrastructure provides PBKDF2 through Jakarta Security. */
public interface PasswordHasher {

    String hash(char[] password);

    boolean verify(char[] password, String hash);
}
