package org.concordat.legal.domain.compliance;

import static org.concordat.legal.domain.compliance.Policies.blank;

import java.util.List;

/**
 * Criminal offence data needs an Article 10 authority: official authority, or authorisation by law through a
 * DPA 2018 Schedule 1 condition (s10(5)). Where the authority is official authority, a recipient that holds
 * none (a charity, say) needs a Schedule 1 condition of its own.
 */
public class CriminalOffencePolicy implements CompliancePolicy {

    @Override
    public String code() {
        return "CRIMINAL-OFFENCE-AUTHORITY";
    }

    @Override
    public List<Finding> check(Evaluation evaluation) {
        return Policies.perFlow(evaluation, (flow, findings) -> {
            if (flow.law().regime() != Regime.GENERAL || !evaluation.carriesCriminalOffenceData(flow)) {
                return;
            }
            if (blank(flow.law().criminalOffence().condition())) {
                findings.add(new Finding(Severity.ERROR, code(), "This flow carries criminal offence data but no"
                        + " Article 10 authority.", "Choose the Article 10 authority: official authority, or"
                        + " authorisation by law with a Schedule 1 condition (for safeguarding, usually paragraph 18).",
                        "UK GDPR Article 10; DPA 2018 section 10(5)", flow.flowId(), "article10Authority"));
                return;
            }
            evaluation.entry(flow.law().criminalOffence().condition()).ifPresent(authority -> {
                if (!authority.requiresOneOf().isEmpty()
                        && (flow.law().criminalOffence().schedule() == null
                        || !authority.requiresOneOf().contains(flow.law().criminalOffence().schedule()))) {
                    String chosen = flow.law().criminalOffence().schedule();
                    findings.add(new Finding(Severity.ERROR, code(), authority.title() + " needs a DPA 2018 Schedule 1"
                            + " condition for the criminal offence data, and this flow has "
                            + (chosen == null ? "none." : evaluation.named(chosen) + ", which cannot apply to it."),
                            "Choose a Schedule 1 condition from Part 1, 2 or 3 that can apply to criminal offence data (for"
                            + " safeguarding, usually paragraph 18, or paragraph 36 for a Part 2 condition without its"
                            + " substantial public interest test).", authority.citation(), flow.flowId(),
                            "article10Condition"));
                }
                if (authority.has("official-authority")) {
                    evaluation.recipient(flow).filter(r -> !r.publicAuthority()).ifPresent(recipient ->
                            findings.add(new Finding(Severity.WARNING, code(), recipient.organisationName()
                                    + " receives criminal offence data but is not a public body acting under official"
                                    + " authority, so it cannot rely on the sender's authority for its own processing.",
                                    "Record the Schedule 1 condition the recipient relies on (for safeguarding,"
                                            + " usually paragraph 18) and make sure its appropriate policy document covers it.",
                                    "UK GDPR Article 10; DPA 2018 section 10(5)", flow.flowId(), "article10Authority")));
                }
            });
        });
    }
}
