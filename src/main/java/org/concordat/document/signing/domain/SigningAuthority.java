package org.concordat.document.signing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * Concordat's own certification authority: one self-signed certificate, created at first start, that issues
 * organisations their signing certificates. Its private key is kept sealed, never in clear. The row is never rewritten
 * (on PostgreSQL a trigger refuses it), so an authority created before schema version 17 keeps its key in the earlier
 * sealed format (PBES2), which still opens.
 */
@Entity
@Immutable
@Table(name = "signing_authority")
public class SigningAuthority {

    /** There is only ever one authority. */
    public static final long ID = 1;

    @Id
    private Long id;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private byte[] certificate;

    @Column(name = "sealed_key", nullable = false, updatable = false)
    private byte[] sealedKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SigningAuthority() {
    }

    public SigningAuthority(SealedCredential credential, Instant createdAt) {
        this.id = ID;
        this.subject = credential.signer().getSubjectX500Principal().getName();
        this.certificate = Certificates.encode(credential.signer());
        this.sealedKey = credential.sealedKey();
        this.createdAt = createdAt;
    }

    public java.security.cert.X509Certificate certificate() {
        return Certificates.decode(certificate).get(0);
    }

    public byte[] sealedKey() {
        return sealedKey.clone();
    }

    public String getSubject() { return subject; }
    public Instant getCreatedAt() { return createdAt; }
}
