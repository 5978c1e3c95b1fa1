package org.concordat.document.signing.domain;

import java.util.List;
import java.util.Optional;

/** Concordat's certification authority, the sealing of keys, and the organisations' signing credentials. */
public interface SigningRepository {

    Optional<SigningAuthority> authority();

    SigningAuthority add(SigningAuthority authority);

    Optional<KeySealing> keySealing();

    KeySealing add(KeySealing sealing);

    /**
     * Locks the authority's row until the transaction ends: credentials are issued and replaced one at a time, so an
     * organisation never ends up with two active ones.
     */
    void authorityForUpdate();

    Optional<SigningCredential> active(long organisationId);

    SigningCredential add(SigningCredential credential);

    /**
     * Replaces a credential's sealed key by the same key sealed anew, and nothing else of the row, if it is still the
     * one read.
     *
     * @return whether it was replaced
     */
    boolean reseal(long credentialId, byte[] read, byte[] resealed);

    /** Every credential ever registered, active or replaced: their signatures stay verifiable. */
    List<SigningCredential> all();

    Optional<SigningCredential> byCertificate(String certificateSha256);

    void flush();
}
