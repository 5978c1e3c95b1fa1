package org.concordat.document.signing.domain;

import java.time.Instant;

/** An organisation's own signing credential, uploaded as a PKCS#12 file. */
public interface Pkcs12Import {

    /**
     * Reads an uploaded PKCS#12 file and checks that it can sign: a private key with its certificate and chain, a
     * key usage that allows signing, valid now; its key sealed for the organisation. The password is used once and
     * never kept.
     *
     * @throws org.concordat.shared.domain.InvalidInputException naming the field ("file", "password" or
     *                                                          "certificate") and what is wrong
     */
    SealedCredential readPkcs12(long organisationId, byte[] pkcs12, char[] password, Instant now);
}
