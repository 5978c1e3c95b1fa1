package org.concordat.legal.domain.compliance;

import static org.concordat.legal.domain.compliance.Policies.blank;

import java.util.List;
import org.concordat.shared.domain.Messages;

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
                findings.add(new Finding(Severity.ERROR, code(), Messages.text("legal.CriminalOffencePolicy.thisFlowCarriesCriminalOffence"), Messages.text("legal.CriminalOffencePolicy.chooseTheArticle10Authority"),
                        Messages.text("legal.CriminalOffencePolicy.ukGdprArticle10Dpa"), flow.flowId(), "article10Authority"));
                return;
            }
            evaluation.entry(flow.law().criminalOffence().condition()).ifPresent(authority -> {
                if (!authority.requiresOneOf().isEmpty()
                        && (flow.law().criminalOffence().schedule() == null
                        || !authority.requiresOneOf().contains(flow.law().criminalOffence().schedule()))) {
                    String chosen = flow.law().criminalOffence().schedule();
                    findings.add(new Finding(Severity.ERROR, code(), Messages.text("legal.CriminalOffencePolicy.needsADpa2018Schedule",
                            authority.title(), (chosen == null ? "none." : Messages.text("legal.CriminalOffencePolicy.whichCannotApplyToIt",
                                    evaluation.named(chosen)))),
                            Messages.text("legal.CriminalOffencePolicy.chooseASchedule1Condition"), authority.citation(), flow.flowId(),
                            "article10Condition"));
                }
                if (authority.has("official-authority")) {
                    evaluation.recipient(flow).filter(r -> !r.publicAuthority()).ifPresent(recipient ->
                            findings.add(new Finding(Severity.WARNING, code(), Messages.text("legal.CriminalOffencePolicy.receivesCriminalOffenceDataBut",
                                    recipient.organisationName()),
                                    Messages.text("legal.CriminalOffencePolicy.recordTheSchedule1Condition"),
                                    Messages.text("legal.CriminalOffencePolicy.ukGdprArticle10Dpa"), flow.flowId(), "article10Authority")));
                }
            });
        });
    }
}
