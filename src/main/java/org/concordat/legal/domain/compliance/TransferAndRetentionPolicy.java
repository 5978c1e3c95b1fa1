package org.concordat.legal.domain.compliance;

import java.util.List;
import org.concordat.shared.domain.Messages;

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
                findings.add(new Finding(Severity.ERROR, code(), Messages.text("legal.TransferAndRetentionPolicy.thisFlowDoesNotSay"),
                        Messages.text("legal.TransferAndRetentionPolicy.chooseASecureTransferMethod"), Messages.text("legal.TransferAndRetentionPolicy.ukGdprArticles51"), flow.flowId(), "transferMethod"));
            } else if (evaluation.flagged(flow.transferMethod(), "insecure")) {
                findings.add(new Finding(Severity.ERROR, code(), Messages.text("legal.TransferAndRetentionPolicy.isNotASecureWay",
                        evaluation.named(flow.transferMethod())),
                        Messages.text("legal.TransferAndRetentionPolicy.chooseASecureMethodSecure"),
                        Messages.text("legal.TransferAndRetentionPolicy.ukGdprArticles51"), flow.flowId(), "transferMethod"));
            } else if (evaluation.flagged(flow.transferMethod(), "limited-security")) {
                findings.add(new Finding(Severity.WARNING, code(), Messages.text("legal.TransferAndRetentionPolicy.isLessSecureThanElectronic",
                        evaluation.named(flow.transferMethod())), Messages.text("legal.TransferAndRetentionPolicy.useItOnlyWhenNo"), Messages.text("legal.TransferAndRetentionPolicy.ukGdprArticles51"), flow.flowId(),
                        "transferMethod"));
            }
            if (Policies.blank(flow.retention())) {
                findings.add(new Finding(Severity.ERROR, code(), Messages.text("legal.TransferAndRetentionPolicy.thisFlowDoesNotSay2"), Messages.text("legal.TransferAndRetentionPolicy.stateTheRetentionPeriodAt"), Messages.text("legal.TransferAndRetentionPolicy.ukGdprArticle51"), flow.flowId(), "retention"));
            }
        });
    }
}
