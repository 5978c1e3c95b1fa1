package org.concordat.agreement.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The agreement-level details an author edits; the review date defaults to a year after the effective date. The
 * end date is optional: most agreements run until terminated or replaced, some (a pilot, a project) end on a date.
 */
public record AgreementDetails(
        @NotBlank(message = "{agreement.title.required}") @Size(max = 200, message = "{agreement.title.size}") String title,
        @Size(max = 4000, message = "{agreement.purpose.size}") String purpose,
        @Size(max = 4000, message = "{agreement.benefits.size}") String benefits,
        LocalDate effectiveDate, LocalDate reviewDate, LocalDate endDate) implements java.io.Serializable {
}
