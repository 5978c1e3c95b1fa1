package org.concordat.document.signing.domain;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A certificate chain and its private key as stored: the key sealed (encrypted and authenticated) so that it is never
 * at rest in clear, for its holder, so that a sealed key opens only as the key of the credential it was sealed for.
 *
 * @param holder whose key it is: Concordat's authority or an organisation
 * @param chain  the signer's certificate first, then each issuer up to the root
 */
public record SealedCredential(Holder holder, List<X509Certificate> chain, byte[] sealedKey) {

    /** Whose key a sealed key is: bound into the sealing together with the certificate. */
    public record Holder(String name) {

        public static Holder authority() {
            return new Holder("authority");
        }

        public static Holder organisation(long organisationId) {
            return new Holder("organisation " + organisationId);
        }
    }

    public SealedCredential {
        if (holder == null) {
            throw new IllegalArgumentException("A sealed key has a holder");
        }
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("A credential has at least its own certificate");
        }
        chain = List.copyOf(chain);
        sealedKey = sealedKey.clone();
    }

    public X509Certificate signer() {
        return chain.get(0);
    }

    @Override
    public byte[] sealedKey() {
        return sealedKey.clone();
    }
}
