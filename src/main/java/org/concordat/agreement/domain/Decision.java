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
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One party's decision on one submission of a version: recorded once, never changed. */
@Entity
@Immutable
@Table(name = "agreement_decision")
public class Decision {

    /** What a party's signatory decided. */
    public enum Kind {
        APPROVED, CHANGES_REQUESTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_decision_seq")
    @SequenceGenerator(name = "agreement_decision_seq", sequenceName = "agreement_decision_seq", allocationSize = 50)
    private Long id;

    @Column(name = "agreement_version_id", nullable = false, updatable = false)
    private long versionId;

    @Column(name = "submission_round", nullable = false, updatable = false)
    private int round;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind decision;

    @Column(updatable = false)
    private String comment;

    @Column(name = "decided_by_email", nullable = false, updatable = false)
    private String decidedByEmail;

    @Column(name = "decided_by_name", nullable = false, updatable = false)
    private String decidedByName;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    /** How the decider was identified when not signed in with an account (an outside signatory), or null. */
    @Column(name = "identified_by", updatable = false)
    private String identifiedBy;

    protected Decision() {
    }

    public Decision(long versionId, int round, long organisationId, Kind decision, String comment, String decidedByEmail,
                    String decidedByName, Instant decidedAt) {
        this.versionId = versionId;
        this.round = round;
        this.organisationId = organisationId;
        this.decision = decision;
        this.comment = comment;
        this.decidedByEmail = decidedByEmail;
        this.decidedByName = decidedByName;
        this.decidedAt = decidedAt;
    }

    public Decision(long versionId, int round, long organisationId, Kind decision, String comment, String decidedByEmail,
                    String decidedByName, Instant decidedAt, String identifiedBy) {
        this(versionId, round, organisationId, decision, comment, decidedByEmail, decidedByName, decidedAt);
        this.identifiedBy = identifiedBy;
    }

    public Long getId() { return id; }
    public long getVersionId() { return versionId; }
    public int getRound() { return round; }
    public long getOrganisationId() { return organisationId; }
    public Kind getDecision() { return decision; }
    public String getComment() { return comment; }
    public String getDecidedByEmail() { return decidedByEmail; }
    public String getDecidedByName() { return decidedByName; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getIdentifiedBy() { return identifiedBy; }
}
