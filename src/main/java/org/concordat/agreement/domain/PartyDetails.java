package org.concordat.agreement.domain;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A party as the author describes it. */
public record PartyDetails(
        @NotNull(message = "{agreement.party.organisation.required}") Long organisationId,
        @NotNull(message = "{agreement.party.role.required}") PartyRole role,
        @Size(max = 200, message = "{agreement.party.signatory.size}") String signatoryName,
        @Size(max = 200, message = "{agreement.party.contact.size}") String contactName,
        @Email(message = "{agreement.party.contactEmail.email}") @Size(max = 254) String contactEmail) implements java.io.Serializable {
}
