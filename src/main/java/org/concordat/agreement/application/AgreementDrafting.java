package org.concordat.agreement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.concordat.agreement.domain.Agreement;
import org.concordat.agreement.domain.AgreementDetails;
import org.concordat.agreement.domain.AgreementRepository;
import org.concordat.agreement.domain.AgreementVersion;
import org.concordat.agreement.domain.FlowDetails;
import org.concordat.agreement.domain.PartyDetails;
import org.concordat.agreement.domain.PartyRole;
import org.concordat.audit.application.AuditLog;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.shared.application.AccessGuard;
import org.concordat.shared.application.InputValidator;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.ConcurrentChangeException;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.NotFoundException;
import org.concordat.shared.domain.Role;
import org.concordat.template.application.TemplateLibrary;
import org.concordat.template.application.TemplateVersionData;
import org.concordat.template.domain.TemplateKind;
import org.concordat.template.domain.TemplateVersionStatus;

/**
 * An IG lead drafts an agreement for their organisation: details, parties, section answers and flows. Every
 * change names the version it was made to; a newer one in the database means someone else saved first.
 */
@ApplicationScoped
public class AgreementDrafting {

    @Inject
    AgreementRepository repository;

    @Inject
    AgreementQueries queries;

    @Inject
    TemplateLibrary templates;

    @Inject
    OrganisationQueries organisations;

    @Inject
    AccessGuard guard;

    @Inject
    InputValidator validator;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public AgreementData create(long templateVersionId, AgreementDetails details, List<PartyDetails> parties) {
        Caller caller = guard.requireAny(Messages.text("agreement.AgreementDrafting.draftAnAgreement"), Role.IG_LEAD);
        validator.check(details);
        TemplateVersionData template = templates.version(templateVersionId);
        if (template.kind() != TemplateKind.DSA || template.status() != TemplateVersionStatus.PUBLISHED) {
            throw new InvalidInputException("templateVersionId", Messages.text("agreement.AgreementDrafting.chooseAPublishedDataSharing"));
        }
        List<PartyDetails> all = new ArrayList<>(parties == null ? List.of() : parties);
        if (all.stream().noneMatch(p -> p.organisationId() != null && p.organisationId() == caller.organisationId())) {
            all.add(0, new PartyDetails(caller.organisationId(), PartyRole.CONTROLLER, null, caller.fullName(), caller.email()));
        }
        checkParties(all);
        Agreement agreement = repository.add(new Agreement(Agreement.reference(
                clock.instant().atZone(ZoneOffset.UTC).getYear(), repository.nextReferenceNumber()),
                caller.organisationId(), clock.instant()));
        AgreementVersion version = repository.add(AgreementVersion.firstDraft(agreement.getId(), templateVersionId,
                details, all, caller.email(), clock.instant()));
        audit.change("AGREEMENT_DRAFTED", "Agreement", agreement.getId(), agreement.getReference() + " drafted: "
                + details.title(), null, null);
        repository.flush();
        return checked(queries.data(caller, agreement, version));
    }

    @Transactional
    public AgreementData updateDetails(long versionId, long lockVersion, AgreementDetails details) {
        Caller caller = guard.requireAny(Messages.text("agreement.AgreementDrafting.editAnAgreement"), Role.IG_LEAD);
        validator.check(details);
        AgreementVersion version = editable(caller, versionId, lockVersion);
        version.updateDetails(details, clock.instant());
        return saved(caller, version, "details");
    }

    @Transactional
    public AgreementData replaceParties(long versionId, long lockVersion, List<PartyDetails> parties) {
        Caller caller = guard.requireAny(Messages.text("agreement.AgreementDrafting.editAnAgreement"), Role.IG_LEAD);
        AgreementVersion version = editable(caller, versionId, lockVersion);
        checkParties(parties);
        if (parties.stream().noneMatch(p -> p.organisationId() == caller.organisationId())) {
            throw new InvalidInputException("parties", Messages.text("agreement.AgreementDrafting.yourOrganisationLeadsThisAgreement"));
        }
        version.replaceParties(parties, clock.instant());
        return saved(caller, version, "parties");
    }

    @Transactional
    public AgreementData saveAnswers(long versionId, long lockVersion, Map<String, String> answers) {
        Caller caller = guard.requireAny(Messages.text("agreement.AgreementDrafting.editAnAgreement"), Role.IG_LEAD);
        AgreementVersion version = editable(caller, versionId, lockVersion);
        version.replaceAnswers(answers, clock.instant());
        return saved(caller, version, "section answers");
    }

    /** Adds a flow when the key is null, else replaces it. */
    @Transactional
    public AgreementData saveFlow(long versionId, long lockVersion, String flowKey, FlowDetails flow) {
        Caller caller = guard.requireAny(Messages.text("agreement.AgreementDrafting.editAnAgreement"), Role.IG_LEAD);
        validator.check(flow);
        AgreementVersion version = editable(caller, versionId, lockVersion);
        String key = version.saveFlow(flowKey, flow, clock.instant());
        return saved(caller, version, "flow " + key);
    }

    @Transactional
    public AgreementData copyFlow(long versionId, long lockVersion, String flowKey) {
        Caller caller = guard.requireAny(Messages.text("agreement.AgreementDrafting.editAnAgreement"), Role.IG_LEAD);
        AgreementVersion version = editable(caller, versionId, lockVersion);
        String key = version.copyFlow(flowKey, clock.instant());
        return saved(caller, version, "flow " + key + " (copy of " + flowKey + ")");
    }

    @Transactional
    public AgreementData removeFlow(long versionId, long lockVersion, String flowKey) {
        Caller caller = guard.requireAny(Messages.text("agreement.AgreementDrafting.editAnAgreement"), Role.IG_LEAD);
        AgreementVersion version = editable(caller, versionId, lockVersion);
        version.removeFlow(flowKey, clock.instant());
        return saved(caller, version, "flow " + flowKey + " removed");
    }

    private AgreementData saved(Caller caller, AgreementVersion version, String what) {
        Agreement agreement = repository.find(version.getAgreementId()).orElseThrow();
        audit.change("AGREEMENT_DRAFT_CHANGED", "AgreementVersion", version.getId(), agreement.getReference()
                + " version " + version.getNumber() + ": " + what, null, null);
        repository.flush();
        return checked(queries.data(caller, agreement, version));
    }

    private AgreementData checked(AgreementData draft) {
        return checked(repository, draft, clock.instant());
    }

    /** Keeps the rules engine's count of errors beside a draft just saved, for the home's "drafts with errors". */
    static AgreementData checked(AgreementRepository repository, AgreementData draft, java.time.Instant at) {
        if (draft.compliance() != null) {
            repository.draftChecked(draft.versionId(), (int) draft.compliance().count(
                    org.concordat.legal.domain.compliance.Severity.ERROR), at);
        }
        return draft;
    }

    private AgreementVersion editable(Caller caller, long versionId, long lockVersion) {
        AgreementVersion version = repository.findVersion(versionId)
                .orElseThrow(() -> new NotFoundException(Messages.text("agreement.AgreementDrafting.agreementVersion",
                        versionId)));
        Agreement agreement = repository.find(version.getAgreementId()).orElseThrow();
        if (!agreement.isLedBy(caller.organisationId())) {
            if (!version.hasParty(caller.organisationId()) || version.getStatus() == org.concordat.agreement.domain.VersionStatus.DRAFT) {
                throw new NotFoundException(Messages.text("agreement.AgreementDrafting.agreementVersion", versionId));
            }
            throw guard.refuse(caller, "edit agreement " + agreement.getReference(),
                    Messages.text("agreement.AgreementDrafting.onlyTheLeadOrganisationS"));
        }
        if (version.getVersion() != lockVersion) {
            throw new ConcurrentChangeException("agreement");
        }
        return version;
    }

    private void checkParties(List<PartyDetails> parties) {
        for (PartyDetails party : parties) {
            validator.check(party);
            if (organisations.findActive(party.organisationId()).isEmpty()) {
                throw new InvalidInputException("parties", Messages.text("agreement.AgreementDrafting.isNotAnActiveOrganisation",
                        party.organisationId()));
            }
        }
    }
}
