package org.concordat.agreement.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Set;
import org.concordat.legal.domain.LegalBasis;

/**
 * A sharing flow as the author describes it: between which parties, about whom, what, why, how and for how long, and
 * the law it relies on, whole. Completeness and legal soundness are the compliance rules' business (findings), not
 * input validation: a draft may be incomplete.
 */
public record FlowDetails(
        @NotBlank(message = "{agreement.flow.sender.required}") String sender,
        @NotBlank(message = "{agreement.flow.recipient.required}") String recipient,
        boolean bothWays, Set<String> dataSubjects, Set<String> dataCategories, String purpose,
        @Size(max = 200, message = "{agreement.flow.frequency.size}") String frequency,
        String transferMethod,
        @Size(max = 500, message = "{agreement.flow.retention.size}") String retention,
        @Valid LegalBasis law,
        @Size(max = 4000, message = "{agreement.flow.notes.size}") String notes) implements Serializable {

    public FlowDetails {
        dataSubjects = dataSubjects == null ? Set.of() : Set.copyOf(dataSubjects);
        dataCategories = dataCategories == null ? Set.of() : Set.copyOf(dataCategories);
        law = law == null ? LegalBasis.NONE : law;
    }
}
