package org.concordat.setup.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.logging.Logger;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.organisation.application.RegisterOrganisation;
import org.concordat.organisation.domain.OrganisationDetails;
import org.concordat.organisation.domain.Sector;
import org.concordat.security.application.ManageUsers;
import org.concordat.security.application.OneTimePasswords;
import org.concordat.security.application.UserQueries;
import org.concordat.security.domain.UserDetails;
import org.concordat.shared.application.Settings;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Role;

/**
 * A production installation starts with no users. The first administrator is created from
 * CONCORDAT_ADMIN_EMAIL and CONCORDAT_ADMIN_PASSWORD; without a password, a one-time password is generated and
 * written to the server log once, and must be changed at first sign-in. There is never a fixed default.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    Settings settings;

    @Inject
    UserQueries users;

    @Inject
    OrganisationQueries organisations;

    @Inject
    RegisterOrganisation registerOrganisation;

    @Inject
    ManageUsers manageUsers;

    @Transactional
    public void ensure() {
        if (users.count() > 0) {
            return;
        }
        String email = settings.adminEmail().orElse(Settings.DEFAULT_ADMIN_EMAIL);
        OrganisationData organisation = organisations.findByName(settings.adminOrganisation())
                .orElseGet(() -> registerOrganisation.registerTrusted(new OrganisationDetails(
                        settings.adminOrganisation(), Sector.OTHER, false, false, null, null, null, null, null, null)));
        UserDetails details = new UserDetails(organisation.id(), settings.adminName(), email, null, Set.of(Role.ADMIN));
        if (settings.adminPassword().isPresent()) {
            try {
                manageUsers.createTrusted(details, settings.adminPassword().get(), false);
            } catch (InvalidInputException e) {
                // Refuse to start rather than run without an administrator nobody can sign in as.
                throw new IllegalStateException("CONCORDAT_ADMIN_PASSWORD or CONCORDAT_ADMIN_EMAIL was refused: "
                        + e.getMessage(), e);
            }
            LOG.info(() -> "event=first_admin_created user=" + email + " password=from_environment");
        } else {
            String oneTime = OneTimePasswords.generate();
            manageUsers.createTrusted(details, oneTime, true);
            // The one place a password is logged, by design: it works once and must be changed at sign-in.
            LOG.warning("event=first_admin_created user=" + email + " one_time_password=" + oneTime
                    + " (sign in and choose your own password now; set CONCORDAT_ADMIN_PASSWORD to avoid this)");
        }
    }
}
