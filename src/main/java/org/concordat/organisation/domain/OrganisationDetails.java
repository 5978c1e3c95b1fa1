package org.concordat.organisation.domain;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** The editable details of an organisation, with the rules every input must meet. */
public record OrganisationDetails(
        @NotBlank(message = "{organisation.name.required}")
        @Size(max = 200, message = "{organisation.name.size}")
        String name,
        @NotNull(message = "{organisation.sector.required}")
        Sector sector,
        boolean publicAuthority,
        boolean competentAuthority,
        // The ICO's register numbers are two letters and six digits (e.g. ZA123456) or eight digits.
        @Pattern(regexp = "^$|^([A-Z]{1,2}[0-9]{6,7}|[0-9]{8})$", message = "{organisation.ico.pattern}")
        String icoRegistrationNumber,
        @Size(max = 200, message = "{organisation.dpoName.size}")
        String dpoName,
        @Email(message = "{organisation.dpoEmail.email}")
        @Size(max = 254, message = "{organisation.dpoEmail.size}")
        String dpoEmail,
        @Pattern(regexp = "^$|^[0-9 +()-]{6,40}$", message = "{organisation.dpoPhone.pattern}")
        String dpoPhone,
        @Size(max = 200, message = "{organisation.apdReference.size}")
        String apdReference,
        LocalDate apdDate) implements Serializable {

    /** The details trimmed, with the ICO number upper-cased, ready to validate and store. */
    public OrganisationDetails normalised() {
        return new OrganisationDetails(trim(name), sector, publicAuthority, competentAuthority,
                icoRegistrationNumber == null ? null : icoRegistrationNumber.trim().toUpperCase(java.util.Locale.ROOT),
                trim(dpoName), trim(dpoEmail), trim(dpoPhone), trim(apdReference), apdDate);
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
