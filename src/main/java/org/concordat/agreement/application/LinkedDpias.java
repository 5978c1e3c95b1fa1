package org.concordat.agreement.application;

import java.util.List;
import org.concordat.legal.domain.compliance.DpiaStatus;
import org.concordat.shared.domain.StatusTag;

/**
 * The DPIAs linked to an agreement, as the agreement needs them: the state the "DPIA required" rule checks, and
 * the list an agreement page shows. The DPIA feature provides it, so that agreements never depend on DPIAs.
 */
public interface LinkedDpias {

    /** COMPLETED when a linked DPIA has a completed version, IN_PROGRESS when one is linked but none is, else NONE. */
    DpiaStatus statusFor(long agreementId);

    /** The linked DPIAs the caller may see, at the newest version they may see. */
    List<LinkedDpia> linkedTo(long agreementId);

    /**
     * A linked DPIA: its reference, title and the status of its newest visible version (a DPIA version status name),
     * with that version's status tag today.
     */
    record LinkedDpia(long dpiaId, String reference, String title, int number, String status, long versionId, StatusTag tag) {
    }
}
