package org.concordat.document.signing.infrastructure;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECKey;

/** What the sealer, the authority, the PKCS#12 import and the PAdES signer agree on about a key pair. */
final class KeyPairs {

    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyPairs() {
    }

    /** Signs a challenge with the private key and checks it with the public one. */
    static boolean belongTogether(PrivateKey key, PublicKey publicKey) {
        try {
            String algorithm = signatureAlgorithm(key);
            byte[] challenge = new byte[32];
            RANDOM.nextBytes(challenge);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(challenge);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(publicKey);
            verifier.update(challenge);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /**
     * By the key's type, not its algorithm name: a provider may call an elliptic-curve key "EC" or "ECDSA" (on the
     * server, another provider than the JDK's may have made it).
     */
    static String signatureAlgorithm(PrivateKey key) {
        return key instanceof ECKey ? "SHA256withECDSA" : "SHA256withRSA";
    }

}
