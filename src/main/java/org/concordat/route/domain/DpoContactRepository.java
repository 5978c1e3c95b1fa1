package org.concordat.route.domain;

import java.util.List;

/** The active users who hold the DPO role in an organisation: whom a practitioner can ask for advice. */
public interface DpoContactRepository {

    List<DpoContact> activeDposOf(long organisationId);
}
