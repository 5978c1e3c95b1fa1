package org.concordat.processing.domain;

import java.time.LocalDate;
import java.util.Set;
import org.concordat.legal.domain.LegalBasis;

/**
 * One processing the organisation takes part in: its part in one flow of one agreement version in force. Codes as the
 * agreement stores them (the application names them from the catalogue).
 *
 * @param partyRole             the organisation's role in the agreement: CONTROLLER, JOINT_CONTROLLER or PROCESSOR
 * @param direction             whether the organisation discloses, receives, or both
 * @param otherOrganisationId   the organisation at the other end of the flow
 * @param securityMeasures      the agreement's answer on security measures, or null
 * @param accessControls        the agreement's answer on who may access the information, or null
 */
public record ProcessingActivity(long agreementId, String reference, String title, long versionId, int versionNumber,
                                 LocalDate effectiveDate, LocalDate reviewDate, LocalDate endDate, String flowKey,
                                 String partyRole, Direction direction, long otherOrganisationId,
                                 Set<String> dataSubjects, Set<String> dataCategories, String purpose, String frequency,
                                 String transferMethod, String retention, LegalBasis law, String securityMeasures,
                                 String accessControls) {

    public ProcessingActivity {
        dataSubjects = Set.copyOf(dataSubjects);
        dataCategories = Set.copyOf(dataCategories);
    }
}
