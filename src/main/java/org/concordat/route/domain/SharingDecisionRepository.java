package org.concordat.route.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concordat.shared.domain.Page;
import org.concordat.shared.domain.PageRequest;

/** The decision log: append and read, nothing else. */
public interface SharingDecisionRepository {

    SharingDecision add(SharingDecision decision);

    /**
     * Adds a correction and writes it at once; empty when another correction of the same entry was written first
     * (the transaction must then be abandoned).
     */
    Optional<SharingDecision> addCorrection(SharingDecision correction);

    Optional<SharingDecision> find(long id);

    /** The entries one person recorded, newest first, a page at a time. */
    Page<SharingDecision> recordedBy(long userId, PageRequest page);

    /**
     * An organisation's log, newest first; every filter optional (null): decision, recipient organisation, dates
     * of the decision, case reference; a page at a time.
     */
    Page<SharingDecision> ofOrganisation(long organisationId, SharingDecision.Kind decision, Long recipientOrganisationId,
                                         LocalDate from, LocalDate to, String caseReference, PageRequest page);

    /** Of the given entries, those a later entry corrects: each corrected id with the id of the entry correcting it. */
    Map<Long, Long> correctedBy(List<Long> ids);
}
