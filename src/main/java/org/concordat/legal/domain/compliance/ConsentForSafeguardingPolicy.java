package org.concordat.legal.domain.compliance;

import java.util.List;
import org.concordat.shared.domain.Messages;

/**
 * Consent is rarely the right basis when a child may be at risk: it must be freely given and can be withdrawn,
 * asking may put the child at greater risk, and the government's advice and Working Together say consent is not
 * needed to share to safeguard a child when there is another lawful basis. Early help is named explicitly (its
 * catalogue purpose is not flagged safeguarding): a family agreeing to a service is not consenting under Article
 * 6(1)(a), and a public body can rarely show that consent was freely given (recital 43). A warning, because consent
 * is sometimes right.
 */
public class ConsentForSafeguardingPolicy implements CompliancePolicy {

    /** The catalogue purpose for early help; no flag marks it, so the rule names it. */
    static final String EARLY_HELP = "EARLY_HELP";

    static final String GUIDANCE = Messages.text("legal.ConsentForSafeguardingPolicy.hmGovernmentInformationSharingAdvice");

    @Override
    public String code() {
        return "CONSENT-FOR-SAFEGUARDING";
    }

    @Override
    public List<Finding> check(Evaluation evaluation) {
        return Policies.perFlow(evaluation, (flow, findings) -> {
            boolean earlyHelp = EARLY_HELP.equals(flow.purpose());
            if (!evaluation.isSafeguardingPurpose(flow) && !earlyHelp) {
                return;
            }
            boolean consent = evaluation.anyFlagged(flow.law().lawfulBases(), "consent")
                    || evaluation.flagged(flow.law().specialCategory().condition(), "explicit-consent")
                    || evaluation.flagged(flow.law().lawEnforcementBasis(), "consent");
            if (!consent) {
                return;
            }
            if (earlyHelp) {
                findings.add(new Finding(Severity.WARNING, code(), Messages.text("legal.ConsentForSafeguardingPolicy.thisFlowReliesOnConsent"), Messages.text("legal.ConsentForSafeguardingPolicy.relyOnPublicTaskA6"), Messages.text("legal.ConsentForSafeguardingPolicy.ukGdprArticles61",
                        GUIDANCE),
                        flow.flowId(), "lawfulBases"));
                return;
            }
            findings.add(new Finding(Severity.WARNING, code(), Messages.text("legal.ConsentForSafeguardingPolicy.thisFlowReliesOnConsent2"), Messages.text("legal.ConsentForSafeguardingPolicy.useABasisThatDoes"), Messages.text("legal.ConsentForSafeguardingPolicy.ukGdprArticles612",
                    GUIDANCE), flow.flowId(), "lawfulBases"));
        });
    }
}
