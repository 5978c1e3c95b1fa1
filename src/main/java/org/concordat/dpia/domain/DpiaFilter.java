package org.concordat.dpia.domain;

import java.io.Serializable;
import org.concordat.shared.domain.ListOrder;
import org.concordat.shared.domain.StatusTag;

/**
 * What the DPIA list is narrowed to; every part optional.
 *
 * @param text        words in the reference, the title or the lead organisation's name (case ignored)
 * @param status      where the DPIA stands today, in the words every page uses
 * @param agreementId an agreement the DPIA assesses
 */
public record DpiaFilter(String text, StatusTag status, Long agreementId, ListOrder order) implements Serializable {

    public DpiaFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        order = order == null ? ListOrder.NEWEST : order;
    }

    public static DpiaFilter none() {
        return new DpiaFilter(null, null, null, ListOrder.NEWEST);
    }

    public boolean narrows() {
        return text != null || status != null || agreementId != null;
    }
}
