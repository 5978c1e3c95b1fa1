package org.concordat.document.signing.domain;

import java.time.Instant;

/** Concordat's certification authority: its own certificate, and the signing credentials it issues organisations. */
public interface CertificateAuthority {

    /** A new self-signed certification authority, valid for ten years from now, its key sealed. */
    SealedCredential newAuthority(String name, Instant now);

    /**
     * A signing credential for an organisation, issued by the authority: key usage digital signature and
     * non-repudiation, valid three years from now, subject CN and O the organisation's name; its key sealed for it.
     */
    SealedCredential issue(SigningKey authority, long organisationId, String organisation, Instant now);
}
