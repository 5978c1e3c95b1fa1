package org.concordat.legal.domain.compliance;

import java.util.List;

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

    static final String GUIDANCE = "HM Government, Information sharing: advice for practitioners providing safeguarding"
            + " services for children, young people, parents and carers (2024); Working Together to Safeguard Children"
            + " 2023, paragraph 31";

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
                findings.add(new Finding(Severity.WARNING, code(), "This flow relies on consent for early help. A family"
                        + " agreeing to early help is agreeing to a service, which is not consent under Article 6(1)(a) to"
                        + " sharing their information, and a public body can rarely rely on consent, because the family"
                        + " may not feel free to refuse it.", "Rely on public task (A6-1-e) with the law that gives the"
                        + " service, such as Children Act 2004 section 10, and keep telling the family what is shared and"
                        + " why. Keep consent only where the family has a real choice about this sharing and can withdraw"
                        + " it without losing the service.", "UK GDPR Articles 6(1)(a) and 7, recital 43; " + GUIDANCE,
                        flow.flowId(), "lawfulBases"));
                return;
            }
            findings.add(new Finding(Severity.WARNING, code(), "This flow relies on consent for a safeguarding"
                    + " purpose. Consent must be freely given and can be withdrawn at any time, and seeking it"
                    + " can increase the risk to a child. Government advice is that consent is not needed to share"
                    + " information to protect a child, and is unlikely to be the right basis.", "Use a basis that does"
                    + " not depend on consent (public task or legal obligation; Article 9(2)(g) with Schedule 1 paragraph"
                    + " 18). Keep informing families where it is safe to do so.", "UK GDPR Articles 6(1)(a), 7 and 9(2)(a); "
                    + GUIDANCE, flow.flowId(), "lawfulBases"));
        });
    }
}
