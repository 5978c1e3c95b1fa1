package org.concordat.document.signing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One party's signature on a signed document, as recorded when it was made: who signed for which organisation,
 * when, with which credential, and the SHA-256 of the document as that signature left it (its revision).
 */
@Entity
@Immutable
@Table(name = "document_signature")
public class DocumentSignature {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_signature_seq")
    @SequenceGenerator(name = "document_signature_seq", sequenceName = "document_signature_seq", allocationSize = 50)
    private Long id;

    @Column(name = "signed_document_id", nullable = false, updatable = false)
    private long signedDocumentId;

    @Column(name = "sequence_number", nullable = false, updatable = false)
    private int sequenceNumber;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "organisation_name", nullable = false, updatable = false)
    private String organisationName;

    @Column(name = "signer_name", nullable = false, updatable = false)
    private String signerName;

    @Column(name = "signer_email", nullable = false, updatable = false)
    private String signerEmail;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    @Column(nullable = false, updatable = false)
    private boolean certification;

    @Column(nullable = false, updatable = false)
    private boolean timestamped;

    @Column(name = "credential_id", nullable = false, updatable = false)
    private long credentialId;

    @Column(name = "revision_length", nullable = false, updatable = false)
    private int revisionLength;

    @Column(name = "revision_sha256", nullable = false, updatable = false)
    private String revisionSha256;

    protected DocumentSignature() {
    }

    public DocumentSignature(long signedDocumentId, int sequenceNumber, SignatureRequest request, long organisationId,
                             long credentialId, boolean timestamped, byte[] revision) {
        this.signedDocumentId = signedDocumentId;
        this.sequenceNumber = sequenceNumber;
        this.organisationId = organisationId;
        this.organisationName = request.organisation();
        this.signerName = request.signerName();
        this.signerEmail = request.signerEmail();
        this.signedAt = request.signedAt();
        this.certification = request.certify();
        this.timestamped = timestamped;
        this.credentialId = credentialId;
        this.revisionLength = revision.length;
        this.revisionSha256 = Certificates.sha256(revision);
    }

    public Long getId() { return id; }
    public long getSignedDocumentId() { return signedDocumentId; }
    public int getSequenceNumber() { return sequenceNumber; }
    public long getOrganisationId() { return organisationId; }
    public String getOrganisationName() { return organisationName; }
    public String getSignerName() { return signerName; }
    public String getSignerEmail() { return signerEmail; }
    public Instant getSignedAt() { return signedAt; }
    public boolean isCertification() { return certification; }
    public boolean isTimestamped() { return timestamped; }
    public long getCredentialId() { return credentialId; }
    public int getRevisionLength() { return revisionLength; }
    public String getRevisionSha256() { return revisionSha256; }
}
