package org.concordat.document.verification.application;

import java.time.Duration;
import org.concordat.shared.domain.Messages;

/** The source address has asked for too many verifications lately; it may try again after the wait. */
public class TooManyVerificationsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManyVerificationsException(Duration retryAfter) {
        super(Messages.text("document.TooManyVerificationsException.tooManyDocumentsCheckedFrom",
                Math.max(1, retryAfter.toSeconds())));
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
