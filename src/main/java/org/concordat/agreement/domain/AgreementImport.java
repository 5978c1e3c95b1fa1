package org.concordat.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The record of an agreement brought in from outside Concordat: which version it created, who imported it for which
 * organisation and when, the file its flows came from (name and SHA-256) and the signed PDF kept as the version's
 * source document (name, SHA-256 and the bytes). Append-only: never changed once written.
 */
@Entity
@Table(name = "agreement_import")
public class AgreementImport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_import_seq")
    @SequenceGenerator(name = "agreement_import_seq", sequenceName = "agreement_import_seq", allocationSize = 50)
    private Long id;

    @Column(name = "agreement_version_id", nullable = false)
    private long versionId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "original_reference")
    private String originalReference;

    @Column(name = "imported_by_email", nullable = false)
    private String importedByEmail;

    @Column(name = "imported_by_name", nullable = false)
    private String importedByName;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "sheet_file_name", nullable = false)
    private String sheetFileName;

    @Column(name = "sheet_sha256", nullable = false)
    private String sheetSha256;

    @Column(name = "document_file_name", nullable = false)
    private String documentFileName;

    @Column(name = "document_sha256", nullable = false)
    private String documentSha256;

    @Column(name = "document", nullable = false)
    private byte[] document;

    protected AgreementImport() {
    }

    public AgreementImport(long versionId, long organisationId, String originalReference, String importedByEmail,
                           String importedByName, Instant importedAt, String sheetFileName, String sheetSha256,
                           String documentFileName, String documentSha256, byte[] document) {
        this.versionId = versionId;
        this.organisationId = organisationId;
        this.originalReference = originalReference;
        this.importedByEmail = importedByEmail;
        this.importedByName = importedByName;
        this.importedAt = importedAt;
        this.sheetFileName = sheetFileName;
        this.sheetSha256 = sheetSha256;
        this.documentFileName = documentFileName;
        this.documentSha256 = documentSha256;
        this.document = document.clone();
    }

    public Long getId() { return id; }
    public long getVersionId() { return versionId; }
    public long getOrganisationId() { return organisationId; }
    public String getOriginalReference() { return originalReference; }
    public String getImportedByEmail() { return importedByEmail; }
    public String getImportedByName() { return importedByName; }
    public Instant getImportedAt() { return importedAt; }
    public String getSheetFileName() { return sheetFileName; }
    public String getSheetSha256() { return sheetSha256; }
    public String getDocumentFileName() { return documentFileName; }
    public String getDocumentSha256() { return documentSha256; }
    public byte[] getDocument() { return document.clone(); }
}
