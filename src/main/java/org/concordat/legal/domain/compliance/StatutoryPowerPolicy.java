package org.concordat.legal.domain.compliance;

import java.util.List;

/** Public task and legal obligation rest on a law: the flow must cite the statutory power or duty. */
public class StatutoryPowerPolicy implements CompliancePolicy {

    @Override
    public String code() {
        return "STATUTORY-POWER";
    }

    @Override
    public List<Finding> check(Evaluation evaluation) {
        return Policies.perFlow(evaluation, (flow, findings) -> {
            var needing = evaluation.flaggedAmong(flow.lawfulBases(), "needs-statutory-power");
            if (!needing.isEmpty() && flow.statutoryGateways().isEmpty()) {
                String basis = evaluation.named(needing.iterator().next());
                findings.add(new Finding(Severity.ERROR, code(), "This flow relies on " + basis
                        + " but cites no statutory power or duty.", "Choose the law that gives the task or the"
                        + " obligation, for example Children Act 1989 section 47 or Children Act 2004 section 11.",
                        "UK GDPR Article 6(3)", flow.flowId(), "statutoryGateways"));
            }
        });
    }
}
