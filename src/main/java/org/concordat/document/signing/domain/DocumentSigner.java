package org.concordat.document.signing.domain;

/** Adds a PAdES signature to a PDF as an incremental update: the bytes given are the first bytes of the result. */
public interface DocumentSigner {

    /** The signed PDF, and whether a trusted timestamp was added to the signature. */
    record Signed(byte[] pdf, boolean timestamped) {
        public Signed {
            pdf = pdf.clone();
        }

        @Override
        public byte[] pdf() {
            return pdf.clone();
        }
    }

    Signed sign(byte[] pdf, SignatureRequest request, SigningKey key);
}
