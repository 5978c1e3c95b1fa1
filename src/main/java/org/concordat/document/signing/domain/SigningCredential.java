package org.concordat.document.signing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * An organisation's signing credential: a certificate chain and its sealed private key. One is active per
 * organisation; a replaced one is kept, so that the signatures made with it stay verifiable as registered.
 */
@Entity
@Table(name = "signing_credential")
public class SigningCredential {

    /** Where the credential came from. */
    public enum Source {
        /** Issued by Concordat's own certification authority. */
        ISSUED,
        /** Uploaded by the organisation as a PKCS#12 file. */
        UPLOADED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "signing_credential_seq")
    @SequenceGenerator(name = "signing_credential_seq", sequenceName = "signing_credential_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Source source;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private String issuer;

    @Column(name = "certificate_sha256", nullable = false, updatable = false)
    private String certificateSha256;

    @Column(nullable = false, updatable = false)
    private byte[] chain;

    /** Never updated through the entity: only SigningRepository.reseal replaces it, by the same key sealed anew. */
    @Column(name = "sealed_key", nullable = false, updatable = false)
    private byte[] sealedKey;

    @Column(name = "not_before", nullable = false, updatable = false)
    private Instant notBefore;

    @Column(name = "not_after", nullable = false, updatable = false)
    private Instant notAfter;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "replaced_at")
    private Instant replacedAt;

    protected SigningCredential() {
    }

    public SigningCredential(long organisationId, Source source, SealedCredential credential, String createdBy,
                             Instant createdAt) {
        X509Certificate signer = credential.signer();
        this.organisationId = organisationId;
        this.source = source;
        this.subject = signer.getSubjectX500Principal().getName();
        this.issuer = signer.getIssuerX500Principal().getName();
        this.certificateSha256 = Certificates.fingerprint(signer);
        this.chain = Certificates.encode(credential.chain());
        this.sealedKey = credential.sealedKey();
        this.notBefore = signer.getNotBefore().toInstant();
        this.notAfter = signer.getNotAfter().toInstant();
        this.active = true;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** A newer credential takes over; this one stays on record for the signatures it made. */
    public void replace(Instant at) {
        active = false;
        replacedAt = at;
    }

    /** Whether a signature made at this instant falls inside the certificate's validity. */
    public boolean validAt(Instant at) {
        return !at.isBefore(notBefore) && !at.isAfter(notAfter);
    }

    public List<X509Certificate> chain() {
        return Certificates.decode(chain);
    }

    public byte[] sealedKey() {
        return sealedKey.clone();
    }

    public Long getId() { return id; }
    public long getOrganisationId() { return organisationId; }
    public Source getSource() { return source; }
    public String getSubject() { return subject; }
    public String getIssuer() { return issuer; }
    public String getCertificateSha256() { return certificateSha256; }
    public Instant getNotBefore() { return notBefore; }
    public Instant getNotAfter() { return notAfter; }
    public boolean isActive() { return active; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getReplacedAt() { return replacedAt; }
}
