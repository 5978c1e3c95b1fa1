package org.concordat.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.concordat.audit.application.AuditLog;
import org.concordat.organisation.domain.Organisation;
import org.concordat.organisation.domain.OrganisationDetails;
import org.concordat.organisation.domain.OrganisationRepository;
import org.concordat.shared.application.AccessGuard;
import org.concordat.shared.application.InputValidator;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.ConcurrentChangeException;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Language;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.NotFoundException;
import org.concordat.shared.domain.Role;

/**
 * Editing an organisation's details: an administrator for any organisation, an IG lead for their own (they keep
 * the DPO contact and the appropriate policy document up to date). Deactivating is for administrators only.
 */
@ApplicationScoped
public class UpdateOrganisation {

    @Inject
    OrganisationRepository repository;

    @Inject
    AccessGuard guard;

    @Inject
    InputValidator validator;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Applies the edit made to the given version; a newer version in the database means someone else won. */
    @Transactional
    public OrganisationData update(long id, long expectedVersion, OrganisationDetails input) {
        Organisation organisation = editable(id, expectedVersion);
        OrganisationDetails details = input.normalised();
        validator.check(details);
        repository.findByName(details.name())
                .filter(other -> !other.getId().equals(organisation.getId()))
                .ifPresent(other -> {
                    throw new InvalidInputException("name", Messages.text("organisation.UpdateOrganisation.anOrganisationWithThisName"));
                });
        OrganisationDetails before = organisation.details();
        organisation.update(details, clock.instant());
        audit.change("ORGANISATION_UPDATED", "Organisation", id, "Organisation " + details.name() + " updated",
                before, details);
        repository.flush();
        return OrganisationData.of(organisation);
    }

    /**
     * The language of the fixed text and headings of the PDFs of the agreements and DPIAs the organisation leads: an
     * administrator, or an IG lead of that organisation, chooses. Documents already rendered keep their language.
     */
    @Transactional
    public OrganisationData chooseDocumentLanguage(long id, long expectedVersion, Language language) {
        Organisation organisation = editable(id, expectedVersion);
        Language before = organisation.getDocumentLanguage();
        organisation.chooseDocumentLanguage(language, clock.instant());
        audit.change("ORGANISATION_DOCUMENT_LANGUAGE", "Organisation", id,
                "Organisation " + organisation.getName() + " updated", before.code(), language.code());
        repository.flush();
        return OrganisationData.of(organisation);
    }

    @Transactional
    public OrganisationData setActive(long id, long expectedVersion, boolean active) {
        guard.requireAny(active ? Messages.text("organisation.UpdateOrganisation.reactivateAnOrganisation") : Messages.text("organisation.UpdateOrganisation.deactivateAnOrganisation"), Role.ADMIN);
        Organisation organisation = repository.find(id).orElseThrow(() -> new NotFoundException("Organisation " + id));
        if (organisation.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("organisation");
        }
        if (active) {
            organisation.reactivate(clock.instant());
        } else {
            organisation.deactivate(clock.instant());
        }
        audit.change(active ? "ORGANISATION_REACTIVATED" : "ORGANISATION_DEACTIVATED", "Organisation", id,
                "Organisation " + organisation.getName() + (active ? " reactivated" : " deactivated"),
                null, null);
        repository.flush();
        return OrganisationData.of(organisation);
    }

    /**
     * The organisation an edit is made to: an administrator edits any, an IG lead their own; the edit must have been
     * made to the version stored now.
     */
    private Organisation editable(long id, long expectedVersion) {
        Caller caller = guard.requireAny(Messages.text("organisation.UpdateOrganisation.editAnOrganisation"), Role.ADMIN, Role.IG_LEAD);
        Organisation organisation = repository.find(id).orElseThrow(() -> new NotFoundException("Organisation " + id));
        if (!caller.has(Role.ADMIN) && !caller.belongsTo(id)) {
            throw guard.refuse(caller, "edit organisation " + id, Messages.text("organisation.UpdateOrganisation.youCanOnlyEditYour"));
        }
        if (organisation.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("organisation");
        }
        return organisation;
    }
}
