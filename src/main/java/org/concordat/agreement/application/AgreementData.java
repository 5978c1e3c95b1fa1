package org.concordat.agreement.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.concordat.agreement.domain.FlowDetails;
import org.concordat.agreement.domain.PartyRole;
import org.concordat.agreement.domain.VersionStatus;
import org.concordat.legal.domain.compliance.ComplianceReport;
import org.concordat.shared.domain.StatusTag;

/**
 * An agreement version as the editor and the API see it, with the compliance findings of its current state
 * and the parties' decisions on its submissions.
 *
 * @param lockVersion what the next change must send back (optimistic locking)
 * @param publicRegister whether the agreement appears on the public register while a version is in force
 * @param canPublish     the lead organisation's IG lead may list it there, once a version has been approved
 */
public record AgreementData(long agreementId, String reference, long versionId, int number, VersionStatus status,
                            long lockVersion, String title, String purpose, String benefits, LocalDate effectiveDate,
                            LocalDate reviewDate, LocalDate endDate, long templateVersionId, long leadOrganisationId,
                            List<PartyData> parties, List<FlowData> flows, Map<String, String> answers,
                            ComplianceReport compliance, boolean canEdit, int submissionRound, boolean inForce,
                            List<DecisionData> decisions, boolean canSubmit, boolean canDecide,
                            LocalDate terminatedOn, String terminationReason, boolean canAmend, boolean canTerminate,
                            boolean publicRegister, boolean canPublish) implements Serializable {

    /** Where the version stands on a day, in the words every page and the API use (the same as its entity's tag). */
    public StatusTag tag(LocalDate day) {
        return StatusTag.of(status.stage(submissionRound), effectiveDate, reviewDate, endDate, day);
    }

    /** A party's decision; round tells which submission it was about. */
    public record DecisionData(int round, long organisationId, String organisationName, String decision, String comment,
                               String decidedBy, java.time.Instant decidedAt) implements Serializable {
    }

    public record PartyData(String key, long organisationId, String organisationName, PartyRole role,
                            String signatoryName, String contactName, String contactEmail) implements Serializable {
    }

    public record FlowData(String key, FlowDetails details) implements Serializable {
    }
}
