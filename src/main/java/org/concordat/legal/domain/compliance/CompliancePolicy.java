package org.concordat.legal.domain.compliance;

import java.util.List;

/** One rule of the compliance checks. It says why, in the findings it returns; none means all is well. */
public interface CompliancePolicy {

    /** The rule's stable code, shown with each finding. */
    String code();

    List<Finding> check(Evaluation evaluation);
}
