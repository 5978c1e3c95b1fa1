package org.concordat.document.signing.domain;

import java.util.Arrays;

/**
 * How an installation's key-encryption key is derived from the signing password: the algorithm, its iteration count
 * and the installation's random salt. Neither the password nor the key is part of it: it may be stored in clear.
 */
public record KeyDerivation(String algorithm, int iterations, byte[] salt) {

    public KeyDerivation {
        salt = salt.clone();
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyDerivation d && algorithm.equals(d.algorithm) && iterations == d.iterations
                && Arrays.equals(salt, d.salt);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * algorithm.hashCode() + iterations) + Arrays.hashCode(salt);
    }

    @Override
    public String toString() {
        return "KeyDerivation[" + algorithm + ", " + iterations + " iterations]";
    }
}
