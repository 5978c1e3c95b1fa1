package org.concordat.shared.domain;

/** Someone else saved the same record after the caller loaded it: the caller's change was not applied. */
public class ConcurrentChangeException extends RuntimeException {
    public ConcurrentChangeException(String what) {
        super("Someone else changed this " + what + " while you were editing it. Your changes were not saved:"
                + " reload it to see the latest version, then make your changes again.");
    }
}
