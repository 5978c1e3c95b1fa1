package org.concordat.dpia.domain;

import org.concordat.shared.domain.StatusTag;

/**
 * The life of a DPIA version (DESIGN.md, lifecycles): drafted, advised on by the DPO, signed off. A version signed
 * off while a high residual risk remains needs the ICO's prior consultation (UK GDPR Article 36) instead of being
 * completed; a newer completed version supersedes the older ones.
 */
public enum DpiaVersionStatus {
    DRAFT, AWAITING_DPO_ADVICE, AWAITING_SIGN_OFF, COMPLETED, PRIOR_CONSULTATION_REQUIRED, SUPERSEDED;

    /**
     * The stage of the lifecycle the status tag starts from: a draft whose DPO advice was asked for before has been
     * returned; a version awaiting the DPO's advice or the sign-off awaits approval; a superseded one has ended.
     */
    public StatusTag.Stage stage(boolean adviceAskedBefore) {
        return switch (this) {
            case DRAFT -> adviceAskedBefore ? StatusTag.Stage.RETURNED : StatusTag.Stage.DRAFT;
            case AWAITING_DPO_ADVICE, AWAITING_SIGN_OFF -> StatusTag.Stage.AWAITING;
            case COMPLETED -> StatusTag.Stage.AGREED;
            case PRIOR_CONSULTATION_REQUIRED -> StatusTag.Stage.ICO_CONSULTATION;
            case SUPERSEDED -> StatusTag.Stage.ENDED;
        };
    }

    /** Signed off: its content is the record of what was assessed and is never changed again. */
    public boolean isSignedOff() {
        return this == COMPLETED || this == PRIOR_CONSULTATION_REQUIRED || this == SUPERSEDED;
    }
}
