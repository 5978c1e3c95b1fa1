package org.concordat.legal.domain.compliance;

import java.util.ArrayList;
import java.util.List;
import org.concordat.shared.domain.Messages;

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
            findings.add(new Finding(Severity.ERROR, code(), Messages.text("legal.ReviewDatePolicy.theAgreementHasNoEffective"),
                    Messages.text("legal.ReviewDatePolicy.setTheDateFromWhich"), Messages.text("legal.ReviewDatePolicy.icoDataSharingCodeOf"), null, "effectiveDate"));
        }
        if (a.reviewDate() == null) {
            findings.add(new Finding(Severity.ERROR, code(), Messages.text("legal.ReviewDatePolicy.theAgreementHasNoReview"),
                    Messages.text("legal.ReviewDatePolicy.setAReviewDateUsually"),
                    Messages.text("legal.ReviewDatePolicy.ukGdprArticle52"), null, "reviewDate"));
        } else if (a.effectiveDate() != null && !a.reviewDate().isAfter(a.effectiveDate())) {
            findings.add(new Finding(Severity.ERROR, code(), Messages.text("legal.ReviewDatePolicy.theReviewDateIsNot"),
                    Messages.text("legal.ReviewDatePolicy.chooseAReviewDateAfter",
                            a.effectiveDate()), Messages.text("legal.ReviewDatePolicy.icoDataSharingCodeOf"), null, "reviewDate"));
        }
        return findings;
    }
}
