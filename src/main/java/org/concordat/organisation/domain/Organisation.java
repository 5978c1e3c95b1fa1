package org.concordat.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.concordat.shared.domain.Language;

/** A partner organisation. Aggregate root; concurrent edits are caught by its version. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sector sector;

    @Column(name = "public_authority", nullable = false)
    private boolean publicAuthority;

    @Column(name = "competent_authority", nullable = false)
    private boolean competentAuthority;

    @Column(name = "ico_registration_number")
    private String icoRegistrationNumber;

    @Column(name = "dpo_name")
    private String dpoName;

    @Column(name = "dpo_email")
    private String dpoEmail;

    @Column(name = "dpo_phone")
    private String dpoPhone;

    @Column(name = "apd_reference")
    private String apdReference;

    @Column(name = "apd_date")
    private LocalDate apdDate;

    @Column(nullable = false)
    private boolean active;

    /** 'en' or 'cy': the language of the fixed text and headings of the PDFs of what it leads (V36). */
    @Column(name = "document_language", nullable = false, length = 2)
    private String documentLanguage = Language.ENGLISH.code();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Organisation() {
    }

    public Organisation(OrganisationDetails details, Instant now) {
        apply(details);
        this.active = true;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces the editable details; the caller has checked the version it was editing. */
    public void update(OrganisationDetails details, Instant now) {
        apply(details);
        this.updatedAt = now;
    }

    public void deactivate(Instant now) {
        this.active = false;
        this.updatedAt = now;
    }

    public void reactivate(Instant now) {
        this.active = true;
        this.updatedAt = now;
    }

    /** An appropriate policy document is what DPA 2018 Sch 1 Part 4 asks of most Sch 1 conditions. */
    public boolean hasAppropriatePolicyDocument() {
        return apdReference != null && !apdReference.isBlank() && apdDate != null;
    }

    public OrganisationDetails details() {
        return new OrganisationDetails(name, sector, publicAuthority, competentAuthority, icoRegistrationNumber,
                dpoName, dpoEmail, dpoPhone, apdReference, apdDate);
    }

    private void apply(OrganisationDetails d) {
        this.name = Objects.requireNonNull(d.name()).trim();
        this.sector = Objects.requireNonNull(d.sector());
        this.publicAuthority = d.publicAuthority();
        this.competentAuthority = d.competentAuthority();
        this.icoRegistrationNumber = blankToNull(d.icoRegistrationNumber());
        this.dpoName = blankToNull(d.dpoName());
        this.dpoEmail = blankToNull(d.dpoEmail());
        this.dpoPhone = blankToNull(d.dpoPhone());
        this.apdReference = blankToNull(d.apdReference());
        this.apdDate = d.apdDate();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The PDFs of the agreements and DPIAs it leads are written in this language from now on (their fixed text). */
    public void chooseDocumentLanguage(Language language, Instant now) {
        this.documentLanguage = language.code();
        this.updatedAt = now;
    }

    public Language getDocumentLanguage() { return Language.ofCode(documentLanguage).orElse(Language.ENGLISH); }
    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getName() { return name; }
    public Sector getSector() { return sector; }
    public boolean isPublicAuthority() { return publicAuthority; }
    public boolean isCompetentAuthority() { return competentAuthority; }
    public String getIcoRegistrationNumber() { return icoRegistrationNumber; }
    public String getDpoName() { return dpoName; }
    public String getDpoEmail() { return dpoEmail; }
    public String getDpoPhone() { return dpoPhone; }
    public String getApdReference() { return apdReference; }
    public LocalDate getApdDate() { return apdDate; }
    public boolean isActive() { return active; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
