package org.concordat.route.application;

import java.util.List;
import java.util.Optional;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.shared.domain.Caller;

/**
 * What a route check needs to know of the partnership's organisations and people: read on every check, changed
 * rarely, so kept in memory where the database says what changed.
 */
public interface PartnershipDirectory {

    Optional<OrganisationData> activeOrganisation(long id);

    /** The organisation's active data protection officers (users with the DPO role). */
    List<Caller> activeDpos(long organisationId);
}
