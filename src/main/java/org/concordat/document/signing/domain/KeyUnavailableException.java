package org.concordat.document.signing.domain;

/** A stored private key could not be unsealed: the password differs from the one it was sealed with, or the data is damaged. */
public class KeyUnavailableException extends RuntimeException {

    public KeyUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
