/**
 * Signing use cases: the document recorded at submission, an approval queued in the outbox, the signatures made
 * after the approval commits (and retried), the signing credentials, and the signed document and its copy as the
 * parties download them.
 */
package org.concordat.document.signing.application;
