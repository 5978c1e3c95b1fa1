package org.concordat.legal.domain.compliance;

/** The state of the DPIA linked to an agreement, as far as the rules care. */
public enum DpiaStatus {
    NONE, IN_PROGRESS, COMPLETED
}
