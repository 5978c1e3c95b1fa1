package org.concordat.agreement.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.concordat.agreement.domain.FlowDetails;
import org.concordat.legal.domain.LegalBasis;
import org.concordat.legal.domain.compliance.Regime;

/**
 * A sharing flow as the REST API reads and writes it: flat, every legal choice a field of its own, the shape partner
 * systems have used since version 1 of the API (the law's fields are those of {@link LegalBasis#fields()}). Fields
 * added later are optional: a flow sent without them keeps its meaning.
 */
public class FlowDetailsJson {

    // The constraints the application checks (FlowDetails), here so that /openapi documents them.
    @NotBlank(message = "{agreement.flow.sender.required}")
    public String sender;
    @NotBlank(message = "{agreement.flow.recipient.required}")
    public String recipient;
    public boolean bothWays;
    public Set<String> dataSubjects;
    public Set<String> dataCategories;
    public String purpose;
    @Size(max = 200, message = "{agreement.flow.frequency.size}")
    public String frequency;
    public String transferMethod;
    @Size(max = 500, message = "{agreement.flow.retention.size}")
    public String retention;
    public Regime regime;
    public Set<String> lawfulBases;
    /** For Article 6(1)(ea): the Annex 1 condition relied on. */
    public String recognisedInterest;
    public String article9Condition;
    /** The special category data's Schedule 1 condition. */
    public String schedule1Condition;
    public String article10Authority;
    /** The criminal offence data's own Schedule 1 condition (DPA 2018 s10(5)). */
    public String article10Condition;
    public String lawEnforcementBasis;
    public String sensitiveProcessing;
    public String schedule8Condition;
    public Set<String> statutoryGateways;
    /** A basis in law the catalogue does not hold, with its citation. */
    @Size(max = LegalBasis.OTHER_LEGAL_POWER_MAX, message = "{agreement.flow.otherLegalPower.size}")
    public String otherLegalPower;
    public String confidentialityBasis;
    /** For Article 6(1)(f): the legitimate interests assessment relied on, its reference and date. */
    @Size(max = LegalBasis.NOTE_MAX, message = "{agreement.flow.legitimateInterestsAssessment.size}")
    public String legitimateInterestsAssessment;
    /** For Article 9(2)(h) or (i): how the recipient's staff are bound to confidentiality. */
    @Size(max = LegalBasis.NOTE_MAX, message = "{agreement.flow.recipientSecrecy.size}")
    public String recipientSecrecy;
    @Size(max = 4000, message = "{agreement.flow.notes.size}")
    public String notes;

    static FlowDetailsJson of(FlowDetails d) {
        FlowDetailsJson json = new FlowDetailsJson();
        json.sender = d.sender();
        json.recipient = d.recipient();
        json.bothWays = d.bothWays();
        json.dataSubjects = d.dataSubjects();
        json.dataCategories = d.dataCategories();
        json.purpose = d.purpose();
        json.frequency = d.frequency();
        json.transferMethod = d.transferMethod();
        json.retention = d.retention();
        LegalBasis law = d.law();
        json.regime = law.regime();
        json.lawfulBases = law.lawfulBases();
        json.recognisedInterest = law.recognisedInterest();
        json.article9Condition = law.specialCategory().condition();
        json.schedule1Condition = law.specialCategory().schedule();
        json.article10Authority = law.criminalOffence().condition();
        json.article10Condition = law.criminalOffence().schedule();
        json.lawEnforcementBasis = law.lawEnforcementBasis();
        json.sensitiveProcessing = law.sensitiveProcessing().condition();
        json.schedule8Condition = law.sensitiveProcessing().schedule();
        json.statutoryGateways = law.statutoryGateways();
        json.otherLegalPower = law.otherLegalPower();
        json.confidentialityBasis = law.confidentialityBasis();
        json.legitimateInterestsAssessment = law.legitimateInterestsAssessment();
        json.recipientSecrecy = law.recipientSecrecy();
        json.notes = d.notes();
        return json;
    }

    FlowDetails details() {
        String specialSchedule = schedule1Condition;
        String criminalSchedule = article10Condition;
        // Before article10Condition existed, schedule1Condition held the criminal offence data's condition on a flow
        // without special category data: a client written then keeps meaning what it meant.
        if (criminalSchedule == null && article9Condition == null && article10Authority != null) {
            criminalSchedule = specialSchedule;
            specialSchedule = null;
        }
        return new FlowDetails(sender, recipient, bothWays, dataSubjects, dataCategories, purpose, frequency,
                transferMethod, retention, new LegalBasis(regime, lawfulBases, recognisedInterest,
                LegalBasis.Condition.of(article9Condition, specialSchedule),
                LegalBasis.Condition.of(article10Authority, criminalSchedule), lawEnforcementBasis,
                LegalBasis.Condition.of(sensitiveProcessing, schedule8Condition), statutoryGateways, otherLegalPower,
                confidentialityBasis, legitimateInterestsAssessment, recipientSecrecy), notes);
    }
}
