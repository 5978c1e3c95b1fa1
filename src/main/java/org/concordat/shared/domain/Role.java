package org.concordat.shared.domain;

/** What a user may do in Concordat. A user may hold several roles; each belongs to one organisation. */
public enum Role {
    /** Runs the partnership's Concordat: organisations, users, templates, signing credentials. */
    ADMIN,
    /** Information governance lead: drafts agreements and DPIAs for their organisation. */
    IG_LEAD,
    /** Approves (and signs) agreements on behalf of their organisation. */
    SIGNATORY,
    /** Data protection officer: gives DPIA advice, is the contact when a route is not covered. */
    DPO,
    /** Checks routes and records sharing decisions. */
    PRACTITIONER
}
