package org.concordat.route.domain;

import java.util.Set;

/**
 * What a practitioner asks: may my organisation share these kinds of information, about these people, with that
 * organisation, for this purpose — and is it an emergency?
 *
 * @param toOrganisationId the recipient, or null when it is not an organisation of the partnership ("not listed")
 * @param purpose          one purpose code: an agreement covers sharing only for the purposes its flows name
 */
public record RouteQuestion(long fromOrganisationId, Long toOrganisationId, Set<String> dataSubjects,
                            Set<String> dataCategories, String purpose, boolean emergency) {

    public RouteQuestion {
        java.util.Objects.requireNonNull(purpose, "purpose");
        dataSubjects = Codes.sorted(dataSubjects);
        dataCategories = Codes.sorted(dataCategories);
    }

    public boolean recipientListed() {
        return toOrganisationId != null;
    }
}
