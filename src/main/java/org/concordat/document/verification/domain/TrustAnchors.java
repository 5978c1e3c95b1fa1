package org.concordat.document.verification.domain;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;

/**
 * What a signature's certificate may chain to, to be trusted: Concordat's own certification authority, or the
 * chain an organisation registered with its credential (the signer's certificate must then be the registered one).
 *
 * @param registered each registered credential's chain, keyed by the SHA-256 of its signer certificate
 */
public record TrustAnchors(X509Certificate authority, Map<String, List<X509Certificate>> registered) {

    public TrustAnchors {
        registered = Map.copyOf(registered);
    }
}
