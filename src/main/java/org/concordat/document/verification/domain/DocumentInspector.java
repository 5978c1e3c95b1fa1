package org.concordat.document.verification.domain;

/**
 * Reads any PDF, however malformed or hostile, and reports what it finds: the attached machine-readable copy and
 * every signature, checked against its byte range, its certificate chain and what was added to the file after it.
 * Never throws for bad input: an unreadable file is an inspection that says so.
 */
public interface DocumentInspector {

    /**
     * @param now when a signature says nothing of its time, its certificate is checked as of now
     */
    Inspection inspect(byte[] pdf, TrustAnchors trust, java.time.Instant now);
}
