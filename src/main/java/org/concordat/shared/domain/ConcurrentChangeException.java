package org.concordat.shared.domain;

/** Someone else saved the same record after the caller loaded it: the caller's change was not applied. */
public class ConcurrentChangeException extends RuntimeException {
    public ConcurrentChangeException(String what) {
        super(Messages.text("shared.ConcurrentChangeException.someoneElseChangedThis", what));
    }
}
