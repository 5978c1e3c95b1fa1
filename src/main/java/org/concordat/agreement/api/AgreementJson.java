package org.concordat.agreement.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.concordat.agreement.application.AgreementData;
import org.concordat.agreement.domain.VersionStatus;
import org.concordat.legal.domain.compliance.ComplianceReport;
import org.concordat.shared.domain.StatusTag;

/**
 * An agreement version as the REST API gives it: the application's view of the version (what the editor sees, and
 * what the caller may do with it), with each flow in the API's own flat shape. The API owns this shape, so that a
 * change inside the application never reaches partner systems unnoticed (the /openapi snapshot test guards it).
 */
public class AgreementJson {

    public final long agreementId;
    public final String reference;
    public final long versionId;
    public final int number;
    public final VersionStatus status;
    /** Where the version stands today, derived from its status and dates: the code of the words every page shows. */
    public final StatusTag tag;
    /** Those words ("In force", "Review due", ...). */
    public final String tagLabel;
    /** What the next change must send back (optimistic locking). */
    public final long lockVersion;
    public final String title;
    public final String purpose;
    public final String benefits;
    public final LocalDate effectiveDate;
    public final LocalDate reviewDate;
    public final LocalDate endDate;
    public final long templateVersionId;
    public final long leadOrganisationId;
    public final List<AgreementData.PartyData> parties;
    public final List<AgreementFlowJson> flows;
    public final Map<String, String> answers;
    public final ComplianceReport compliance;
    public final boolean canEdit;
    public final int submissionRound;
    public final boolean inForce;
    public final List<AgreementData.DecisionData> decisions;
    public final boolean canSubmit;
    public final boolean canDecide;
    public final LocalDate terminatedOn;
    public final String terminationReason;
    public final boolean canAmend;
    public final boolean canTerminate;
    public final boolean publicRegister;
    public final boolean canPublish;

    /** A flow and its key (F1, F2, ...). */
    public static class AgreementFlowJson {
        public final String key;
        public final FlowDetailsJson details;

        AgreementFlowJson(AgreementData.FlowData flow) {
            key = flow.key();
            details = FlowDetailsJson.of(flow.details());
        }
    }

    AgreementJson(AgreementData d, LocalDate today) {
        agreementId = d.agreementId();
        reference = d.reference();
        versionId = d.versionId();
        number = d.number();
        status = d.status();
        tag = d.tag(today);
        tagLabel = tag.label();
        lockVersion = d.lockVersion();
        title = d.title();
        purpose = d.purpose();
        benefits = d.benefits();
        effectiveDate = d.effectiveDate();
        reviewDate = d.reviewDate();
        endDate = d.endDate();
        templateVersionId = d.templateVersionId();
        leadOrganisationId = d.leadOrganisationId();
        parties = d.parties();
        flows = d.flows().stream().map(AgreementFlowJson::new).toList();
        answers = d.answers();
        compliance = d.compliance();
        canEdit = d.canEdit();
        submissionRound = d.submissionRound();
        inForce = d.inForce();
        decisions = d.decisions();
        canSubmit = d.canSubmit();
        canDecide = d.canDecide();
        terminatedOn = d.terminatedOn();
        terminationReason = d.terminationReason();
        canAmend = d.canAmend();
        canTerminate = d.canTerminate();
        publicRegister = d.publicRegister();
        canPublish = d.canPublish();
    }
}
