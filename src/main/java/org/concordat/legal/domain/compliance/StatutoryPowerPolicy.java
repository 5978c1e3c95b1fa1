package org.concordat.legal.domain.compliance;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
                    findings.add(new Finding(Severity.WARNING, code(), "This flow relies on " + basis + " under "
                            + flow.law().otherLegalPower() + ", a law outside the catalogue.", "Make sure it requires the"
                            + " sharing (a duty or a court order), not only permits it; if it only permits it, rely on"
                            + " public task (A6-1-e) instead of legal obligation.", "UK GDPR Article 6(1)(c) and 6(3)",
                            flow.flowId(), "otherLegalPower"));
                    return;
                }
                if (flow.law().statutoryGateways().isEmpty()) {
                    findings.add(new Finding(Severity.ERROR, code(), "This flow relies on " + basis
                            + " but cites no law that imposes the duty.", "Choose the law that requires the sharing,"
                            + " for example Children Act 1989 section 47 or Children Act 2004 section 11. If the law only"
                            + " permits the sharing, or the task rests on another basis in law, rely on public task"
                            + " (A6-1-e) instead.", "UK GDPR Article 6(1)(c) and 6(3)", flow.flowId(), "statutoryGateways"));
                    return;
                }
                if (!evaluation.anyFlagged(flow.law().statutoryGateways(), "duty")) {
                    Set<String> cited = new TreeSet<>();
                    flow.law().statutoryGateways().forEach(g -> cited.add(evaluation.named(g)));
                    findings.add(new Finding(Severity.ERROR, code(), "This flow relies on " + basis + ", but none of"
                            + " the laws it cites imposes a duty to share: " + String.join(", ", cited) + " only permits"
                            + " or supports it, and an obligation needs a duty.", "Cite the law that requires the sharing"
                            + " (a duty, such as Children Act 1989 section 47). If the law only permits it, rely on public"
                            + " task (A6-1-e) instead of legal obligation.", "UK GDPR Article 6(1)(c) and 6(3)", flow.flowId(), "statutoryGateways"));
                }
                return;
            }
            if (flow.law().statutoryGateways().isEmpty() && flow.law().otherLegalPower() == null) {
                String basis = evaluation.named(needing.iterator().next());
                findings.add(new Finding(Severity.WARNING, code(), "This flow relies on " + basis + " but names no law"
                        + " from the catalogue that gives the task. Public task needs a clear basis in law, though not"
                        + " necessarily a statute.", "Choose the law that gives the task, for example Children Act 1989"
                        + " section 47 or Children Act 2004 section 11. If the task rests on another basis in law, such as"
                        + " a common law power (for example the police's), a power implied by or incidental to the"
                        + " organisation's functions (for example a council's under Local Government Act 1972 section 111),"
                        + " or an Act not in the catalogue, give that power with its exact citation as the flow's other"
                        + " basis in law.",
                        "UK GDPR Article 6(1)(e) and 6(3); DPA 2018 section 8", flow.flowId(), "statutoryGateways"));
            }
        });
    }
}
