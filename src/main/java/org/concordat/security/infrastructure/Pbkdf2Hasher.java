package org.concordat.security.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.concordat.security.domain.PasswordHasher;

/**
 * PBKDF2 from Jakarta Security: HMAC-SHA-512, 210,000 iterations (OWASP's figure for this algorithm), a 32-byte
 * random salt per password. The stored string carries algorithm, iterations and salt, so raising the cost later
 * does not break old hashes.
 */
@ApplicationScoped
public class Pbkdf2Hasher implements PasswordHasher {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    @Override
    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    @Override
    public boolean verify(char[] password, String hash) {
        return hash != null && pbkdf2.verify(password, hash);
    }
}
