package org.concordat.document.signing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One party's signature still to be made on a version's document: written in the transaction that records the
 * approval (the durable outbox), signed after that transaction commits. A signature that cannot be made stays
 * SIGNING, with its attempts and the last reason, and is tried again later; the approval is never undone by it.
 */
@Entity
@Table(name = "signing_outbox")
public class SigningJob {

    /** SIGNING until the signature is on the document, then SIGNED. */
    public enum State { SIGNING, SIGNED }

    /** The first retry comes soon (a passing fault), later ones back off to this. */
    static final Duration LONGEST_WAIT = Duration.ofMinutes(10);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "signing_outbox_seq")
    @SequenceGenerator(name = "signing_outbox_seq", sequenceName = "signing_outbox_seq", allocationSize = 50)
    private Long id;

    @Column(name = "agreement_version_id", nullable = false, updatable = false)
    private long versionId;

    @Column(name = "submission_round", nullable = false, updatable = false)
    private int round;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "organisation_name", nullable = false, updatable = false)
    private String organisationName;

    @Column(name = "signer_name", nullable = false, updatable = false)
    private String signerName;

    @Column(name = "signer_email", nullable = false, updatable = false)
    private String signerEmail;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    /** How the signer was identified when not an account holder (outside signatory), or null. */
    @Column(name = "identified_by", updatable = false)
    private String identifiedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SigningJob() {
    }

    public SigningJob(long versionId, int round, String reference, int versionNumber, long organisationId,
                      String organisationName, String signerName, String signerEmail, Instant decidedAt, Instant now) {
        this.versionId = versionId;
        this.round = round;
        this.reference = reference;
        this.versionNumber = versionNumber;
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        this.signerName = signerName;
        this.signerEmail = signerEmail;
        this.decidedAt = decidedAt;
        this.state = State.SIGNING;
        this.nextAttemptAt = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public SigningJob(long versionId, int round, String reference, int versionNumber, long organisationId,
                      String organisationName, String signerName, String signerEmail, Instant decidedAt, Instant now,
                      String identifiedBy) {
        this(versionId, round, reference, versionNumber, organisationId, organisationName, signerName, signerEmail,
                decidedAt, now);
        this.identifiedBy = identifiedBy;
    }

    public void signed(Instant at) {
        state = State.SIGNED;
        lastError = null;
        updatedAt = at;
    }

    /** The attempt failed: say why, and wait longer after each failure (5 s, 10 s, 20 s, … at most ten minutes). */
    public void failed(String reason, Instant at) {
        attempts++;
        lastError = reason == null ? null : reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        long seconds = 5L << Math.min(attempts - 1, 16);
        nextAttemptAt = at.plus(Duration.ofSeconds(seconds).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : Duration.ofSeconds(seconds));
        updatedAt = at;
    }

    public Long getId() { return id; }
    public long getVersionId() { return versionId; }
    public int getRound() { return round; }
    public String getReference() { return reference; }
    public int getVersionNumber() { return versionNumber; }
    public long getOrganisationId() { return organisationId; }
    public String getOrganisationName() { return organisationName; }
    public String getSignerName() { return signerName; }
    public String getSignerEmail() { return signerEmail; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getIdentifiedBy() { return identifiedBy; }
    public State getState() { return state; }
    public int getAttempts() { return attempts; }
    public String getLastError() { return lastError; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
