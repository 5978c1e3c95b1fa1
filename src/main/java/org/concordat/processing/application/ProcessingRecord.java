package org.concordat.processing.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One organisation's record of processing on a day (UK GDPR Article 30(1)), as far as Concordat holds it: the
 * processing it takes part in through agreements in force, and, for each Schedule 1 condition relied on that needs an
 * appropriate policy document, the record DPA 2018 Schedule 1 paragraph 41 asks for. Plain names from the legal
 * catalogue; codes beside them for systems.
 *
 * @param law         the provisions that ask for this record (Article 30, Schedule 1 paragraph 41), from the catalogue
 * @param scope       what the record covers and what it does not, in words
 * @param activities  one per flow of an agreement in force that the organisation sends or receives, filtered
 * @param paragraph41 one per Schedule 1 condition relied on, in the catalogue's order of codes
 */
@Schema(name = "ProcessingRecord")
public record ProcessingRecord(Controller controller, LocalDate asOn, Filter filter, List<Provision> law, String scope,
                               List<Activity> activities, List<ConditionRecord> paragraph41) implements Serializable {

    public ProcessingRecord {
        law = List.copyOf(law);
        activities = List.copyOf(activities);
        paragraph41 = List.copyOf(paragraph41);
    }

    /** A code and its plain name from the catalogue (the code itself when the catalogue does not hold it). */
    @Schema(name = "RecordCoded")
    public record Coded(String code, String name) implements Serializable {
    }

    /** A provision of law: its code, plain name and exact citation. */
    @Schema(name = "RecordProvision")
    public record Provision(String code, String name, String citation) implements Serializable {
    }

    /** The filter applied, with the names of what it asks for (null for any). */
    @Schema(name = "RecordFilter")
    public record Filter(Provision lawfulBasis, Provision article9Condition) implements Serializable {
    }

    /**
     * Article 30(1)(a): the controller and its data protection officer; the organisation's appropriate policy document.
     *
     * @param appropriatePolicyDocument the reference and date of the document, in words; null when none is recorded
     */
    @Schema(name = "RecordController")
    public record Controller(long organisationId, String name, String sector, boolean publicAuthority,
                             String icoRegistrationNumber, String dpoName, String dpoEmail, String dpoPhone,
                             String appropriatePolicyDocument) implements Serializable {
    }

    /** The agreement version the processing is under. */
    @Schema(name = "RecordAgreement")
    public record Agreement(String reference, String title, long versionId, int versionNumber, LocalDate effectiveDate,
                            LocalDate reviewDate, LocalDate endDate) implements Serializable {
    }

    /**
     * The organisation's part: its role in the agreement (controller, joint controller, processor), whether it
     * discloses or receives, and the organisation at the other end with its sector (the category of recipient).
     */
    @Schema(name = "RecordPart")
    public record Part(Coded role, Coded direction, String otherOrganisation, String otherOrganisationSector) implements Serializable {
    }

    /** The law of the flow, each provision named (Article 6, Article 9 and 10 with their Schedule 1 conditions, Part 3). */
    @Schema(name = "RecordLaw")
    public record Law(Coded regime, List<Provision> lawfulBases, Provision recognisedInterest, Provision article9Condition,
                      Provision schedule1Condition, Provision article10Authority, Provision article10Condition,
                      Provision lawEnforcementBasis, Provision sensitiveProcessing, Provision schedule8Condition,
                      List<Provision> statutoryGateways, String otherLegalPower) implements Serializable {
        public Law {
            lawfulBases = List.copyOf(lawfulBases);
            statutoryGateways = List.copyOf(statutoryGateways);
        }
    }

    /** Article 30(1)(g): how the data travels and is kept safe, as the agreement records it. */
    @Schema(name = "RecordSecurity")
    public record Security(Coded transferMethod, String frequency, String securityMeasures, String accessControls) implements Serializable {
    }

    /**
     * One processing activity: the organisation's part in one flow.
     *
     * @param appropriatePolicyDocument whether the flow relies on a condition that needs the document and, if so, the
     *                                  organisation's document (or that none is recorded), in words
     * @param transfersOutsideUk        Article 30(1)(e), in words: agreements do not record transfers abroad
     */
    @Schema(name = "RecordActivity")
    public record Activity(Agreement agreement, String flow, Part part, Coded purpose, List<Coded> dataSubjects,
                           List<Coded> dataCategories, Law law, String appropriatePolicyDocument, String retention,
                           Security security, String transfersOutsideUk) implements Serializable {
        public Activity {
            dataSubjects = List.copyOf(dataSubjects);
            dataCategories = List.copyOf(dataCategories);
        }
    }

    /** Schedule 1 paragraph 41 for one condition: the condition (41(a)) and each processing relying on it. */
    @Schema(name = "RecordCondition")
    public record ConditionRecord(Provision condition, List<ConditionUse> uses) implements Serializable {
        public ConditionRecord {
            uses = List.copyOf(uses);
        }
    }

    /**
     * One processing under a condition.
     *
     * @param reliedOnFor  special category data (Article 9) or criminal offence data (Article 10, DPA 2018 s10(5))
     * @param article6     paragraph 41(b): how the processing satisfies Article 6, the bases named and cited
     * @param retention    the retention agreed for the flow (the recipient's), or null
     * @param retentionAndErasure paragraph 41(c), in words: what the controller must confirm against its document
     */
    @Schema(name = "RecordConditionUse")
    public record ConditionUse(String agreementReference, int versionNumber, String flow, Coded direction,
                               String otherOrganisation, Coded purpose, Coded reliedOnFor, List<Provision> article6,
                               String retention, String retentionAndErasure) implements Serializable {
        public ConditionUse {
            article6 = List.copyOf(article6);
        }
    }
}
