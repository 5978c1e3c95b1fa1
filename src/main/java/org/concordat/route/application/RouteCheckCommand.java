package org.concordat.route.application;

import java.util.List;

/**
 * A route check as asked.
 *
 * @param fromOrganisationId optional: when given, it must be the caller's own organisation
 * @param toOrganisationId   the recipient, unless notListed
 * @param notListed          the recipient is not an organisation of the partnership
 */
public record RouteCheckCommand(Long fromOrganisationId, Long toOrganisationId, boolean notListed,
                                List<String> dataSubjects, List<String> dataCategories, String purpose,
                                boolean emergency) {

    public RouteCheckCommand {
        dataSubjects = dataSubjects == null ? List.of() : dataSubjects;
        dataCategories = dataCategories == null ? List.of() : dataCategories;
    }
}
