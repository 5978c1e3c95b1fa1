package org.concordat.agreement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.concordat.agreement.domain.Agreement;
import org.concordat.agreement.domain.AgreementEvent;
import org.concordat.agreement.domain.AgreementRepository;
import org.concordat.agreement.domain.AgreementVersion;
import org.concordat.agreement.domain.Decision;
import org.concordat.agreement.domain.OutsideSignatory;
import org.concordat.agreement.domain.OutsideSignatoryMail;
import org.concordat.agreement.domain.OutsideSignatoryRepository;
import org.concordat.agreement.domain.SignatoryInvitation;
import org.concordat.agreement.domain.VersionStatus;
import org.concordat.audit.application.AuditLog;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.security.application.SignInAttempts;
import org.concordat.shared.application.AccessGuard;
import org.concordat.shared.application.CurrentCaller;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.NotFoundException;
import org.concordat.shared.domain.Role;

/**
 * Signatories outside Concordat. An IG lead names, for a party, someone with no account (name, role, e-mail); when the
 * version is submitted (or at once, if it already is) they are sent a one-time link bound to that version, round and
 * party. Opening it sends a code to the address; the code opens a session for that invitation only, in which they read
 * the agreement and decide for the party through the same decision as an account holder ({@link AgreementApproval}),
 * identified by the link and code. Every use checks again that the version is still awaiting that round's decisions.
 */
@ApplicationScoped
public class OutsideSignatories {

    /** Session attribute of the pages outside /app: the token of the link opened, until its code is accepted. */
    public static final String PENDING_TOKEN = "org.concordat.signatory.token";
    /** Session attribute: the id of the invitation whose code was accepted; the session's only right. */
    public static final String INVITATION = "org.concordat.signatory.invitation";

    private static final String THROTTLE_PREFIX = "outside-signatory:";
    private static final String READER_TASK = "outside-signatory-reading";

    private final SecureRandom random = new SecureRandom();

    @Inject
    AgreementRepository agreements;

    @Inject
    OutsideSignatoryRepository repository;

    @Inject
    AgreementApproval approval;

    @Inject
    AgreementQueries queries;

    @Inject
    OrganisationQueries organisations;

    @Inject
    SignInAttempts attempts;

    @Inject
    AccessGuard guard;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<OutsideSignatoryMail> mails;

    /** A party of a version and its outside signatory, if one is named, as an IG lead sees them. */
    public record Slot(long organisationId, String partyKey, String organisationName, boolean mayName, String fullName,
                       String jobRole, String email, LinkStatus link) {
    }

    /** Where the party's link stands. */
    public enum LinkStatus {
        NONE, NOT_YET_SENT, SENT, USED, LOCKED, EXPIRED, DECIDED
    }

    /** The parties of a version for the IG leads who may name outside signatories (empty for anyone else). */
    @Transactional
    public List<Slot> slots(long versionId) {
        Optional<Caller> caller = currentCaller.get().filter(c -> c.has(Role.IG_LEAD));
        if (caller.isEmpty()) {
            return List.of();
        }
        Optional<AgreementVersion> version = agreements.findVersion(versionId);
        if (version.isEmpty() || (version.get().getStatus() != VersionStatus.DRAFT
                && version.get().getStatus() != VersionStatus.SUBMITTED)) {
            return List.of();
        }
        AgreementVersion v = version.get();
        Agreement agreement = agreements.find(v.getAgreementId()).orElseThrow();
        boolean lead = agreement.isLedBy(caller.get().organisationId());
        if (!lead && (v.getStatus() == VersionStatus.DRAFT || !v.hasParty(caller.get().organisationId()))) {
            return List.of();
        }
        List<Decision> decided = agreements.decisions(versionId, v.getSubmissionRound());
        Instant now = clock.instant();
        return v.getParties().stream().map(p -> {
            String name = organisations.findByIdAnyState(p.getOrganisationId()).map(o -> o.name()).orElse("");
            boolean may = lead || p.getOrganisationId() == caller.get().organisationId();
            Optional<OutsideSignatory> s = repository.find(versionId, p.getOrganisationId());
            LinkStatus link = s.isEmpty() ? LinkStatus.NONE
                    : decided.stream().anyMatch(d -> d.getOrganisationId() == p.getOrganisationId()) ? LinkStatus.DECIDED
                    : status(v, repository.open(versionId, p.getOrganisationId()), now);
            return new Slot(p.getOrganisationId(), p.getKey(), name, may, s.map(OutsideSignatory::getFullName).orElse(null),
                    s.map(OutsideSignatory::getJobRole).orElse(null), s.map(OutsideSignatory::getEmail).orElse(null), link);
        }).toList();
    }

    /**
     * The version's signatories named to approve outside Concordat, organisation id → "name, role", for the signature
     * page of its document. Whoever may read the version may read this on it.
     */
    @Transactional
    public Map<Long, String> namedOutside(long versionId) {
        Map<Long, String> named = new java.util.HashMap<>();
        repository.forVersion(versionId).forEach(s -> named.put(s.getOrganisationId(),
                s.getJobRole() == null || s.getJobRole().isBlank() ? s.getFullName() : s.getFullName() + ", " + s.getJobRole()));
        return Map.copyOf(named);
    }

    private static LinkStatus status(AgreementVersion v, List<SignatoryInvitation> open, Instant now) {
        if (v.getStatus() != VersionStatus.SUBMITTED) {
            return LinkStatus.NOT_YET_SENT;
        }
        return open.stream().filter(i -> i.getRound() == v.getSubmissionRound()).reduce((a, b) -> b).map(i ->
                switch (i.linkState(v.getStatus(), v.getSubmissionRound(), now)) {
                    case USABLE -> LinkStatus.SENT;
                    case USED -> LinkStatus.USED;
                    case LOCKED -> LinkStatus.LOCKED;
                    default -> LinkStatus.EXPIRED;
                }).orElse(LinkStatus.NOT_YET_SENT);
    }

    /**
     * Names (or replaces) the party's outside signatory. While the version is submitted, any earlier link for the party
     * is revoked and a new one sent at once.
     */
    @Transactional
    public void name(long versionId, long organisationId, String fullName, String jobRole, String email) {
        Caller caller = guard.requireAny(Messages.text("agreement.OutsideSignatories.nameASignatory"), Role.IG_LEAD);
        AgreementVersion version = mayName(caller, versionId, organisationId);
        Instant now = clock.instant();
        Optional<OutsideSignatory> existing = repository.find(versionId, organisationId);
        OutsideSignatory signatory;
        if (existing.isPresent()) {
            signatory = existing.get();
            signatory.rename(fullName, jobRole, email, caller.email(), now);
        } else {
            signatory = repository.add(new OutsideSignatory(versionId, organisationId, fullName, jobRole, email,
                    caller.email(), now));
        }
        Agreement agreement = agreements.find(version.getAgreementId()).orElseThrow();
        audit.change("OUTSIDE_SIGNATORY_NAMED", "AgreementVersion", versionId, Messages.text(
                "agreement.OutsideSignatories.named", agreement.getReference(), version.getNumber(), signatory.getFullName(),
                signatory.getEmail(), organisationName(organisationId)), null, null);
        if (version.getStatus() == VersionStatus.SUBMITTED) {
            invite(agreement, version, signatory, now);
        }
        repository.flush();
    }

    /** Sends the party's outside signatory a new link (the earlier one is revoked): after a lock, or a lost e-mail. */
    @Transactional
    public void resend(long versionId, long organisationId) {
        Caller caller = guard.requireAny(Messages.text("agreement.OutsideSignatories.nameASignatory"), Role.IG_LEAD);
        AgreementVersion version = mayName(caller, versionId, organisationId);
        if (version.getStatus() != VersionStatus.SUBMITTED) {
            throw new InvalidInputException("status", Messages.text("agreement.OutsideSignatories.linksGoOnSubmission"));
        }
        OutsideSignatory signatory = repository.find(versionId, organisationId).orElseThrow(() ->
                new InvalidInputException("signatoryEmail", Messages.text("agreement.OutsideSignatories.noneNamed")));
        invite(agreements.find(version.getAgreementId()).orElseThrow(), version, signatory, clock.instant());
        repository.flush();
    }

    /** Removes the party's outside signatory; a link already sent stops working. */
    @Transactional
    public void remove(long versionId, long organisationId) {
        Caller caller = guard.requireAny(Messages.text("agreement.OutsideSignatories.nameASignatory"), Role.IG_LEAD);
        AgreementVersion version = mayName(caller, versionId, organisationId);
        Instant now = clock.instant();
        repository.find(versionId, organisationId).ifPresent(s -> {
            repository.open(versionId, organisationId).forEach(i -> i.revoke(now));
            repository.remove(s);
            Agreement agreement = agreements.find(version.getAgreementId()).orElseThrow();
            audit.change("OUTSIDE_SIGNATORY_REMOVED", "AgreementVersion", versionId, Messages.text(
                    "agreement.OutsideSignatories.removed", agreement.getReference(), version.getNumber(), s.getFullName(),
                    organisationName(organisationId)), null, null);
        });
        repository.flush();
    }

    /** The lead's IG lead for any party, a party's own IG lead for theirs; only while a draft or submitted, undecided. */
    private AgreementVersion mayName(Caller caller, long versionId, long organisationId) {
        AgreementVersion version = agreements.findVersionForUpdate(versionId).orElseThrow(() ->
                new NotFoundException(Messages.text("agreement.AgreementApproval.agreementVersion", versionId)));
        Agreement agreement = agreements.find(version.getAgreementId()).orElseThrow();
        boolean lead = agreement.isLedBy(caller.organisationId());
        boolean own = caller.organisationId() == organisationId && version.getStatus() == VersionStatus.SUBMITTED;
        if (!version.hasParty(organisationId) || !(lead || own)
                || (version.getStatus() == VersionStatus.DRAFT && !lead)) {
            throw new NotFoundException(Messages.text("agreement.AgreementApproval.agreementVersion", versionId));
        }
        if (version.getStatus() != VersionStatus.DRAFT && version.getStatus() != VersionStatus.SUBMITTED) {
            throw new InvalidInputException("status", Messages.text("agreement.AgreementApproval.isNotAwaitingDecisions",
                    version.getNumber()));
        }
        if (version.getStatus() == VersionStatus.SUBMITTED && agreements.decisions(versionId, version.getSubmissionRound())
                .stream().anyMatch(d -> d.getOrganisationId() == organisationId)) {
            throw new InvalidInputException("status", Messages.text("agreement.AgreementApproval.hasAlreadyDecidedOnThis",
                    organisationName(organisationId)));
        }
        return version;
    }

    /**
     * On submission every named outside signatory gets a link for this round; when the version leaves the submission
     * (changes asked for, or approved), every link still open is revoked.
     */
    void on(@Observes AgreementEvent event) {
        Instant now = clock.instant();
        switch (event.kind()) {
            case SUBMITTED -> {
                AgreementVersion version = agreements.findVersion(event.versionId()).orElseThrow();
                Agreement agreement = agreements.find(version.getAgreementId()).orElseThrow();
                repository.open(event.versionId(), null).forEach(i -> i.revoke(now));
                for (OutsideSignatory s : repository.forVersion(event.versionId())) {
                    if (version.hasParty(s.getOrganisationId())) {
                        invite(agreement, version, s, now);
                    }
                }
            }
            case CHANGES_REQUESTED, APPROVED, TERMINATED, EXPIRED ->
                    repository.open(event.versionId(), null).forEach(i -> i.revoke(now));
            default -> {
                // Reviews change nothing for links.
            }
        }
    }

    private void invite(Agreement agreement, AgreementVersion version, OutsideSignatory signatory, Instant now) {
        repository.open(version.getId(), signatory.getOrganisationId()).forEach(i -> i.revoke(now));
        SignatoryInvitation.Issued issued = SignatoryInvitation.issue(version.getId(), version.getSubmissionRound(),
                signatory, now, random);
        repository.add(issued.invitation());
        String organisation = organisationName(signatory.getOrganisationId());
        audit.change("OUTSIDE_SIGNATORY_INVITED", "AgreementVersion", version.getId(), Messages.text(
                "agreement.OutsideSignatories.invited", agreement.getReference(), version.getNumber(),
                signatory.getFullName(), signatory.getEmail(), organisation, version.getSubmissionRound()), null, null);
        mails.fire(new OutsideSignatoryMail(OutsideSignatoryMail.Kind.LINK, signatory.getEmail(), signatory.getFullName(),
                agreement.getReference(), version.getTitle(), version.getNumber(), organisation, issued.token(),
                issued.invitation().getExpiresAt()));
    }

    // ---- The signatory's side: no account, no caller; the link, then the code, then the session. ----

    /** What opening a link (or asking for another code) led to. */
    public enum Opening {
        READY, CODE_SENT, CODE_STILL_VALID, UNKNOWN, EXPIRED, USED, LOCKED, REVOKED, NO_LONGER_APPLIES
    }

    /**
     * What a link is, without acting on it: opening a link only looks (READY when a code may be asked for), because
     * mail scanners and link previews fetch links too; a code goes out only when a person presses the button.
     */
    @Transactional
    public Opening look(String token) {
        Optional<SignatoryInvitation> found = find(token);
        if (found.isEmpty()) {
            return Opening.UNKNOWN;
        }
        SignatoryInvitation invitation = found.get();
        AgreementVersion version = agreements.findVersion(invitation.getVersionId()).orElseThrow();
        SignatoryInvitation.State state = invitation.linkState(version.getStatus(), version.getSubmissionRound(),
                clock.instant());
        return state == SignatoryInvitation.State.USABLE ? Opening.READY : Opening.valueOf(state.name());
    }

    /**
     * A link opened: a code goes to the address (unless one sent is still valid and no new one is asked for). Asks
     * nothing and shows nothing of the agreement.
     */
    @Transactional
    public Opening open(String token, boolean newCode) {
        Optional<SignatoryInvitation> found = find(token);
        if (found.isEmpty()) {
            return Opening.UNKNOWN;
        }
        SignatoryInvitation invitation = found.get();
        AgreementVersion version = agreements.findVersion(invitation.getVersionId()).orElseThrow();
        Instant now = clock.instant();
        SignatoryInvitation.State state = invitation.linkState(version.getStatus(), version.getSubmissionRound(), now);
        if (state != SignatoryInvitation.State.USABLE) {
            return Opening.valueOf(state.name());
        }
        if (!newCode && invitation.hasCodeValidAt(now)) {
            return Opening.CODE_STILL_VALID;
        }
        String code = invitation.newCode(version.getStatus(), version.getSubmissionRound(), now, random);
        if (code == null) {
            return Opening.LOCKED;
        }
        Agreement agreement = agreements.find(version.getAgreementId()).orElseThrow();
        mails.fire(new OutsideSignatoryMail(OutsideSignatoryMail.Kind.CODE, invitation.getEmail(), invitation.getFullName(),
                agreement.getReference(), version.getTitle(), version.getNumber(),
                organisationName(invitation.getOrganisationId()), code, now.plus(SignatoryInvitation.CODE_VALIDITY)));
        return Opening.CODE_SENT;
    }

    /** What entering a code led to; the invitation's id when it was accepted. */
    public record CodeAnswer(SignatoryInvitation.CodeOutcome outcome, Opening link, Long invitationId,
                             java.time.Duration retryAfter) {
    }

    /**
     * A code entered for the link opened. Throttled per address and per source (the sign-in throttle); the fifth wrong
     * code locks the link; the right one consumes it.
     */
    @Transactional
    public CodeAnswer enter(String token, String code, String source) {
        Optional<SignatoryInvitation> found = find(token);
        if (found.isEmpty()) {
            return new CodeAnswer(SignatoryInvitation.CodeOutcome.NOT_USABLE, Opening.UNKNOWN, null, null);
        }
        SignatoryInvitation invitation = found.get();
        String account = THROTTLE_PREFIX + invitation.getEmail();
        Optional<java.time.Duration> wait = attempts.waitBeforeAttempt(account, source);
        if (wait.isPresent()) {
            return new CodeAnswer(SignatoryInvitation.CodeOutcome.WRONG, null, null, wait.get());
        }
        AgreementVersion version = agreements.findVersion(invitation.getVersionId()).orElseThrow();
        Instant now = clock.instant();
        SignatoryInvitation.CodeOutcome outcome = invitation.enter(code, version.getStatus(), version.getSubmissionRound(), now);
        switch (outcome) {
            case ACCEPTED -> {
                attempts.succeeded(account, source);
                Agreement agreement = agreements.find(version.getAgreementId()).orElseThrow();
                audit.change("OUTSIDE_SIGNATORY_IDENTIFIED", "AgreementVersion", version.getId(), Messages.text(
                        "agreement.OutsideSignatories.identified", agreement.getReference(), version.getNumber(),
                        invitation.getFullName(), invitation.getEmail()), null, null);
                return new CodeAnswer(outcome, null, invitation.getId(), null);
            }
            case WRONG, LOCKED -> {
                attempts.failed(account, source);
                if (outcome == SignatoryInvitation.CodeOutcome.LOCKED && invitation.getLockedAt() != null
                        && invitation.getLockedAt().equals(now)) {
                    Agreement agreement = agreements.find(version.getAgreementId()).orElseThrow();
                    audit.change("OUTSIDE_SIGNATORY_LOCKED", "AgreementVersion", version.getId(), Messages.text(
                            "agreement.OutsideSignatories.locked", agreement.getReference(), version.getNumber(),
                            invitation.getEmail()), null, null);
                }
                return new CodeAnswer(outcome, null, null, null);
            }
            case NOT_USABLE -> {
                return new CodeAnswer(outcome, Opening.valueOf(invitation.linkState(version.getStatus(),
                        version.getSubmissionRound(), now).name()), null, null);
            }
            default -> {
                return new CodeAnswer(outcome, null, null, null);
            }
        }
    }

    /** What the signatory sees: the agreement as account holders see it, and whether their party has decided. */
    public record Reading(SignatoryInvitation.State state, AgreementData agreement, String fullName, String jobRole,
                          String email, String organisationName, String decision) {
    }

    /** The agreement for the session's invitation, if it still applies. */
    @Transactional
    public Reading read(long invitationId) {
        SignatoryInvitation invitation = repository.invitation(invitationId).orElseThrow(() ->
                new NotFoundException(Messages.text("agreement.OutsideSignatories.noSuchLink")));
        AgreementVersion version = agreements.findVersion(invitation.getVersionId()).orElseThrow();
        SignatoryInvitation.State state = invitation.sessionState(version.getStatus(), version.getSubmissionRound(),
                clock.instant());
        String organisation = organisationName(invitation.getOrganisationId());
        if (state != SignatoryInvitation.State.USABLE) {
            return new Reading(state, null, invitation.getFullName(), invitation.getJobRole(), invitation.getEmail(),
                    organisation, null);
        }
        Agreement agreement = agreements.find(version.getAgreementId()).orElseThrow();
        String decided = agreements.decisions(version.getId(), version.getSubmissionRound()).stream()
                .filter(d -> d.getOrganisationId() == invitation.getOrganisationId()).map(d -> d.getDecision().name())
                .findFirst().orElse(null);
        AgreementData data = asReader(invitation, organisation, reader -> queries.data(reader, agreement, version));
        return new Reading(state, data, invitation.getFullName(), invitation.getJobRole(), invitation.getEmail(),
                organisation, decided);
    }

    /**
     * Renders what the session's invitation lets its holder read (the agreement's PDF, in the document feature), as
     * that reader; empty when the invitation no longer applies.
     */
    @Transactional
    public <T> Optional<T> render(long invitationId, Function<AgreementData, T> renderer) {
        Optional<SignatoryInvitation> found = repository.invitation(invitationId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SignatoryInvitation invitation = found.get();
        AgreementVersion version = agreements.findVersion(invitation.getVersionId()).orElseThrow();
        if (invitation.sessionState(version.getStatus(), version.getSubmissionRound(), clock.instant())
                != SignatoryInvitation.State.USABLE) {
            return Optional.empty();
        }
        Agreement agreement = agreements.find(version.getAgreementId()).orElseThrow();
        return Optional.ofNullable(asReader(invitation, organisationName(invitation.getOrganisationId()),
                reader -> renderer.apply(queries.data(reader, agreement, version))));
    }

    /**
     * The features this reads through (templates, DPIA links, the catalogue) answer only a caller. The holder of an
     * accepted code is one for this request only: of the party's organisation, with no account (id 0) and no role, so
     * that they see what that organisation sees and may do nothing; this request acts for no signed-in user after it.
     */
    private <T> T asReader(SignatoryInvitation invitation, String organisation, Function<Caller, T> work) {
        Caller reader = new Caller(0, invitation.getEmail(), invitation.getFullName(), invitation.getOrganisationId(),
                organisation, Set.of());
        currentCaller.actAsSystem(READER_TASK);
        List<T> result = new java.util.ArrayList<>(1);
        currentCaller.runAs(reader, () -> result.add(work.apply(reader)));
        return result.get(0);
    }

    /** The signatory's decision for their party: exactly what an account holder's decision does. */
    @Transactional
    public Decision.Kind decide(long invitationId, Decision.Kind kind, String comment) {
        SignatoryInvitation invitation = repository.invitation(invitationId).orElseThrow(() ->
                new NotFoundException(Messages.text("agreement.OutsideSignatories.noSuchLink")));
        AgreementVersion version = agreements.findVersionForUpdate(invitation.getVersionId()).orElseThrow();
        if (invitation.sessionState(version.getStatus(), version.getSubmissionRound(), clock.instant())
                != SignatoryInvitation.State.USABLE) {
            throw new InvalidInputException("status", Messages.text("agreement.OutsideSignatories.noLongerApplies"));
        }
        String organisation = organisationName(invitation.getOrganisationId());
        approval.decide(new AgreementApproval.Decider(invitation.getOrganisationId(), organisation,
                invitation.getFullName(), invitation.getEmail(), invitation.identification()), version.getId(), kind, comment);
        return kind;
    }

    private Optional<SignatoryInvitation> find(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return repository.byTokenForUpdate(SignatoryInvitation.sha256(token));
    }

    private String organisationName(long organisationId) {
        return organisations.findByIdAnyState(organisationId).map(o -> o.name()).orElse("");
    }
}
