package org.concordat.dpia.domain;

/**
 * The life of a DPIA version (DESIGN.md, lifecycles): drafted, advised on by the DPO, signed off. A version signed
 * off while a high residual risk remains needs the ICO's prior consultation (UK GDPR Article 36) instead of being
 * completed; a newer completed version supersedes the older ones.
 */
public enum DpiaVersionStatus {
    DRAFT, AWAITING_DPO_ADVICE, AWAITING_SIGN_OFF, COMPLETED, PRIOR_CONSULTATION_REQUIRED, SUPERSEDED;

    /** Signed off: its content is the record of what was assessed and is never changed again. */
    public boolean isSignedOff() {
        return this == COMPLETED || this == PRIOR_CONSULTATION_REQUIRED || this == SUPERSEDED;
    }
}
