package org.concordat.agreement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.concordat.agreement.domain.Agreement;
import org.concordat.agreement.domain.AgreementEvent;
import org.concordat.agreement.domain.AgreementRepository;
import org.concordat.agreement.domain.AgreementVersion;
import org.concordat.agreement.domain.VersionStatus;
import org.concordat.audit.application.AuditLog;
import org.concordat.shared.application.AccessGuard;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.NotFoundException;
import org.concordat.shared.domain.Role;

/**
 * After approval: the lead's IG lead amends an agreement (a new draft version, copied from the approved one, which
 * stays in force until the amendment is approved) or terminates it with a reason and a date.
 */
@ApplicationScoped
public class AgreementLifecycle {

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

    @Transactional
    public AgreementData amend(long agreementId) {
        Caller caller = guard.requireAny(Messages.text("agreement.AgreementLifecycle.amendAnAgreement"), Role.IG_LEAD);
        Agreement agreement = led(caller, agreementId);
        List<AgreementVersion> versions = repository.versions(agreementId);
        AgreementVersion latest = versions.get(versions.size() - 1);
        if (latest.getStatus() == VersionStatus.DRAFT || latest.getStatus() == VersionStatus.SUBMITTED) {
            throw new InvalidInputException("status", Messages.text("agreement.AgreementLifecycle.isAlreadyBeingPreparedFinish",
                    latest.getNumber()));
        }
        AgreementVersion amendment = repository.add(latest.amendment(latest.getNumber() + 1, caller.email(), clock.instant()));
        audit.change("AGREEMENT_AMENDMENT_STARTED", "Agreement", agreementId, Messages.text("agreement.AgreementLifecycle.startedFromVersion",
                agreement.getReference(), amendment.getNumber(), latest.getNumber()), null, null);
        repository.flush();
        return AgreementDrafting.checked(repository, queries.data(caller, agreement, amendment), clock.instant());
    }

    @Transactional
    public AgreementData terminate(long versionId, LocalDate on, String reason) {
        Caller caller = guard.requireAny(Messages.text("agreement.AgreementLifecycle.terminateAnAgreement"), Role.IG_LEAD);
        AgreementVersion version = repository.findVersion(versionId)
                .orElseThrow(() -> new NotFoundException(Messages.text("agreement.AgreementLifecycle.agreementVersion",
                        versionId)));
        Agreement agreement = led(caller, version.getAgreementId());
        version.terminate(on, reason, clock.instant());
        audit.change("AGREEMENT_TERMINATED", "AgreementVersion", versionId, agreement.getReference() + " terminated on "
                + on + ": " + reason, null, null);
        events.fire(AgreementEvent.of(AgreementEvent.Kind.TERMINATED, agreement, version, caller.organisationName(),
                version.getTerminationReason(), on));
        repository.flush();
        return queries.data(caller, agreement, version);
    }

    /** The lead's IG lead lists the agreement on the public register, or takes it off. */
    @Transactional
    public AgreementData showOnPublicRegister(long agreementId, boolean shown) {
        Caller caller = guard.requireAny(Messages.text("agreement.AgreementLifecycle.changeThePublicRegister"), Role.IG_LEAD);
        Agreement agreement = led(caller, agreementId);
        if (agreement.isPublicRegister() != shown) {
            agreement.showOnPublicRegister(shown);
            audit.change(shown ? "AGREEMENT_PUBLISHED" : "AGREEMENT_UNPUBLISHED", "Agreement", agreementId,
                    Messages.text("agreement.AgreementLifecycle.thePublicRegister",
                            agreement.getReference(), Messages.text(shown ? "agreement.AgreementLifecycle.listedOn" : "agreement.AgreementLifecycle.takenOff")), null, null);
            repository.flush();
        }
        return queries.latest(agreementId);
    }

    private Agreement led(Caller caller, long agreementId) {
        Agreement agreement = repository.find(agreementId).orElseThrow(() -> new NotFoundException("Agreement " + agreementId));
        if (!agreement.isLedBy(caller.organisationId())) {
            throw new NotFoundException("Agreement " + agreementId);
        }
        return agreement;
    }
}
