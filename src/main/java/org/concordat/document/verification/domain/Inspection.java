package org.concordat.document.verification.domain;

import java.time.Instant;
import java.util.List;
import org.concordat.document.signing.domain.Certificates;

/**
 * What a PDF turned out to be.
 *
 * @param readable   whether it could be read as a PDF at all; if not, problem says why in plain words
 * @param sha256     of the whole file
 * @param attachment the machine-readable copy attached as the document's data (JSON), or null
 */
public record Inspection(boolean readable, String problem, int size, String sha256, byte[] attachment,
                         List<Signature> signatures) {

    public Inspection {
        attachment = attachment == null ? null : attachment.clone();
        signatures = List.copyOf(signatures);
    }

    public static Inspection unreadable(String problem, byte[] pdf) {
        return new Inspection(false, problem, pdf.length, Certificates.sha256(pdf), null, List.of());
    }

    @Override
    public byte[] attachment() {
        return attachment == null ? null : attachment.clone();
    }

    /** What the file holds besides a signature's revision, once that signature was made. */
    public enum Later {
        /** The signature covers the whole file. */
        NOTHING,
        /** Only further signatures were added after it. */
        SIGNATURES_ONLY,
        /** Something other than signatures was changed or added after it. */
        OTHER_CHANGES
    }

    /**
     * One signature, checked.
     *
     * @param claimedAt          the signing time the signature dictionary claims (M), or null
     * @param timestampedAt      the time an RFC 3161 timestamp in the signature vouches for, or null
     * @param certification      whether it certifies the document (DocMDP); permission is then its P value
     * @param intact             whether the CMS signature is valid over exactly the bytes its byte range covers
     * @param trusted            whether its certificate chains to a trust anchor at the time of signing
     * @param certificateSha256  of the signer's certificate, or null when the signature holds none
     * @param revisionLength     how many bytes of the file the signature covers, from the start
     * @param revisionSha256     the SHA-256 of those bytes: the document as this signature left it
     */
    public record Signature(int index, String name, String reason, String location, String contactInfo,
                            Instant claimedAt, Instant timestampedAt, boolean certification, int permission,
                            boolean intact, String intactProblem, boolean trusted, String trustProblem,
                            String certificateSubject, String certificateSha256, long revisionLength,
                            String revisionSha256, Later later) {
    }
}
