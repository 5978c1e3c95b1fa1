package org.concordat.document.signing.domain;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A private key unsealed for one signature, with its certificate chain. Lives only in memory, for as long as the
 * signature takes; its toString never shows the key.
 *
 * @param chain the signer's certificate first, then each issuer up to the root
 */
public record SigningKey(PrivateKey privateKey, List<X509Certificate> chain) {

    public SigningKey {
        chain = List.copyOf(chain);
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    @Override
    public String toString() {
        return "SigningKey[" + certificate().getSubjectX500Principal().getName() + "]";
    }
}
