package org.concordat.document.verification.application;

import java.time.Duration;

/** The source address has asked for too many verifications lately; it may try again after the wait. */
public class TooManyVerificationsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManyVerificationsException(Duration retryAfter) {
        super("Too many documents checked from this address: try again in " + Math.max(1, retryAfter.toSeconds()) + " seconds.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
