package org.concordat.agreement.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.concordat.agreement.domain.FlowDetails;
import org.concordat.legal.application.LegalBasisJson;
import org.concordat.shared.domain.MultiLine;

/**
 * A sharing flow as the REST API reads and writes it: flat, every legal choice a field of its own (its law is
 * {@link LegalBasisJson}'s), the shape partner systems have used since version 1 of the API.
 */
public class FlowDetailsJson extends LegalBasisJson {

    // The constraints the application checks (FlowDetails), here so that /openapi documents them.
    @NotBlank(message = "{agreement.flow.sender.required}")
    public String sender;
    @NotBlank(message = "{agreement.flow.recipient.required}")
    public String recipient;
    public boolean bothWays;
    public Set<String> dataSubjects;
    public Set<String> dataCategories;
    public String purpose;
    @Size(max = 200, message = "{agreement.flow.frequency.size}")
    public String frequency;
    public String transferMethod;
    @Size(max = 500, message = "{agreement.flow.retention.size}")
    public String retention;
    @Size(max = 4000, message = "{agreement.flow.notes.size}")
    @MultiLine
    public String notes;

    static FlowDetailsJson of(FlowDetails d) {
        FlowDetailsJson json = new FlowDetailsJson();
        json.sender = d.sender();
        json.recipient = d.recipient();
        json.bothWays = d.bothWays();
        json.dataSubjects = d.dataSubjects();
        json.dataCategories = d.dataCategories();
        json.purpose = d.purpose();
        json.frequency = d.frequency();
        json.transferMethod = d.transferMethod();
        json.retention = d.retention();
        json.write(d.law());
        json.notes = d.notes();
        return json;
    }

    FlowDetails details() {
        return new FlowDetails(sender, recipient, bothWays, dataSubjects, dataCategories, purpose, frequency,
                transferMethod, retention, legalBasis(), notes);
    }
}
