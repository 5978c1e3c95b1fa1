package org.concordat.document.render.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.concordat.agreement.application.AgreementData;
import org.concordat.agreement.domain.FlowDetails;
import org.concordat.agreement.domain.VersionStatus;
import org.concordat.legal.domain.LegalBasis;
import org.concordat.legal.domain.compliance.Regime;

/**
 * The machine-readable copy of an agreement version that its PDF carries, so that a partner's system can read
 * exactly what the document says. It holds what was agreed, not what depends on the reader or on the day: no
 * permissions, lock version, compliance findings or decisions. Its shape is the format {@value #FORMAT}, frozen:
 * the flows are written by this class's own {@link Flow}, never by the domain's records, so that a change inside
 * the application cannot change what signed documents say (SignedFormatTest compares a full copy with a golden file).
 *
 * @param format           names this shape, for the systems that read it
 * @param catalogueVersion the legal catalogue the document's titles, summaries and citations come from
 * @param answers          section answers keyed section-key.field-key
 */
public record AgreementVersionCopy(String format, long agreementId, String reference, long versionId, int number,
                                   VersionStatus status, String title, String purpose, String benefits,
                                   LocalDate effectiveDate, LocalDate reviewDate, LocalDate endDate, long templateVersionId,
                                   String catalogueVersion, long leadOrganisationId,
                                   List<AgreementData.PartyData> parties, List<Flow> flows,
                                   Map<String, String> answers, LocalDate terminatedOn, String terminationReason) {

    public static final String FORMAT = "concordat.agreement-version/1";

    static AgreementVersionCopy of(AgreementData data, String catalogueVersion) {
        return new AgreementVersionCopy(FORMAT, data.agreementId(), data.reference(), data.versionId(), data.number(),
                data.status(), data.title(), data.purpose(), data.benefits(), data.effectiveDate(), data.reviewDate(),
                data.endDate(), data.templateVersionId(), catalogueVersion, data.leadOrganisationId(), data.parties(),
                data.flows().stream().map(Flow::new).toList(),
                // sorted, so that the same version always reads the same
                new TreeMap<>(data.answers()), data.terminatedOn(), data.terminationReason());
    }

    /** A flow of the copy: its key and its details. */
    public static final class Flow {
        public final String key;
        public final Details details;

        Flow(AgreementData.FlowData flow) {
            key = flow.key();
            details = new Details(flow.details());
        }
    }

    /**
     * A flow's details in format 1: flat, as first published. schedule1Condition keeps its first meaning — the one
     * Schedule 1 condition of the flow: the special category data's, or, on a flow without it, the criminal offence
     * data's. The fields added since (article10Condition, recognisedInterest, otherLegalPower,
     * legitimateInterestsAssessment, recipientSecrecy) are absent when unused.
     */
    public static final class Details {
        public final String sender;
        public final String recipient;
        public final boolean bothWays;
        public final Set<String> dataSubjects;
        public final Set<String> dataCategories;
        public final String purpose;
        public final String frequency;
        public final String transferMethod;
        public final String retention;
        public final Regime regime;
        public final Set<String> lawfulBases;
        public final String recognisedInterest;
        public final String article9Condition;
        public final String schedule1Condition;
        public final String article10Authority;
        public final String article10Condition;
        public final String lawEnforcementBasis;
        public final String sensitiveProcessing;
        public final String schedule8Condition;
        public final Set<String> statutoryGateways;
        public final String otherLegalPower;
        public final String confidentialityBasis;
        public final String legitimateInterestsAssessment;
        public final String recipientSecrecy;
        public final String notes;

        Details(FlowDetails d) {
            LegalBasis law = d.law();
            sender = d.sender();
            recipient = d.recipient();
            bothWays = d.bothWays();
            // Sets in code order: the same version always reads the same (Set.copyOf's order changes from run to run).
            dataSubjects = new java.util.TreeSet<>(d.dataSubjects());
            dataCategories = new java.util.TreeSet<>(d.dataCategories());
            purpose = d.purpose();
            frequency = d.frequency();
            transferMethod = d.transferMethod();
            retention = d.retention();
            regime = law.regime();
            lawfulBases = new java.util.TreeSet<>(law.lawfulBases());
            recognisedInterest = law.recognisedInterest();
            article9Condition = law.specialCategory().condition();
            schedule1Condition = law.firstPublishedSchedule1Condition();
            article10Authority = law.criminalOffence().condition();
            // Written only when it adds to schedule1Condition: a reader of the first format misses nothing.
            article10Condition = law.criminalOffence().schedule() == null
                    || law.criminalOffence().schedule().equals(schedule1Condition) ? null : law.criminalOffence().schedule();
            lawEnforcementBasis = law.lawEnforcementBasis();
            sensitiveProcessing = law.sensitiveProcessing().condition();
            schedule8Condition = law.sensitiveProcessing().schedule();
            statutoryGateways = new java.util.TreeSet<>(law.statutoryGateways());
            otherLegalPower = law.otherLegalPower();
            confidentialityBasis = law.confidentialityBasis();
            legitimateInterestsAssessment = law.legitimateInterestsAssessment();
            recipientSecrecy = law.recipientSecrecy();
            notes = d.notes();
        }
    }
}
