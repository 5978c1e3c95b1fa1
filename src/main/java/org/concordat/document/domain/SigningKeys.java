package org.concordat.document.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * Keys and certificates: Concordat's certification authority, the credentials it issues, the PKCS#12 files
 * organisations upload, and the sealing of private keys for storage. Keys are sealed under a key-encryption key
 * derived, once per server start, from a password that comes from the environment (never from the database) and the
 * installation's stored {@link KeyDerivation}; see {@link #unlock}.
 */
public interface SigningKeys {

    /** Parameters for a new installation's key-encryption key: a fresh random salt and today's iteration count. */
    KeyDerivation newDerivation();

    /**
     * Derives the key-encryption key from the password and the installation's parameters, once for the life of the
     * process; keys are sealed with it from then on. Again with the same parameters, it does nothing.
     *
     * @throws IllegalStateException when already unlocked with other parameters
     */
    void unlock(KeyDerivation derivation);

    /** A new self-signed certification authority, valid for ten years from now, its key sealed. */
    SealedCredential newAuthority(String name, Instant now);

    /**
     * A signing credential for an organisation, issued by the authority: key usage digital signature and
     * non-repudiation, valid three years from now, subject CN and O the organisation's name; its key sealed for it.
     */
    SealedCredential issue(SigningKey authority, long organisationId, String organisation, Instant now);

    /**
     * Reads an uploaded PKCS#12 file and checks that it can sign: a private key with its certificate and chain, a
     * key usage that allows signing, valid now; its key sealed for the organisation. The password is used once and
     * never kept.
     *
     * @throws org.concordat.shared.domain.InvalidInputException naming the field ("file", "password" or
     *                                                          "certificate") and what is wrong
     */
    SealedCredential readPkcs12(long organisationId, byte[] pkcs12, char[] password, Instant now);

    /**
     * The private key of a stored credential, unsealed for one use. Keys sealed in an earlier format open too.
     *
     * @throws KeyUnavailableException when the key cannot be unsealed (a different password, damaged data, a sealed
     *                                 key moved to another credential)
     */
    SigningKey unseal(SealedCredential credential);

    /**
     * The credential's key sealed anew in the current format, checked to unseal to the same key, when it was sealed in
     * an earlier one; empty when it is current.
     */
    Optional<SealedCredential> resealed(SealedCredential credential, SigningKey key);
}
