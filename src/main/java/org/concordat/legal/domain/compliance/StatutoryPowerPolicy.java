package org.concordat.legal.domain.compliance;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.concordat.shared.domain.Messages;

/**
 * Public task and legal obligation rest on the law (UK GDPR Art 6(3)). A legal obligation needs a duty: without a
 * cited law, or with only laws that permit sharing, it blocks. Public task needs a clear basis in law, which need
 * not be a statute (recital 41; DPA 2018 s8: a function conferred by an enactment or rule of law): a power outside
 * the catalogue, a common law power or a power incidental to a function will do, so a public task flow that cites
 * none of the catalogue's laws, and names no other basis in law with its citation, is a warning that says how to name
 * the power it rests on.
 */
public class StatutoryPowerPolicy implements CompliancePolicy {

    @Override
    public String code() {
        return "STATUTORY-POWER";
    }

    @Override
    public List<Finding> check(Evaluation evaluation) {
        return Policies.perFlow(evaluation, (flow, findings) -> {
            Set<String> needing = evaluation.flaggedAmong(flow.law().lawfulBases(), "needs-statutory-power");
            if (needing.isEmpty()) {
                return;
            }
            Set<String> obligations = evaluation.flaggedAmong(needing, "legal-obligation");
            if (!obligations.isEmpty()) {
                String basis = evaluation.named(obligations.iterator().next());
                if (flow.law().statutoryGateways().isEmpty() && flow.law().otherLegalPower() != null) {
                    // A duty outside the catalogue (a court order, another Act): Concordat cannot tell a duty from a
                    // power in a citation, so the IG lead is asked to be sure.
                    findings.add(new Finding(Severity.WARNING, code(), Messages.text("legal.StatutoryPowerPolicy.thisFlowReliesOn",
                            basis, flow.law().otherLegalPower()), Messages.text("legal.StatutoryPowerPolicy.makeSureItRequiresThe"), Messages.text("legal.StatutoryPowerPolicy.ukGdprArticle61"),
                            flow.flowId(), "otherLegalPower"));
                    return;
                }
                if (flow.law().statutoryGateways().isEmpty()) {
                    findings.add(new Finding(Severity.ERROR, code(), Messages.text("legal.StatutoryPowerPolicy.thisFlowReliesOn2",
                            basis), Messages.text("legal.StatutoryPowerPolicy.chooseTheLawThatRequires"), Messages.text("legal.StatutoryPowerPolicy.ukGdprArticle61"), flow.flowId(), "statutoryGateways"));
                    return;
                }
                if (!evaluation.anyFlagged(flow.law().statutoryGateways(), "duty")) {
                    Set<String> cited = new TreeSet<>();
                    flow.law().statutoryGateways().forEach(g -> cited.add(evaluation.named(g)));
                    findings.add(new Finding(Severity.ERROR, code(), Messages.text("legal.StatutoryPowerPolicy.thisFlowReliesOn3",
                            basis, String.join(", ", cited)), Messages.text("legal.StatutoryPowerPolicy.citeTheLawThatRequires"), Messages.text("legal.StatutoryPowerPolicy.ukGdprArticle61"), flow.flowId(), "statutoryGateways"));
                }
                return;
            }
            if (flow.law().statutoryGateways().isEmpty() && flow.law().otherLegalPower() == null) {
                String basis = evaluation.named(needing.iterator().next());
                findings.add(new Finding(Severity.WARNING, code(), Messages.text("legal.StatutoryPowerPolicy.thisFlowReliesOn4",
                        basis), Messages.text("legal.StatutoryPowerPolicy.chooseTheLawThatGives"),
                        Messages.text("legal.StatutoryPowerPolicy.ukGdprArticle612"), flow.flowId(), "statutoryGateways"));
            }
        });
    }
}
