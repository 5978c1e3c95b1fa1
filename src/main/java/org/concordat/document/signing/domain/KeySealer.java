package org.concordat.document.signing.domain;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * The sealing of private keys for storage. Keys are sealed under a key-encryption key derived, once per server start,
 * from a password that comes from the environment (never from the database) and the installation's stored
 * {@link KeyDerivation}; see {@link #unlock}. The certification authority and the PKCS#12 import seal what they make
 * or read here.
 */
public interface KeySealer {

    /** Parameters for a new installation's key-encryption key: a fresh random salt and today's iteration count. */
    KeyDerivation newDerivation();

    /**
     * Derives the key-encryption key from the password and the installation's parameters, once for the life of the
     * process; keys are sealed with it from then on. Again with the same parameters, it does nothing.
     *
     * @throws IllegalStateException when already unlocked with other parameters
     */
    void unlock(KeyDerivation derivation);

    /** The key sealed for this holder and chain (bound to both: it opens only as their key). */
    SealedCredential seal(SealedCredential.Holder holder, List<X509Certificate> chain, PrivateKey key);

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
