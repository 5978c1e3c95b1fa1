package org.concordat.document.signing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;

/**
 * The PDF of one submission of an agreement version: rendered once when the version is submitted, then extended
 * by each party's signature as an incremental update. The rendered bytes stay the first bytes of the content, so
 * the document as rendered can always be told apart from what the signatures added.
 */
@Entity
@Table(name = "signed_document")
public class SignedDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "signed_document_seq")
    @SequenceGenerator(name = "signed_document_seq", sequenceName = "signed_document_seq", allocationSize = 50)
    private Long id;

    @Column(name = "agreement_version_id", nullable = false, updatable = false)
    private long versionId;

    @Column(name = "submission_round", nullable = false, updatable = false)
    private int round;

    @Column(nullable = false)
    private byte[] content;

    @Column(name = "rendered_length", nullable = false, updatable = false)
    private int renderedLength;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "content_sha256", nullable = false)
    private String contentSha256;

    @Column(nullable = false, updatable = false)
    private byte[] json;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SignedDocument() {
    }

    public SignedDocument(long versionId, int round, byte[] rendered, byte[] json, String fileName, Instant createdAt) {
        this.versionId = versionId;
        this.round = round;
        this.content = rendered.clone();
        this.renderedLength = rendered.length;
        this.sha256 = Certificates.sha256(rendered);
        this.contentSha256 = sha256;
        this.json = json.clone();
        this.fileName = fileName;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /**
     * Takes the document with one more signature. It must be this document with bytes appended: an incremental
     * update never rewrites what was signed before.
     */
    public void signed(byte[] extended, Instant at) {
        if (extended.length <= content.length
                || !Arrays.equals(extended, 0, content.length, content, 0, content.length)) {
            throw new IllegalArgumentException("A signature must be appended to " + fileName + ", not rewrite it");
        }
        content = extended.clone();
        contentSha256 = Certificates.sha256(extended);
        updatedAt = at;
    }

    public byte[] content() {
        return content.clone();
    }

    public byte[] json() {
        return json.clone();
    }

    /** Whether these bytes begin with the document exactly as it was rendered. */
    public boolean startsWithRendering(byte[] pdf) {
        return pdf.length >= renderedLength && Certificates.sha256(pdf, renderedLength).equals(sha256);
    }

    public Long getId() { return id; }
    public long getVersionId() { return versionId; }
    public int getRound() { return round; }
    public int getRenderedLength() { return renderedLength; }
    public String getSha256() { return sha256; }
    public String getContentSha256() { return contentSha256; }
    public String getFileName() { return fileName; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
