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
 * A party's word that an imported version is the agreement it signed, given by its IG lead or signatory: once per
 * party per version, never changed. Route checks count an imported version once every party has given it.
 */
@Entity
@Table(name = "agreement_import_confirmation")
public class ImportConfirmation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_import_confirmation_seq")
    @SequenceGenerator(name = "agreement_import_confirmation_seq", sequenceName = "agreement_import_confirmation_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "agreement_version_id", nullable = false)
    private long versionId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "confirmed_by_email", nullable = false)
    private String confirmedByEmail;

    @Column(name = "confirmed_by_name", nullable = false)
    private String confirmedByName;

    @Column(name = "confirmed_at", nullable = false)
    private Instant confirmedAt;

    protected ImportConfirmation() {
    }

    public ImportConfirmation(long versionId, long organisationId, String confirmedByEmail, String confirmedByName,
                              Instant confirmedAt) {
        this.versionId = versionId;
        this.organisationId = organisationId;
        this.confirmedByEmail = confirmedByEmail;
        this.confirmedByName = confirmedByName;
        this.confirmedAt = confirmedAt;
    }

    public Long getId() { return id; }
    public long getVersionId() { return versionId; }
    public long getOrganisationId() { return organisationId; }
    public String getConfirmedByEmail() { return confirmedByEmail; }
    public String getConfirmedByName() { return confirmedByName; }
    public Instant getConfirmedAt() { return confirmedAt; }
}
