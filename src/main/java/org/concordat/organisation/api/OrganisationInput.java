package org.concordat.organisation.api;

import java.time.LocalDate;
import org.concordat.organisation.domain.OrganisationDetails;
import org.concordat.organisation.domain.Sector;

/** What a client sends to create or edit an organisation; version is required for an edit. */
public record OrganisationInput(Long version, String name, Sector sector, Boolean publicAuthority,
                                Boolean competentAuthority, String icoRegistrationNumber, String dpoName,
                                String dpoEmail, String dpoPhone, String apdReference, LocalDate apdDate) {

    OrganisationDetails details() {
        return new OrganisationDetails(name, sector, Boolean.TRUE.equals(publicAuthority),
                Boolean.TRUE.equals(competentAuthority), icoRegistrationNumber, dpoName, dpoEmail, dpoPhone,
                apdReference, apdDate);
    }
}
