package org.concordat.agreement.domain;

/** The life of an agreement version (DESIGN.md, lifecycles). */
public enum VersionStatus {
    DRAFT, SUBMITTED, APPROVED, SUPERSEDED, EXPIRED, TERMINATED
}
