package org.concordat.document.signing.application;

/**
 * Signatures are waiting in the outbox (an approval queued one, or a replaced credential made an organisation's due
 * again). Observed once the transaction that fired it commits, to start the worker at once instead of at its next
 * sweep.
 *
 * @param subjectId the version or organisation it is about, for the log
 */
public record SigningQueued(long subjectId) {
}
