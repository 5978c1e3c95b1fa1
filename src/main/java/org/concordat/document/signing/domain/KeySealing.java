package org.concordat.document.signing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * How this installation derives the key-encryption key that seals every private key: one row, created at first start
 * beside Concordat's certification authority and never changed (on PostgreSQL a trigger refuses it), since a new salt
 * would lock every sealed key away. It holds no secret: the password comes from the environment, and the key is
 * derived from both once per server start and kept only in memory.
 */
@Entity
@Immutable
@Table(name = "signing_key_sealing")
public class KeySealing {

    /** There is only ever one. */
    public static final long ID = 1;

    @Id
    private Long id;

    @Column(nullable = false, updatable = false)
    private String algorithm;

    @Column(nullable = false, updatable = false)
    private int iterations;

    @Column(nullable = false, updatable = false)
    private byte[] salt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected KeySealing() {
    }

    public KeySealing(KeyDerivation derivation, Instant createdAt) {
        this.id = ID;
        this.algorithm = derivation.algorithm();
        this.iterations = derivation.iterations();
        this.salt = derivation.salt();
        this.createdAt = createdAt;
    }

    public KeyDerivation derivation() {
        return new KeyDerivation(algorithm, iterations, salt);
    }

    public Instant getCreatedAt() { return createdAt; }
}
