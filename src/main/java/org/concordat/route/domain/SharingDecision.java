package org.concordat.route.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.concordat.shared.domain.CodeSetConverter;

/**
 * One entry of the sharing decision log. Append-only: it has no setters, and a correction is a new entry that
 * points to the one it corrects (the database refuses updates and deletes too).
 */
@Entity
@Table(name = "sharing_decision")
public class SharingDecision {

    public enum Kind { SHARED, NOT_SHARED }

    /** Why no agreement was relied on. */
    public enum NoAgreement { EMERGENCY, OTHER }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sharing_decision_seq")
    @SequenceGenerator(name = "sharing_decision_seq", sequenceName = "sharing_decision_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "recorded_by_user_id", nullable = false, updatable = false)
    private long recordedByUserId;

    @Column(name = "recorded_by_name", nullable = false, updatable = false)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind decision;

    @Column(name = "recipient_organisation_id", updatable = false)
    private Long recipientOrganisationId;

    @Column(name = "recipient_other", updatable = false)
    private String recipientOther;

    @Column(name = "decided_on", nullable = false, updatable = false)
    private LocalDate decidedOn;

    @Convert(converter = CodeSetConverter.class)
    @Column(name = "data_subjects", nullable = false, updatable = false)
    private Set<String> dataSubjects;

    @Convert(converter = CodeSetConverter.class)
    @Column(name = "data_categories", nullable = false, updatable = false)
    private Set<String> dataCategories;

    @Column(nullable = false, updatable = false)
    private String purpose;

    @Column(name = "lawful_basis", updatable = false)
    private String lawfulBasis;

    @Column(name = "agreement_version_id", updatable = false)
    private Long agreementVersionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "no_agreement_reason", updatable = false)
    private NoAgreement noAgreementReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "route_outcome", updatable = false)
    private Outcome routeOutcome;

    @Column(nullable = false, updatable = false)
    private boolean emergency;

    @Column(name = "family_informed", nullable = false, updatable = false)
    private boolean familyInformed;

    @Column(name = "family_not_informed_reason", updatable = false)
    private String familyNotInformedReason;

    @Column(name = "consent_sought", nullable = false, updatable = false)
    private boolean consentSought;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_from", updatable = false)
    private ConsentFrom consentFrom;

    @Column(name = "consent_not_sought_reason", updatable = false)
    private String consentNotSoughtReason;

    @Column(nullable = false, updatable = false)
    private String rationale;

    @Column(name = "case_reference", nullable = false, updatable = false)
    private String caseReference;

    @Column(name = "corrects_id", updatable = false)
    private Long correctsId;

    protected SharingDecision() {
    }

    /** A decision whose details have been checked ({@link DecisionDetails#problems}) by the use case. */
    public SharingDecision(long organisationId, long recordedByUserId, String recordedByName, Instant recordedAt,
                           DecisionDetails d, Long correctsId) {
        this.organisationId = organisationId;
        this.recordedByUserId = recordedByUserId;
        this.recordedByName = recordedByName;
        this.recordedAt = recordedAt;
        this.decision = d.decision();
        this.recipientOrganisationId = d.recipientOrganisationId();
        this.recipientOther = d.recipientOrganisationId() == null ? d.recipientOther().trim() : null;
        this.decidedOn = d.decidedOn();
        this.dataSubjects = d.dataSubjects();
        this.dataCategories = d.dataCategories();
        this.purpose = d.purpose();
        this.lawfulBasis = d.lawfulBasis();
        this.agreementVersionId = d.agreementVersionId();
        this.noAgreementReason = d.agreementVersionId() == null ? d.noAgreementReason() : null;
        this.routeOutcome = d.routeOutcome();
        this.emergency = d.emergency();
        this.familyInformed = d.familyInformed();
        this.familyNotInformedReason = d.familyInformed() ? null : d.familyNotInformedReason().trim();
        this.consentSought = d.consentSought();
        this.consentFrom = d.consentSought() ? d.consentFrom() : null;
        this.consentNotSoughtReason = d.consentSought() ? null : d.consentNotSoughtReason().trim();
        this.rationale = d.rationale().trim();
        this.caseReference = d.caseReference().trim();
        this.correctsId = correctsId;
    }

    public Long getId() { return id; }
    public long getOrganisationId() { return organisationId; }
    public long getRecordedByUserId() { return recordedByUserId; }
    public String getRecordedByName() { return recordedByName; }
    public Instant getRecordedAt() { return recordedAt; }
    public Kind getDecision() { return decision; }
    public Long getRecipientOrganisationId() { return recipientOrganisationId; }
    public String getRecipientOther() { return recipientOther; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public Set<String> getDataSubjects() { return dataSubjects; }
    public Set<String> getDataCategories() { return dataCategories; }
    public String getPurpose() { return purpose; }
    public String getLawfulBasis() { return lawfulBasis; }
    public Long getAgreementVersionId() { return agreementVersionId; }
    public NoAgreement getNoAgreementReason() { return noAgreementReason; }
    public Outcome getRouteOutcome() { return routeOutcome; }
    public boolean isEmergency() { return emergency; }
    public boolean isFamilyInformed() { return familyInformed; }
    public String getFamilyNotInformedReason() { return familyNotInformedReason; }
    public boolean isConsentSought() { return consentSought; }
    public ConsentFrom getConsentFrom() { return consentFrom; }
    public String getConsentNotSoughtReason() { return consentNotSoughtReason; }
    public String getRationale() { return rationale; }
    public String getCaseReference() { return caseReference; }
    public Long getCorrectsId() { return correctsId; }
}
