package org.concordat.shared.domain;

/** The caller is signed in but may not do this; the message says why, in words a user understands. */
public class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String reason) {
        super(reason);
    }
}
