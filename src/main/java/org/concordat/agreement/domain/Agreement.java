package org.concordat.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An agreement's stable identity: its reference (DSA-2026-0042) and the organisation that leads it. */
@Entity
@Table(name = "agreement")
public class Agreement {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_seq")
    @SequenceGenerator(name = "agreement_seq", sequenceName = "agreement_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String reference;

    @Column(name = "lead_organisation_id", nullable = false)
    private long leadOrganisationId;

    @Column(name = "public_register", nullable = false)
    private boolean publicRegister;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Agreement() {
    }

    public Agreement(String reference, long leadOrganisationId, Instant createdAt) {
        this.reference = reference;
        this.leadOrganisationId = leadOrganisationId;
        this.createdAt = createdAt;
    }

    /** DSA-2026-0042: the year it was created and a running number. */
    public static String reference(int year, long number) {
        return String.format("DSA-%d-%04d", year, number);
    }

    public boolean isLedBy(long organisationId) {
        return leadOrganisationId == organisationId;
    }

    /** Whether the public register lists this agreement (while a version of it is in force). */
    public void showOnPublicRegister(boolean shown) {
        publicRegister = shown;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getReference() { return reference; }
    public long getLeadOrganisationId() { return leadOrganisationId; }
    public boolean isPublicRegister() { return publicRegister; }
    public Instant getCreatedAt() { return createdAt; }
}
