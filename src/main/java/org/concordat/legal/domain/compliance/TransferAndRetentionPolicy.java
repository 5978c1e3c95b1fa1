package org.concordat.legal.domain.compliance;

import java.util.List;

/**
 * Data must travel securely and be kept no longer than needed: each flow says how it is sent and kept. An insecure
 * method blocks; one of limited security (tracked, signed-for post) is a warning.
 */
public class TransferAndRetentionPolicy implements CompliancePolicy {

    @Override
    public String code() {
        return "TRANSFER-AND-RETENTION";
    }

    @Override
    public List<Finding> check(Evaluation evaluation) {
        return Policies.perFlow(evaluation, (flow, findings) -> {
            if (Policies.blank(flow.transferMethod())) {
                findings.add(new Finding(Severity.ERROR, code(), "This flow does not say how the data is sent.",
                        "Choose a secure transfer method.", "UK GDPR Articles 5(1)(f) and 32", flow.flowId(), "transferMethod"));
            } else if (evaluation.flagged(flow.transferMethod(), "insecure")) {
                findings.add(new Finding(Severity.ERROR, code(), evaluation.named(flow.transferMethod())
                        + " is not a secure way to send personal data about children.",
                        "Choose a secure method: secure email, encrypted file transfer, an API or a shared system.",
                        "UK GDPR Articles 5(1)(f) and 32", flow.flowId(), "transferMethod"));
            } else if (evaluation.flagged(flow.transferMethod(), "limited-security")) {
                findings.add(new Finding(Severity.WARNING, code(), evaluation.named(flow.transferMethod())
                        + " is less secure than electronic transfer: paper can still be lost, delayed or opened by the"
                        + " wrong person.", "Use it only when no secure electronic method is available: seal it, address"
                        + " it to a named person and check that it arrived. Otherwise choose secure email, encrypted file"
                        + " transfer, an API or a shared system.", "UK GDPR Articles 5(1)(f) and 32", flow.flowId(),
                        "transferMethod"));
            }
            if (Policies.blank(flow.retention())) {
                findings.add(new Finding(Severity.ERROR, code(), "This flow does not say how long the recipient"
                        + " keeps the data.", "State the retention period at the recipient and how the data is"
                        + " deleted at its end.", "UK GDPR Article 5(1)(e)", flow.flowId(), "retention"));
            }
        });
    }
}
