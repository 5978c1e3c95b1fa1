package org.concordat.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A party to one agreement version; flows name it by its key (P1, P2, ...). */
@Entity
@Table(name = "agreement_party")
public class Party {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_party_seq")
    @SequenceGenerator(name = "agreement_party_seq", sequenceName = "agreement_party_seq", allocationSize = 50)
    private Long id;

    @Column(name = "party_key", nullable = false)
    private String key;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartyRole role;

    @Column(name = "signatory_name")
    private String signatoryName;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_email")
    private String contactEmail;

    protected Party() {
    }

    Party(String key, PartyDetails details) {
        this.key = key;
        apply(details);
    }

    void apply(PartyDetails d) {
        this.organisationId = d.organisationId();
        this.role = d.role();
        this.signatoryName = d.signatoryName();
        this.contactName = d.contactName();
        this.contactEmail = d.contactEmail();
    }

    public PartyDetails details() {
        return new PartyDetails(organisationId, role, signatoryName, contactName, contactEmail);
    }

    public String getKey() { return key; }
    public long getOrganisationId() { return organisationId; }
    public PartyRole getRole() { return role; }
}
