package org.concordat.document.domain;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A certificate chain and its private key as stored: the key encrypted (PKCS#8, PBES2) so that it is never at rest
 * in clear.
 *
 * @param chain the signer's certificate first, then each issuer up to the root
 */
public record SealedCredential(List<X509Certificate> chain, byte[] sealedKey) {

    public SealedCredential {
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
