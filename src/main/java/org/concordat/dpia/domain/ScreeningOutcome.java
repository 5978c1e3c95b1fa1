package org.concordat.dpia.domain;

/** What the screening questions say about the need for a DPIA. */
public enum ScreeningOutcome {
    /** A high-risk indicator, or two indicators together: UK GDPR Article 35 makes a DPIA a legal requirement. */
    REQUIRED,
    /** One indicator that is not high risk on its own: a DPIA is good practice. */
    RECOMMENDED,
    /** No indicator: not required by law, though still useful for planned sharing. */
    NOT_REQUIRED
}
