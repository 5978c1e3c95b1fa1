package org.concordat.organisation.application;

import java.io.Serializable;
import java.time.Instant;
import org.concordat.organisation.domain.Organisation;
import org.concordat.organisation.domain.OrganisationDetails;

/** An organisation as the pages and the API see it; the version is what an edit must send back. */
public record OrganisationData(long id, long version, OrganisationDetails details, boolean active,
                               Instant updatedAt) implements Serializable {

    static OrganisationData of(Organisation o) {
        return new OrganisationData(o.getId(), o.getVersion(), o.details(), o.isActive(), o.getUpdatedAt());
    }

    public String name() {
        return details.name();
    }
}
