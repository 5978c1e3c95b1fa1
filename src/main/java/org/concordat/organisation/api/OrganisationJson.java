package org.concordat.organisation.api;

import java.time.Instant;
import java.time.LocalDate;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.domain.OrganisationDetails;
import org.concordat.organisation.domain.Sector;

/** An organisation in the API. */
public record OrganisationJson(long id, long version, String name, Sector sector, boolean publicAuthority,
                               boolean competentAuthority, String icoRegistrationNumber, String dpoName,
                               String dpoEmail, String dpoPhone, String apdReference, LocalDate apdDate,
                               boolean active, Instant updatedAt) {

    static OrganisationJson of(OrganisationData o) {
        OrganisationDetails d = o.details();
        return new OrganisationJson(o.id(), o.version(), d.name(), d.sector(), d.publicAuthority(),
                d.competentAuthority(), d.icoRegistrationNumber(), d.dpoName(), d.dpoEmail(), d.dpoPhone(),
                d.apdReference(), d.apdDate(), o.active(), o.updatedAt());
    }
}
