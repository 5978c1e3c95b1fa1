package org.concordat.legal.domain.compliance;

import java.util.ArrayList;
import java.util.List;

/** An agreement is reviewed: it needs a review date, after its effective date. */
public class ReviewDatePolicy implements CompliancePolicy {

    @Override
    public String code() {
        return "REVIEW-DATE";
    }

    @Override
    public List<Finding> check(Evaluation evaluation) {
        AgreementFacts a = evaluation.agreement();
        List<Finding> findings = new ArrayList<>();
        if (a.effectiveDate() == null) {
            findings.add(new Finding(Severity.ERROR, code(), "The agreement has no effective date.",
                    "Set the date from which the agreement applies.", "ICO data sharing code of practice", null, "effectiveDate"));
        }
        if (a.reviewDate() == null) {
            findings.add(new Finding(Severity.ERROR, code(), "The agreement has no review date.",
                    "Set a review date, usually a year after the effective date.",
                    "UK GDPR Article 5(2) (accountability); ICO data sharing code of practice", null, "reviewDate"));
        } else if (a.effectiveDate() != null && !a.reviewDate().isAfter(a.effectiveDate())) {
            findings.add(new Finding(Severity.ERROR, code(), "The review date is not after the effective date.",
                    "Choose a review date after " + a.effectiveDate() + ".", "ICO data sharing code of practice", null, "reviewDate"));
        }
        return findings;
    }
}
