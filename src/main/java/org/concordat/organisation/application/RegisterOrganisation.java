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
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.Role;

/** An administrator adds a partner organisation to the partnership. */
@ApplicationScoped
public class RegisterOrganisation {

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

    @Transactional
    public OrganisationData register(OrganisationDetails input) {
        guard.requireAny(Messages.text("organisation.RegisterOrganisation.addAnOrganisation"), Role.ADMIN);
        return registerTrusted(input);
    }

    /** For start-up seeding, which runs before anyone can sign in. */
    @Transactional
    public OrganisationData registerTrusted(OrganisationDetails input) {
        OrganisationDetails details = input.normalised();
        validator.check(details);
        if (repository.findByName(details.name()).isPresent()) {
            throw new InvalidInputException("name", Messages.text("organisation.RegisterOrganisation.anOrganisationWithThisName"));
        }
        Organisation organisation = repository.add(new Organisation(details, clock.instant()));
        audit.change("ORGANISATION_CREATED", "Organisation", organisation.getId(),
                "Organisation " + details.name() + " added", null, details);
        return OrganisationData.of(organisation);
    }
}
