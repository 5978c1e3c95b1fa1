package org.concordat.shared.domain;

/**
 * The thing does not exist, or the caller may not know that it exists: both answer the same, so that ids
 * cannot be probed across organisations.
 */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(Messages.text("shared.NotFoundException.wasNotFound", what));
    }
}
