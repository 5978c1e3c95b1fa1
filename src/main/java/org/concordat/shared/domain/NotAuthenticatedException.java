package org.concordat.shared.domain;

/** Nobody is signed in (or the API token is missing, unknown, expired or revoked). */
public class NotAuthenticatedException extends RuntimeException {
    public NotAuthenticatedException(String reason) {
        super(reason);
    }
}
