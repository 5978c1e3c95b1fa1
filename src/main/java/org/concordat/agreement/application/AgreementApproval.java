package org.concordat.agreement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.concordat.agreement.domain.Agreement;
import org.concordat.agreement.domain.AgreementEvent;
import org.concordat.agreement.domain.AgreementRepository;
import org.concordat.agreement.domain.AgreementVersion;
import org.concordat.agreement.domain.Decision;
import org.concordat.agreement.domain.PartyApproved;
import org.concordat.agreement.domain.VersionStatus;
import org.concordat.audit.application.AuditLog;
import org.concordat.legal.domain.compliance.Severity;
import org.concordat.shared.application.AccessGuard;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.ConcurrentChangeException;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.NotFoundException;
import org.concordat.shared.domain.Role;

/**
 * Submission and the parties' decisions. The lead's IG lead submits a draft with no errors; each party's own
 * signatory approves or asks for changes, once per submission. Decisions on one version are taken one at a time
 * (the version row is locked), so signatories deciding at the same instant all count and exactly one of them
 * makes the version approved.
 */
@ApplicationScoped
public class AgreementApproval {

    @Inject
    AgreementRepository repository;

    @Inject
    AgreementQueries queries;

    @Inject
    AccessGuard guard;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<AgreementEvent> events;

    @Inject
    Event<PartyApproved> approvals;

    @Transactional
    public AgreementData submit(long versionId, long lockVersion) {
        Caller caller = guard.requireAny(Messages.text("agreement.AgreementApproval.submitAnAgreement"), Role.IG_LEAD);
        AgreementVersion version = repository.findVersion(versionId)
                .orElseThrow(() -> new NotFoundException(Messages.text("agreement.AgreementApproval.agreementVersion",
                        versionId)));
        Agreement agreement = repository.find(version.getAgreementId()).orElseThrow();
        if (!agreement.isLedBy(caller.organisationId())) {
            throw new NotFoundException(Messages.text("agreement.AgreementApproval.agreementVersion", versionId));
        }
        if (version.getVersion() != lockVersion) {
            throw new ConcurrentChangeException("agreement");
        }
        AgreementData current = queries.data(caller, agreement, version);
        long errors = current.compliance().count(Severity.ERROR);
        if (errors > 0) {
            throw new InvalidInputException("compliance", Messages.text("agreement.AgreementApproval.thisVersionCannotBeSubmitted", errors,
                    Messages.text(errors == 1 ? "agreement.AgreementApproval.error" : "agreement.AgreementApproval.errors")));
        }
        version.submit(caller.email(), clock.instant());
        audit.change("AGREEMENT_SUBMITTED", "AgreementVersion", versionId, Messages.text("agreement.AgreementApproval.submittedForApprovalRound",
                agreement.getReference(), version.getNumber(), version.getSubmissionRound()), null, null);
        events.fire(AgreementEvent.of(AgreementEvent.Kind.SUBMITTED, agreement, version, caller.organisationName(), null,
                version.getEffectiveDate()));
        repository.flush();
        return queries.data(caller, agreement, version);
    }

    @Transactional
    public AgreementData decide(long versionId, Decision.Kind kind, String comment) {
        Caller caller = guard.requireAny(Messages.text("agreement.AgreementApproval.decideOnAnAgreement"), Role.SIGNATORY);
        Decider decider = new Decider(caller.organisationId(), caller.organisationName(), caller.fullName(), caller.email(),
                null);
        Decided decided = decide(decider, versionId, kind, comment);
        return queries.data(caller, decided.agreement(), decided.version());
    }

    /**
     * Who decides for a party: a signed-in signatory of the organisation, or a signatory outside Concordat who proved
     * control of their address.
     *
     * @param identifiedBy how the decider was identified when not signed in with an account, or null
     */
    record Decider(long organisationId, String organisationName, String fullName, String email, String identifiedBy) {
    }

    record Decided(Agreement agreement, AgreementVersion version, Decision decision) {
    }

    /**
     * The decision itself, whoever takes it: once per party per submission round, under the version's row lock. The
     * caller has checked that the decider may decide for that organisation.
     */
    Decided decide(Decider who, long versionId, Decision.Kind kind, String comment) {
        AgreementVersion version = repository.findVersionForUpdate(versionId)
                .orElseThrow(() -> new NotFoundException(Messages.text("agreement.AgreementApproval.agreementVersion",
                        versionId)));
        Agreement agreement = repository.find(version.getAgreementId()).orElseThrow();
        if (!version.hasParty(who.organisationId()) || version.getStatus() == VersionStatus.DRAFT) {
            throw new NotFoundException(Messages.text("agreement.AgreementApproval.agreementVersion", versionId));
        }
        if (version.getStatus() != VersionStatus.SUBMITTED) {
            throw new InvalidInputException("status", Messages.text("agreement.AgreementApproval.isNotAwaitingDecisions",
                    version.getNumber()));
        }
        if (kind == null) {
            throw new InvalidInputException("decision", Messages.text("agreement.AgreementApproval.sayWhetherYouApproveOr"));
        }
        if (kind == Decision.Kind.CHANGES_REQUESTED && (comment == null || comment.isBlank())) {
            throw new InvalidInputException("comment", Messages.text("agreement.AgreementApproval.sayWhatNeedsToChange"));
        }
        if (comment != null && comment.length() > 4000) {
            throw new InvalidInputException("comment", Messages.text("agreement.AgreementApproval.keepTheCommentTo4"));
        }
        List<Decision> round = repository.decisions(versionId, version.getSubmissionRound());
        if (round.stream().anyMatch(d -> d.getOrganisationId() == who.organisationId())) {
            throw new InvalidInputException("decision", Messages.text("agreement.AgreementApproval.hasAlreadyDecidedOnThis",
                    who.organisationName()));
        }
        Decision decision = repository.add(new Decision(versionId, version.getSubmissionRound(), who.organisationId(),
                kind, comment == null || comment.isBlank() ? null : comment.trim(), who.email(), who.fullName(),
                clock.instant(), who.identifiedBy()));
        List<Decision> withThis = new java.util.ArrayList<>(round);
        withThis.add(decision);
        version.decided(decision, withThis, clock.instant());
        if (version.getStatus() == VersionStatus.APPROVED) {
            // The approved amendment replaces the version that was in force until now.
            repository.versions(version.getAgreementId()).stream().filter(v -> !v.getId().equals(version.getId()))
                    .forEach(v -> v.supersede(clock.instant()));
        }
        audit.change(kind == Decision.Kind.APPROVED ? "AGREEMENT_APPROVED_BY_PARTY" : "AGREEMENT_CHANGES_REQUESTED",
                "AgreementVersion", versionId, Messages.text(kind == Decision.Kind.APPROVED
                        ? "agreement.AgreementApproval.partyApproved" : "agreement.AgreementApproval.partyAskedForChanges",
                        agreement.getReference(), version.getNumber(), who.organisationName())
                        + (who.identifiedBy() == null ? "" : Messages.text("agreement.AgreementApproval.decidedBy",
                                who.fullName(), who.identifiedBy()))
                        + (version.getStatus() == VersionStatus.APPROVED ? Messages.text("agreement.AgreementApproval.everyPartyHasApproved") : ""), null, null);
        if (kind == Decision.Kind.APPROVED) {
            // The party's signature on the document is queued with the approval and made once it commits.
            approvals.fire(new PartyApproved(agreement.getId(), agreement.getReference(), versionId, version.getNumber(),
                    decision.getRound(), who.organisationId(), who.organisationName(), who.fullName(),
                    who.email(), decision.getDecidedAt(), version.getStatus() == VersionStatus.APPROVED,
                    who.identifiedBy()));
        }
        if (kind == Decision.Kind.CHANGES_REQUESTED) {
            events.fire(AgreementEvent.of(AgreementEvent.Kind.CHANGES_REQUESTED, agreement, version, who.organisationName(),
                    decision.getComment(), null));
        } else if (version.getStatus() == VersionStatus.APPROVED) {
            events.fire(AgreementEvent.of(AgreementEvent.Kind.APPROVED, agreement, version, who.organisationName(), null,
                    version.getEffectiveDate()));
        }
        repository.flush();
        return new Decided(agreement, version, decision);
    }
}
