package org.concordat.agreement.domain;

import org.concordat.shared.domain.StatusTag;

/** The life of an agreement version (DESIGN.md, lifecycles). */
public enum VersionStatus {
    DRAFT, SUBMITTED, APPROVED, SUPERSEDED, EXPIRED, TERMINATED;

    /**
     * The stage of the lifecycle the status tag starts from: a draft that has been submitted before (a party asked
     * for changes) is returned; superseded, expired and terminated versions have ended.
     */
    public StatusTag.Stage stage(int submissionRound) {
        return switch (this) {
            case DRAFT -> submissionRound > 0 ? StatusTag.Stage.RETURNED : StatusTag.Stage.DRAFT;
            case SUBMITTED -> StatusTag.Stage.AWAITING;
            case APPROVED -> StatusTag.Stage.AGREED;
            case SUPERSEDED, EXPIRED, TERMINATED -> StatusTag.Stage.ENDED;
        };
    }
}
