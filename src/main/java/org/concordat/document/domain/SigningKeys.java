package org.concordat.document.domain;

import java.time.Instant;

/**
 * Keys and certificates: Concordat's certification authority, the credentials it issues, the PKCS#12 files
 * organisations upload, and the sealing of private keys for storage (encrypted PKCS#8 under a password that comes
 * from the environment, never from the database).
 */
public interface SigningKeys {

    /** A new self-signed certification authority, valid for ten years from now, its key sealed. */
    SealedCredential newAuthority(String name, Instant now);

    /**
     * A signing credential for an organisation, issued by the authority: key usage digital signature and
     * non-repudiation, valid three years from now, subject CN and O the organisation's name; its key sealed.
     */
    SealedCredential issue(SigningKey authority, String organisation, Instant now);

    /**
     * Reads an uploaded PKCS#12 file and checks that it can sign: a private key with its certificate and chain, a
     * key usage that allows signing, valid now. The password is used once and never kept.
     *
     * @throws org.concordat.shared.domain.InvalidInputException naming the field ("file", "password" or
     *                                                          "certificate") and what is wrong
     */
    SealedCredential readPkcs12(byte[] pkcs12, char[] password, Instant now);

    /**
     * The private key of a stored credential, unsealed for one use.
     *
     * @throws KeyUnavailableException when the key cannot be unsealed (a different password, damaged data)
     */
    SigningKey unseal(SealedCredential credential);
}
