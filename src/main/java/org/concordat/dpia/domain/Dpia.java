package org.concordat.dpia.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * A DPIA's stable identity: its reference (DPIA-2026-0007), the organisation that leads it, and the agreements
 * whose processing it assesses. Links belong to the DPIA, not to one version: a completed DPIA can be linked to
 * an agreement drafted after it.
 */
@Entity
@Table(name = "dpia")
public class Dpia {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpia_seq")
    @SequenceGenerator(name = "dpia_seq", sequenceName = "dpia_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String reference;

    @Column(name = "lead_organisation_id", nullable = false)
    private long leadOrganisationId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "dpia_agreement", joinColumns = @JoinColumn(name = "dpia_id"))
    @Column(name = "agreement_id", nullable = false)
    private Set<Long> agreementIds = new TreeSet<>();

    protected Dpia() {
    }

    public Dpia(String reference, long leadOrganisationId, Instant createdAt) {
        this.reference = reference;
        this.leadOrganisationId = leadOrganisationId;
        this.createdAt = createdAt;
    }

    /** DPIA-2026-0007: the year it was created and a running number. */
    public static String reference(int year, long number) {
        return String.format("DPIA-%d-%04d", year, number);
    }

    public boolean isLedBy(long organisationId) {
        return leadOrganisationId == organisationId;
    }

    /** Links an agreement; false when it was linked already. */
    public boolean link(long agreementId) {
        return agreementIds.add(agreementId);
    }

    /** Unlinks an agreement; false when it was not linked. */
    public boolean unlink(long agreementId) {
        return agreementIds.remove(agreementId);
    }

    public boolean isLinkedTo(long agreementId) {
        return agreementIds.contains(agreementId);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getReference() { return reference; }
    public long getLeadOrganisationId() { return leadOrganisationId; }
    public Instant getCreatedAt() { return createdAt; }
    public Set<Long> getAgreementIds() { return Set.copyOf(agreementIds); }
}
