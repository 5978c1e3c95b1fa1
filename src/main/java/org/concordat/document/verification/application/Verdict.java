package org.concordat.document.verification.application;

import java.time.Instant;
import java.util.List;

/**
 * What Concordat can say about a PDF someone holds: whether it is a document Concordat recorded, of which agreement
 * version, and whether each signature on it is intact, trusted and still covers the document.
 *
 * @param summary   the verdict in one plain sentence
 * @param document  what the document is, when its attached data or Concordat's records say so; null otherwise
 */
public record Verdict(Outcome outcome, String summary, int size, String sha256, DocumentFacts document,
                      List<SignatureFacts> signatures) {

    public Verdict {
        signatures = List.copyOf(signatures);
    }

    /** The verdict, most serious first. */
    public enum Outcome {
        /** Not a PDF Concordat can read: damaged, truncated, encrypted, too large, or not a PDF at all. */
        NOT_A_VALID_PDF,
        /** A signature does not match the bytes it covers: the document was changed after it was signed. */
        SIGNATURE_BROKEN,
        /** The signatures are intact, but something other than signatures was added after one of them. */
        CHANGED_AFTER_SIGNING,
        /** The signatures are intact, but a certificate does not chain to anything Concordat trusts. */
        UNTRUSTED_SIGNATURE,
        /** No signature at all. */
        UNSIGNED,
        /** Every signature is intact and trusted, and nothing but signatures was added after any of them. */
        VALID
    }

    /**
     * The agreement version the document is.
     *
     * @param recorded        whether Concordat recorded this document (its rendering begins the file)
     * @param record          how the file compares with Concordat's record, in a sentence
     * @param statusInDocument the status the attached data gives (when it was rendered)
     * @param statusNow       the version's status today, when Concordat recorded the document; else null
     * @param signaturesRecorded how many signatures Concordat's record of this document holds
     */
    public record DocumentFacts(boolean recorded, String record, String reference, String title, Integer versionNumber,
                                Long versionId, String statusInDocument, String statusNow, Integer round,
                                int signaturesRecorded) {
    }

    /**
     * One signature.
     *
     * @param organisation      the organisation whose registered credential made it, else the certificate's
     *                          organisation
     * @param signedAt          the signing time the signature claims
     * @param timestampedAt     the time a timestamp authority vouched for, if any
     * @param changesAfter      NOTHING, SIGNATURES_ONLY or OTHER_CHANGES
     * @param recorded          whether Concordat recorded this signature when it was made
     */
    public record SignatureFacts(int index, String signer, String organisation, String reason, Instant signedAt,
                                 Instant timestampedAt, boolean certification, boolean intact, String intactProblem,
                                 boolean trusted, String trustProblem, boolean coversWholeDocument, String changesAfter,
                                 boolean recorded, String certificateSubject) {
    }
}
