package org.concordat.legal.domain.compliance;

/** Which data protection regime a flow is under. */
public enum Regime {
    /** UK GDPR with the DPA 2018 Parts 1 and 2. */
    GENERAL,
    /** DPA 2018 Part 3: a competent authority processing for law enforcement purposes. */
    LAW_ENFORCEMENT
}
