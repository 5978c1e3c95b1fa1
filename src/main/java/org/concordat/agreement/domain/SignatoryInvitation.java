package org.concordat.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.concordat.shared.domain.Messages;

/**
 * A one-time link sent to a signatory outside Concordat, bound to one version, one submission round and one party.
 * Only the SHA-256 of the link's token is kept, and only a salted hash of the six-digit code sent to the address when
 * the link is opened. The link is consumed when the code is accepted (it cannot be replayed), it expires, five wrong
 * codes lock it (the IG lead sends a new one), and it is revoked when the version leaves that submission.
 */
@Entity
@Table(name = "agreement_signatory_invitation")
public class SignatoryInvitation {

    /** How long a link may be opened. */
    public static final Duration LINK_VALIDITY = Duration.ofDays(14);
    /** How long a code may be entered. */
    public static final Duration CODE_VALIDITY = Duration.ofMinutes(10);
    /** Wrong codes before the link is locked. */
    public static final int MAX_ATTEMPTS = 5;
    /** Codes one link may ask for. */
    public static final int MAX_CODES = 5;
    /** How long the session the code opens lasts. */
    public static final Duration SESSION_VALIDITY = Duration.ofHours(2);

    /** Why a link (or the session it opened) cannot be used now, or that it can. */
    public enum State {
        USABLE, EXPIRED, USED, LOCKED, REVOKED, NO_LONGER_APPLIES
    }

    /** What became of a code entered. */
    public enum CodeOutcome {
        ACCEPTED, WRONG, CODE_EXPIRED, LOCKED, NOT_USABLE
    }

    /** A new invitation and the token of its link, which exists only in the e-mail. */
    public record Issued(SignatoryInvitation invitation, String token) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_signatory_invitation_seq")
    @SequenceGenerator(name = "agreement_signatory_invitation_seq", sequenceName = "agreement_signatory_invitation_seq",
            allocationSize = 50)
    private Long id;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    @Column(name = "agreement_version_id", nullable = false, updatable = false)
    private long versionId;

    @Column(name = "submission_round", nullable = false, updatable = false)
    private int round;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "full_name", nullable = false, updatable = false)
    private String fullName;

    @Column(name = "job_role", nullable = false, updatable = false)
    private String jobRole;

    @Column(nullable = false, updatable = false)
    private String email;

    @Column(name = "token_sha256", nullable = false, updatable = false)
    private String tokenSha256;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "code_hash")
    private String codeHash;

    @Column(name = "code_expires_at")
    private Instant codeExpiresAt;

    @Column(name = "codes_sent", nullable = false)
    private int codesSent;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_at")
    private Instant lockedAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected SignatoryInvitation() {
    }

    /** A link for this signatory to decide on this round of this version: 32 random bytes, base64url. */
    public static Issued issue(long versionId, int round, OutsideSignatory signatory, Instant now, SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        SignatoryInvitation i = new SignatoryInvitation();
        i.versionId = versionId;
        i.round = round;
        i.organisationId = signatory.getOrganisationId();
        i.fullName = signatory.getFullName();
        i.jobRole = signatory.getJobRole();
        i.email = signatory.getEmail();
        i.tokenSha256 = sha256(token);
        i.createdAt = now;
        i.expiresAt = now.plus(LINK_VALIDITY);
        return new Issued(i, token);
    }

    /** SHA-256 of a token, in hex: what is stored and looked up. */
    public static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Whether the link can still be opened (before its code is accepted), given the version's status and round now.
     */
    public State linkState(VersionStatus status, int currentRound, Instant now) {
        if (status != VersionStatus.SUBMITTED || currentRound != round) {
            return State.NO_LONGER_APPLIES;
        }
        if (revokedAt != null) {
            return State.REVOKED;
        }
        if (usedAt != null) {
            return State.USED;
        }
        if (lockedAt != null) {
            return State.LOCKED;
        }
        if (!now.isBefore(expiresAt)) {
            return State.EXPIRED;
        }
        return State.USABLE;
    }

    /** Whether the session the accepted code opened may still be used. */
    public State sessionState(VersionStatus status, int currentRound, Instant now) {
        if (status != VersionStatus.SUBMITTED || currentRound != round) {
            return State.NO_LONGER_APPLIES;
        }
        if (revokedAt != null) {
            return State.REVOKED;
        }
        if (usedAt == null || !now.isBefore(usedAt.plus(SESSION_VALIDITY)) || !now.isBefore(expiresAt.plus(SESSION_VALIDITY))) {
            return State.EXPIRED;
        }
        return State.USABLE;
    }

    /**
     * A new six-digit code for the address, replacing any earlier one; only its salted hash is kept. Null when the
     * link cannot be used or has asked for too many codes (then it is locked).
     */
    public String newCode(VersionStatus status, int currentRound, Instant now, SecureRandom random) {
        if (linkState(status, currentRound, now) != State.USABLE) {
            return null;
        }
        if (codesSent >= MAX_CODES) {
            lockedAt = now;
            return null;
        }
        String code = String.format("%06d", random.nextInt(1_000_000));
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        codeHash = HexFormat.of().formatHex(salt) + ":" + codeDigest(salt, code);
        codeExpiresAt = now.plus(CODE_VALIDITY);
        codesSent++;
        return code;
    }

    /** Whether a code sent is still waiting to be entered. */
    public boolean hasCodeValidAt(Instant now) {
        return codeHash != null && codeExpiresAt != null && now.isBefore(codeExpiresAt);
    }

    /** Checks a code entered; the right one consumes the link, the fifth wrong one locks it. */
    public CodeOutcome enter(String code, VersionStatus status, int currentRound, Instant now) {
        State state = linkState(status, currentRound, now);
        if (state == State.LOCKED) {
            return CodeOutcome.LOCKED;
        }
        if (state != State.USABLE) {
            return CodeOutcome.NOT_USABLE;
        }
        if (codeHash == null || !now.isBefore(codeExpiresAt)) {
            return CodeOutcome.CODE_EXPIRED;
        }
        String[] parts = codeHash.split(":");
        String entered = code == null ? "" : code.strip();
        boolean right = entered.matches("\\d{6}") && MessageDigest.isEqual(
                parts[1].getBytes(StandardCharsets.US_ASCII),
                codeDigest(HexFormat.of().parseHex(parts[0]), entered).getBytes(StandardCharsets.US_ASCII));
        if (right) {
            usedAt = now;
            codeHash = null;
            codeExpiresAt = null;
            return CodeOutcome.ACCEPTED;
        }
        failedAttempts++;
        if (failedAttempts >= MAX_ATTEMPTS) {
            lockedAt = now;
            codeHash = null;
            return CodeOutcome.LOCKED;
        }
        return CodeOutcome.WRONG;
    }

    /** The version left this submission, the signatory was replaced or removed, or a new link was sent. */
    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    private static String codeDigest(byte[] salt, String code) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            return HexFormat.of().formatHex(digest.digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** How the decider was identified, for the decision, the audit trail and the signature. */
    public String identification() {
        return Messages.text("agreement.SignatoryInvitation.identifiedBy", email);
    }

    public Long getId() { return id; }
    public long getVersionId() { return versionId; }
    public int getRound() { return round; }
    public long getOrganisationId() { return organisationId; }
    public String getFullName() { return fullName; }
    public String getJobRole() { return jobRole; }
    public String getEmail() { return email; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public int getFailedAttempts() { return failedAttempts; }
    public int getCodesSent() { return codesSent; }
    public Instant getLockedAt() { return lockedAt; }
    public Instant getUsedAt() { return usedAt; }
    public Instant getRevokedAt() { return revokedAt; }
}
