package org.concordat.processing.domain;

import java.time.LocalDate;
import java.util.List;

/** Where the record of processing reads what an organisation takes part in. */
public interface ProcessingActivities {

    /**
     * The organisation's part in every flow of every agreement version in force on the day (approved, effective on or
     * before it, not ended before it) to which it is a party, in the order of agreement reference and flow. A flow the
     * organisation neither sends nor receives is not its processing and is left out.
     */
    List<ProcessingActivity> inForce(long organisationId, LocalDate day);
}
