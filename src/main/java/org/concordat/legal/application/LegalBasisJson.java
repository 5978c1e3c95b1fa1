package org.concordat.legal.application;

import jakarta.validation.constraints.Size;
import java.util.Set;
import org.concordat.legal.domain.LegalBasis;
import org.concordat.legal.domain.compliance.Regime;

/**
 * A flow's law as the REST API has always written it: flat, one field per choice (the names of
 * {@link LegalBasis#fields()}). The API's flow shapes extend it, so that the law's wire form, and the reading of flows
 * written before a field existed, live in one place. Fields added later are optional.
 */
public class LegalBasisJson {

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

    /** The fields, from a flow's law. */
    protected void write(LegalBasis law) {
        regime = law.regime();
        lawfulBases = law.lawfulBases();
        recognisedInterest = law.recognisedInterest();
        article9Condition = law.specialCategory().condition();
        schedule1Condition = law.specialCategory().schedule();
        article10Authority = law.criminalOffence().condition();
        article10Condition = law.criminalOffence().schedule();
        lawEnforcementBasis = law.lawEnforcementBasis();
        sensitiveProcessing = law.sensitiveProcessing().condition();
        schedule8Condition = law.sensitiveProcessing().schedule();
        statutoryGateways = law.statutoryGateways();
        otherLegalPower = law.otherLegalPower();
        confidentialityBasis = law.confidentialityBasis();
        legitimateInterestsAssessment = law.legitimateInterestsAssessment();
        recipientSecrecy = law.recipientSecrecy();
    }

    /**
     * The flow's law, as sent. Before article10Condition existed, schedule1Condition held the criminal offence data's
     * condition on a flow without special category data: a client written then keeps meaning what it meant.
     */
    public LegalBasis legalBasis() {
        String specialSchedule = schedule1Condition;
        String criminalSchedule = article10Condition;
        if (criminalSchedule == null && article9Condition == null && article10Authority != null) {
            criminalSchedule = specialSchedule;
            specialSchedule = null;
        }
        return new LegalBasis(regime, lawfulBases, recognisedInterest,
                LegalBasis.Condition.of(article9Condition, specialSchedule),
                LegalBasis.Condition.of(article10Authority, criminalSchedule), lawEnforcementBasis,
                LegalBasis.Condition.of(sensitiveProcessing, schedule8Condition), statutoryGateways, otherLegalPower,
                confidentialityBasis, legitimateInterestsAssessment, recipientSecrecy);
    }
}
