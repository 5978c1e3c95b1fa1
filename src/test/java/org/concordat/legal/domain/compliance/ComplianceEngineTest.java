package org.concordat.legal.domain.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every rule, where it must fire and where it must not. The baseline scenario is lawful and complete. */
class ComplianceEngineTest {

    final Scenario s = new Scenario();

    static final PartyFacts school = new PartyFacts("school", "Riverside Primary School", "EDUCATION", true, false, true, "CONTROLLER");

    private Finding only(String rule) {
        List<Finding> found = s.findings(rule);
        assertEquals(1, found.size(), "expected one " + rule + " finding, got:\n" + s.describe());
        return found.get(0);
    }

    private static PartyFacts withoutApd(PartyFacts p) {
        return new PartyFacts(p.partyId(), p.organisationName(), p.sector(), p.publicAuthority(), p.competentAuthority(),
                false, p.role());
    }

    private void none(String rule) {
        assertTrue(s.findings(rule).isEmpty(), "expected no " + rule + " finding, got:\n" + s.describe());
    }

    @Test
    void aLawfulCompleteAgreementHasNoFindings() {
        assertEquals("", s.describe());
        assertFalse(s.evaluate().blocksSubmission());
        assertEquals(RealCatalogue.CATALOGUE.version(), s.evaluate().catalogueVersion());
    }

    @Test
    void aFlowWithoutLawfulBasisIsAnError() {
        s.flow().bases = Set.of();
        Finding f = only("LAWFUL-BASIS");
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("lawfulBases", f.field());
        assertEquals("UK GDPR Article 6(1)", f.citation());
        assertTrue(s.evaluate().blocksSubmission());
    }

    @Test
    void aLawEnforcementFlowNeedsASection35Basis() {
        s.useLawEnforcementRegimeFromThePolice();
        s.flow().leBasis = null;
        assertEquals("lawEnforcementBasis", only("LAWFUL-BASIS").field());
        s.flow().leBasis = "LE-S35-2-B";
        none("LAWFUL-BASIS");
        none("LAW-ENFORCEMENT-REGIME");
    }

    @Test
    void unknownCodesAndCodesOfTheWrongKindAreErrors() {
        s.flow().bases = Set.of("A6-1-e", "A9-2-g");
        Finding f = only("CATALOGUE-CODE");
        assertTrue(f.message().startsWith("A9-2-g is not a code of the legal catalogue"), f.message());
        s.flow().bases = Set.of("A6-1-e");
        s.flow().transfer = "CARRIER_PIGEON";
        only("CATALOGUE-CODE");
    }

    @Test
    void aProvisionNotYetInForceCannotBeReliedOn() {
        s.flow().bases = Set.of("A6-1-ea");
        s.flow().gateways = Set.of("CA1989-S47");
        s.effective = RealCatalogue.CATALOGUE.find("A6-1-ea").orElseThrow().appliesFrom().minusDays(1);
        s.review = s.effective.plusYears(1);
        Finding f = only("CATALOGUE-CODE");
        assertTrue(f.message().contains("is not law on the agreement's effective date"), f.message());
        s.effective = RealCatalogue.CATALOGUE.find("A6-1-ea").orElseThrow().appliesFrom();
        s.review = s.effective.plusYears(1);
        none("CATALOGUE-CODE");
    }

    @Test
    void flowsRunBetweenTwoDifferentParties() {
        s.flow().recipient = "charity";
        assertTrue(only("FLOW-PARTIES").message().contains("recipient of this flow is not a party"));
        s.parties.add(Scenario.charity);
        none("FLOW-PARTIES");
        s.flow().recipient = "council";
        assertTrue(only("FLOW-PARTIES").message().contains("from a party to itself"));
    }

    @Test
    void aFlowSaysWhatWhomAndWhy() {
        s.flow().subjects = Set.of();
        assertEquals("dataSubjects", only("FLOW-PARTIES").field());
    }

    @Test
    void specialCategoryDataNeedsAnArticle9Condition() {
        s.flow().art9 = null;
        s.flow().sch1 = null;
        Finding f = only("SPECIAL-CATEGORY-CONDITION");
        assertEquals("article9Condition", f.field());
        assertTrue(f.message().contains("HEALTH"));
        s.flow().categories = Set.of("SOCIAL_CARE", "EDUCATION_DATA");
        s.flow().confidentiality = null;
        none("SPECIAL-CATEGORY-CONDITION");
    }

    @Test
    void substantialPublicInterestNeedsASchedule1Part2Condition() {
        s.flow().sch1 = null;
        assertTrue(only("SPECIAL-CATEGORY-CONDITION").message().contains("this flow has none"));
        s.flow().sch1 = "S1-P1-2";
        assertTrue(only("SPECIAL-CATEGORY-CONDITION").message().contains("which does not match"));
        s.flow().sch1 = "S1-P2-18";
        none("SPECIAL-CATEGORY-CONDITION");
    }

    @Test
    void healthOrSocialCareNeedsParagraph2() {
        s.flow().art9 = "A9-2-h";
        s.flow().sch1 = "S1-P2-18";
        only("SPECIAL-CATEGORY-CONDITION");
        s.flow().sch1 = "S1-P1-2";
        none("SPECIAL-CATEGORY-CONDITION");
    }

    @Test
    void aConditionNeedingAnAppropriatePolicyDocumentNeedsTheSenderToHaveOne() {
        s.parties.set(0, withoutApd(Scenario.council));
        s.flow().sch1 = "S1-P2-6";
        assertTrue(RealCatalogue.CATALOGUE.find("S1-P2-6").orElseThrow().has("needs-apd"));
        Finding f = only("APPROPRIATE-POLICY-DOCUMENT");
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().startsWith("Northshire County Council relies on"), f.message());
        assertEquals("schedule1Condition", f.field());
        assertEquals("DPA 2018 Schedule 1 paragraph 5(1)", f.citation());
        s.parties.set(0, Scenario.council);
        none("APPROPRIATE-POLICY-DOCUMENT");
    }

    @Test
    void theRecipientNeedsAnAppropriatePolicyDocumentToo() {
        s.parties.set(1, withoutApd(Scenario.hospital));
        Finding f = only("APPROPRIATE-POLICY-DOCUMENT");
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().startsWith("Northshire Hospitals NHS Trust receives this data and processes it under"
                + " Safeguarding of children and of individuals at risk (S1-P2-18) too"), f.message());
        assertEquals("DPA 2018 Schedule 1 paragraph 5(1)", f.citation());
        s.flow().bothWays = true;
        assertTrue(only("APPROPRIATE-POLICY-DOCUMENT").message().startsWith("Northshire Hospitals NHS Trust relies on"),
                "one finding for a party that both discloses and receives");
        s.flow().bothWays = false;
        s.parties.set(1, new PartyFacts("hospital", "Northshire Hospitals NHS Trust", "HEALTH", true, false, false, "PROCESSOR"));
        none("APPROPRIATE-POLICY-DOCUMENT");
    }

    @Test
    void theCitationIsTheParagraphThatRequiresTheDocument() {
        s.parties.set(0, withoutApd(Scenario.council));
        s.flow().art9 = "A9-2-b";
        s.flow().sch1 = "S1-P1-1";
        assertEquals("DPA 2018 Schedule 1 paragraph 1(1)(b)", only("APPROPRIATE-POLICY-DOCUMENT").citation());
        s.flow().categories = Set.of("CRIMINAL_OFFENCE");
        s.flow().art9 = null;
        s.flow().art10 = "A10-DPA-S10-5";
        s.flow().sch1 = null;
        s.flow().art10Sch1 = "S1-P3-35";
        Finding p35 = only("APPROPRIATE-POLICY-DOCUMENT");
        assertEquals("DPA 2018 Schedule 1 paragraph 35(1)(c)", p35.citation());
        assertEquals("article10Condition", p35.field());
        s.flow().art10Sch1 = "S1-P3-36";
        assertEquals("DPA 2018 Schedule 1 paragraphs 36 and 5(1)", only("APPROPRIATE-POLICY-DOCUMENT").citation());
        s.flow().art10Sch1 = "S1-P3-29";
        none("APPROPRIATE-POLICY-DOCUMENT");
    }

    @Test
    void disclosingToACompetentAuthorityUnderParagraph10NeedsNoDocument() {
        s.parties.set(0, withoutApd(Scenario.council));
        s.parties.add(Scenario.police);
        s.flow().recipient = "police";
        s.flow().sch1 = "S1-P2-10";
        none("APPROPRIATE-POLICY-DOCUMENT");
        s.flow().bothWays = true;
        assertTrue(only("APPROPRIATE-POLICY-DOCUMENT").message().startsWith("Northshire County Council relies on"),
                "the council also receives, and keeping what it receives is not a disclosure");
        s.flow().bothWays = false;
        s.flow().recipient = "hospital";
        assertEquals(Severity.ERROR, only("APPROPRIATE-POLICY-DOCUMENT").severity(), "the hospital is not a competent authority");
        s.flow().recipient = "police";
        s.flow().sch1 = "S1-P2-6";
        assertEquals(Severity.ERROR, only("APPROPRIATE-POLICY-DOCUMENT").severity(), "the exception is paragraph 10's only");
    }

    @Test
    void disclosingUnderParagraph27IsAWarningToConfirmTheRecipientIsAnAntiDopingBody() {
        s.parties.set(0, withoutApd(Scenario.council));
        s.flow().sch1 = "S1-P2-27";
        Finding f = only("APPROPRIATE-POLICY-DOCUMENT");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("DPA 2018 Schedule 1 paragraphs 5(1) and 27(3)", f.citation());
        assertTrue(f.action().startsWith("Confirm that Northshire Hospitals NHS Trust is such a body"), f.action());
        s.parties.set(0, Scenario.council);
        none("APPROPRIATE-POLICY-DOCUMENT");
    }

    @Test
    void sensitiveLawEnforcementProcessingNeedsADocumentAtEveryCompetentAuthority() {
        s.useLawEnforcementRegimeFromThePolice();
        s.parties.set(s.parties.size() - 1, withoutApd(Scenario.police));
        Finding f = only("APPROPRIATE-POLICY-DOCUMENT");
        assertEquals("DPA 2018 sections 35(5)(c) and 42", f.citation());
        assertEquals("sensitiveProcessing", f.field());
        s.parties.set(s.parties.size() - 1, Scenario.police);
        s.parties.set(1, withoutApd(Scenario.hospital));
        none("APPROPRIATE-POLICY-DOCUMENT");
        PartyFacts yjs = new PartyFacts("yjs", "Northshire Youth Justice Service", "YOUTH_JUSTICE", true, true, false, "CONTROLLER");
        s.parties.add(yjs);
        s.flow().recipient = "yjs";
        assertTrue(only("APPROPRIATE-POLICY-DOCUMENT").message().startsWith("Northshire Youth Justice Service receives"));
    }

    @Test
    void criminalOffenceDataNeedsAnArticle10Authority() {
        s.flow().categories = Set.of("CRIMINAL_OFFENCE");
        s.flow().art9 = null;
        s.flow().sch1 = null;
        assertEquals("article10Authority", only("CRIMINAL-OFFENCE-AUTHORITY").field());
        s.flow().art10 = "A10-OFFICIAL-AUTHORITY";
        none("CRIMINAL-OFFENCE-AUTHORITY");
    }

    @Test
    void authorisationByLawNeedsASchedule1Condition() {
        s.flow().categories = Set.of("CRIMINAL_OFFENCE");
        s.flow().art9 = null;
        s.flow().sch1 = null;
        s.flow().art10 = "A10-DPA-S10-5";
        assertEquals("article10Condition", only("CRIMINAL-OFFENCE-AUTHORITY").field());
        s.flow().sch1 = "S1-P2-18";
        assertEquals("article10Condition", only("CRIMINAL-OFFENCE-AUTHORITY").field(),
                "the special category data's condition is not the criminal offence data's");
        s.flow().sch1 = null;
        s.flow().art10Sch1 = "S1-P2-18";
        none("CRIMINAL-OFFENCE-AUTHORITY");
        s.flow().art10Sch1 = "S1-P2-16";
        assertTrue(only("CRIMINAL-OFFENCE-AUTHORITY").message().contains("which cannot apply to it"),
                "paragraph 16 is for special category data only");
    }

    @Test
    void healthDataAndOffenceDataOnOneFlowEachHaveTheirOwnCondition() {
        s.flow().categories = Set.of("HEALTH_DATA", "CRIMINAL_OFFENCE");
        s.flow().art9 = "A9-2-h";
        s.flow().sch1 = "S1-P1-2";
        s.flow().art10 = "A10-DPA-S10-5";
        s.flow().art10Sch1 = "S1-P2-18";
        none("SPECIAL-CATEGORY-CONDITION");
        none("CRIMINAL-OFFENCE-AUTHORITY");
        none("CATALOGUE-CODE");
    }

    @Test
    void criminalOffenceDataToARecipientWithoutOfficialAuthorityIsAWarning() {
        s.parties.add(Scenario.charity);
        s.flow().recipient = "charity";
        s.flow().categories = Set.of("CRIMINAL_OFFENCE");
        s.flow().art9 = null;
        s.flow().sch1 = null;
        s.flow().art10 = "A10-OFFICIAL-AUTHORITY";
        Finding f = only("CRIMINAL-OFFENCE-AUTHORITY");
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().startsWith("Brightstart Children's Charity receives criminal offence data"));
    }

    @Test
    void aPublicAuthorityCannotUseLegitimateInterestsToSafeguard() {
        s.flow().bases = Set.of("A6-1-f");
        s.flow().gateways = Set.of();
        Finding f = only("LEGITIMATE-INTERESTS-PUBLIC-AUTHORITY");
        assertEquals(Severity.ERROR, f.severity());
        s.flow().purpose = "HEALTH_CARE_COORDINATION";
        s.flow().sch1 = "S1-P1-2";
        s.flow().art9 = "A9-2-h";
        assertEquals(Severity.WARNING, only("LEGITIMATE-INTERESTS-PUBLIC-AUTHORITY").severity());
    }

    @Test
    void aCharityMayUseLegitimateInterests() {
        s.parties.add(Scenario.charity);
        s.flow().sender = "charity";
        s.flow().bases = Set.of("A6-1-f");
        s.flow().gateways = Set.of();
        none("LEGITIMATE-INTERESTS-PUBLIC-AUTHORITY");
    }

    @Test
    void consentForASafeguardingPurposeIsAWarning() {
        s.flow().bases = Set.of("A6-1-a");
        s.flow().gateways = Set.of();
        Finding f = only("CONSENT-FOR-SAFEGUARDING");
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.citation().startsWith("UK GDPR Articles 6(1)(a), 7 and 9(2)(a); HM Government, Information sharing:"
                + " advice for practitioners providing safeguarding services") && f.citation().endsWith(
                "Working Together to Safeguard Children 2023, paragraph 31"), f.citation());
        s.flow().bases = Set.of("A6-1-e");
        s.flow().gateways = Set.of("CA1989-S47");
        s.flow().art9 = "A9-2-a";
        s.flow().sch1 = null;
        only("CONSENT-FOR-SAFEGUARDING");
    }

    @Test
    void consentForEarlyHelpIsAWarningThatAgreeingToAServiceIsNotConsent() {
        assertFalse(RealCatalogue.CATALOGUE.find("EARLY_HELP").orElseThrow().has("safeguarding"));
        s.flow().purpose = "EARLY_HELP";
        s.flow().categories = Set.of("SOCIAL_CARE");
        s.flow().art9 = null;
        s.flow().sch1 = null;
        s.flow().gateways = Set.of("CA2004-S10");
        none("CONSENT-FOR-SAFEGUARDING");
        s.flow().bases = Set.of("A6-1-a");
        Finding f = only("CONSENT-FOR-SAFEGUARDING");
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().contains("agreeing to a service, which is not consent under Article 6(1)(a)")
                && f.message().contains("a public body can rarely rely on consent"), f.message());
        assertTrue(f.citation().contains("recital 43") && f.citation().contains("(2024)")
                && f.citation().contains("Working Together to Safeguard Children 2023"), f.citation());
    }

    @Test
    void consentWithTheSafeguardingConditionIsAnError() {
        s.flow().bases = Set.of("A6-1-a");
        s.flow().gateways = Set.of();
        Finding f = only("CONSENT-WITH-SAFEGUARDING-CONDITION");
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("DPA 2018 Schedule 1 paragraph 18(1)(c) and (2)", f.citation());
        assertEquals("lawfulBases", f.field());
        assertTrue(f.message().contains("without the person's consent") && f.message().contains("(A6-1-a)"), f.message());
        assertTrue(s.evaluate().blocksSubmission());
        s.flow().sch1 = "S1-P2-6";
        none("CONSENT-WITH-SAFEGUARDING-CONDITION");
        s.flow().sch1 = "S1-P2-18";
        s.flow().bases = Set.of("A6-1-e");
        s.flow().gateways = Set.of("CA1989-S47");
        none("CONSENT-WITH-SAFEGUARDING-CONDITION");
    }

    @Test
    void explicitConsentWithTheSafeguardingConditionForCriminalOffenceDataIsAnError() {
        s.flow().categories = Set.of("HEALTH_DATA", "CRIMINAL_OFFENCE");
        s.flow().art9 = "A9-2-a";
        s.flow().art10 = "A10-DPA-S10-5";
        s.flow().sch1 = "S1-P2-18";
        assertTrue(only("CONSENT-WITH-SAFEGUARDING-CONDITION").message().contains("(A9-2-a)"));
    }

    @Test
    void consentOutsideSafeguardingIsNotFlagged() {
        s.flow().purpose = "HEALTH_CARE_COORDINATION";
        s.flow().bases = Set.of("A6-1-a");
        s.flow().gateways = Set.of();
        s.flow().art9 = "A9-2-a";
        s.flow().sch1 = null;
        none("CONSENT-FOR-SAFEGUARDING");
    }

    @Test
    void healthOrSocialCareDataToABodyThatIsNeitherHealthNorTheCouncilIsAWarningToConfirmTheDutyOfConfidentiality() {
        s.flow().art9 = "A9-2-h";
        s.flow().sch1 = "S1-P1-2";
        none("OBLIGATION-OF-SECRECY");
        s.parties.add(Scenario.charity);
        s.flow().recipient = "charity";
        Finding f = only("OBLIGATION-OF-SECRECY");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("recipientSecrecy", f.field());
        assertEquals("UK GDPR Article 9(3); DPA 2018 section 11(1)", f.citation());
        s.flow().secrecy = "Family workers are bound to confidentiality by their contracts and the charity's code.";
        none("OBLIGATION-OF-SECRECY");
        s.flow().secrecy = null;
        assertTrue(f.message().startsWith("Brightstart Children's Charity receives information under Health or social care (A9-2-h)"),
                f.message());
        s.flow().sender = "hospital";
        s.flow().recipient = "council";
        none("OBLIGATION-OF-SECRECY");
        s.flow().sender = "charity";
        s.flow().recipient = "hospital";
        none("OBLIGATION-OF-SECRECY");
        s.flow().bothWays = true;
        assertTrue(only("OBLIGATION-OF-SECRECY").message().startsWith("Brightstart Children's Charity receives"),
                "the sender of a flow both ways receives too");
    }

    @Test
    void publicHealthDataToABodyThatIsNotAHealthBodyIsAWarning() {
        s.flow().art9 = "A9-2-i";
        s.flow().sch1 = "S1-P1-3";
        s.flow().sender = "hospital";
        s.flow().recipient = "council";
        Finding f = only("OBLIGATION-OF-SECRECY");
        assertEquals("UK GDPR Article 9(2)(i); DPA 2018 Schedule 1 paragraph 3(b)", f.citation());
        s.flow().sender = "council";
        s.flow().recipient = "hospital";
        none("OBLIGATION-OF-SECRECY");
        s.flow().art9 = "A9-2-g";
        s.flow().sch1 = "S1-P2-18";
        s.flow().sender = "hospital";
        s.flow().recipient = "council";
        none("OBLIGATION-OF-SECRECY");
    }

    @Test
    void legitimateInterestsNeedALegitimateInterestsAssessment() {
        s.parties.add(Scenario.charity);
        s.flow().sender = "charity";
        s.flow().bases = Set.of("A6-1-f");
        s.flow().gateways = Set.of();
        Finding f = only("LEGITIMATE-INTERESTS-ASSESSMENT");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("UK GDPR Article 6(1)(f)", f.citation());
        assertTrue(f.message().contains("balancing test") && f.message().contains("about children"), f.message());
        assertTrue(f.action().contains("reference and date on the flow"), f.action());
        assertEquals("legitimateInterestsAssessment", f.field());
        s.flow().lia = "LIA-2026-07, 3 March 2026";
        none("LEGITIMATE-INTERESTS-ASSESSMENT");
        s.flow().lia = null;
        s.flow().bases = Set.of("A6-1-e");
        none("LEGITIMATE-INTERESTS-ASSESSMENT");
    }

    @Test
    void aPublicAuthorityBarredFromLegitimateInterestsIsNotAlsoAskedForAnAssessment() {
        s.flow().bases = Set.of("A6-1-f");
        s.flow().gateways = Set.of();
        only("LEGITIMATE-INTERESTS-PUBLIC-AUTHORITY");
        none("LEGITIMATE-INTERESTS-ASSESSMENT");
        s.flow().purpose = "HEALTH_CARE_COORDINATION";
        s.flow().art9 = "A9-2-h";
        s.flow().sch1 = "S1-P1-2";
        only("LEGITIMATE-INTERESTS-ASSESSMENT");
    }

    @Test
    void aRecognisedLegitimateInterestAsksWhichAnnex1ConditionIsReliedOn() {
        s.parties.add(Scenario.charity);
        s.flow().sender = "charity";
        s.flow().bases = Set.of("A6-1-ea");
        s.flow().gateways = Set.of();
        Finding f = only("RECOGNISED-LEGITIMATE-INTEREST");
        assertEquals(Severity.ERROR, f.severity(), "Article 6(5): only for an Annex 1 condition, which the flow names");
        assertEquals("recognisedInterest", f.field());
        assertEquals("UK GDPR Article 6(1)(ea) and 6(5), Annex 1", f.citation());
        assertTrue(f.action().startsWith("Choose the Annex 1 condition relied on"), f.action());
        none("LEGITIMATE-INTERESTS-ASSESSMENT");
        s.flow().rli = "RLI-5";
        none("RECOGNISED-LEGITIMATE-INTEREST");
        s.flow().rli = "RLI-4";
        Finding crime = only("RECOGNISED-LEGITIMATE-INTEREST");
        assertEquals(Severity.WARNING, crime.severity());
        assertTrue(crime.message().contains("is not preventing, detecting or investigating crime"), crime.message());
        s.flow().purpose = "CRIME_PREVENTION_DETECTION";
        none("RECOGNISED-LEGITIMATE-INTEREST");
        s.flow().rli = "RLI-5";
        assertTrue(only("RECOGNISED-LEGITIMATE-INTEREST").message().contains("is not about protecting someone from harm"));
        s.flow().purpose = "CHILD_PROTECTION_ENQUIRY";
        s.flow().rli = "RLI-1";
        none("RECOGNISED-LEGITIMATE-INTEREST");
        s.flow().recipient = "charity";
        s.flow().sender = "council";
        assertTrue(only("RECOGNISED-LEGITIMATE-INTEREST").message().contains("the recipient is not a public body"));
        s.flow().recipient = "hospital";
        s.flow().sender = "charity";
        s.flow().rli = null;
        s.flow().bases = Set.of("A6-1-f");
        none("RECOGNISED-LEGITIMATE-INTEREST");
    }

    @Test
    void paragraph18ForADataSubjectWhoIsNeitherAChildNorAtRiskIsAWarning() {
        s.flow().subjects = Set.of("CHILD", "ALLEGED_PERPETRATOR");
        Finding f = only("SAFEGUARDING-CONDITION");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("dataSubjects", f.field());
        assertTrue(f.message().contains("ALLEGED_PERPETRATOR"));
        s.flow().subjects = Set.of("CHILD", "ADULT_AT_RISK");
        none("SAFEGUARDING-CONDITION");
    }

    @Test
    void paragraph18ForAPurposeThatIsNotSafeguardingIsAWarning() {
        s.flow().purpose = "HEALTH_CARE_COORDINATION";
        assertEquals("purpose", only("SAFEGUARDING-CONDITION").field());
    }

    @Test
    void publicTaskWithoutACataloguePowerIsAWarningThatSaysHowToNameAnother() {
        s.flow().gateways = Set.of();
        Finding f = only("STATUTORY-POWER");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("statutoryGateways", f.field());
        assertEquals("UK GDPR Article 6(1)(e) and 6(3); DPA 2018 section 8", f.citation());
        assertTrue(f.action().contains("common law power") && f.action().contains("Local Government Act 1972 section 111")
                && f.action().contains("as the flow's other basis in law"), f.action());
        assertFalse(s.evaluate().blocksSubmission(), s.describe());
        s.flow().otherPower = "Local Government Act 1972 section 111";
        none("STATUTORY-POWER");
        s.flow().otherPower = null;
        s.flow().gateways = Set.of("CA1989-S47");
        none("STATUTORY-POWER");
        s.flow().gateways = Set.of();
        s.flow().bases = Set.of("A6-1-d");
        none("STATUTORY-POWER");
    }

    @Test
    void legalObligationWithoutALawIsAnError() {
        s.flow().bases = Set.of("A6-1-c");
        s.flow().gateways = Set.of();
        Finding f = only("STATUTORY-POWER");
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("UK GDPR Article 6(1)(c) and 6(3)", f.citation());
        assertTrue(f.message().contains("cites no law that imposes the duty"), f.message());
        s.flow().bases = Set.of("A6-1-c", "A6-1-e");
        assertEquals(Severity.ERROR, only("STATUTORY-POWER").severity(), "one finding for the flow, the blocking one");
    }

    @Test
    void legalObligationBackedOnlyByAPowerIsAnError() {
        assertTrue(RealCatalogue.CATALOGUE.find("CDA1998-S115").orElseThrow().has("power"));
        assertFalse(RealCatalogue.CATALOGUE.find("CDA1998-S115").orElseThrow().has("duty"));
        s.flow().bases = Set.of("A6-1-c");
        s.flow().gateways = Set.of("CDA1998-S115");
        Finding f = only("STATUTORY-POWER");
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("none of the laws it cites imposes a duty")
                && f.message().contains("(CDA1998-S115)"), f.message());
        assertTrue(f.action().contains("public task (UK GDPR Article 6(1)(e)) instead of legal obligation"), f.action());
        s.flow().gateways = Set.of("CDA1998-S115", "CA1989-S47");
        none("STATUTORY-POWER");
        s.flow().gateways = Set.of("CDA1998-S115");
        s.flow().bases = Set.of("A6-1-e");
        none("STATUTORY-POWER");
    }

    @Test
    void aGatewayThatDoesNotReachTheDisclosersSectorIsAWarning() {
        s.parties.add(school);
        s.flow().sender = "school";
        s.flow().recipient = "council";
        s.flow().gateways = Set.of("CA1989-S17");
        assertFalse(RealCatalogue.CATALOGUE.find("CA1989-S17").orElseThrow().sectors().contains("EDUCATION"));
        Finding f = only("GATEWAY-SECTOR");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("statutoryGateways", f.field());
        assertTrue(f.message().contains("Riverside Primary School") && f.message().contains("(CA1989-S17)"), f.message());
        assertTrue(RealCatalogue.CATALOGUE.entries(org.concordat.legal.domain.Topic.STATUTORY_GATEWAYS).stream()
                .filter(g -> g.sectors().contains("EDUCATION") && g.has("safeguarding"))
                .anyMatch(g -> f.action().contains("such as " + g.citation())), "suggests a law that reaches schools: " + f.action());
        s.flow().gateways = Set.of("CA1989-S17", "EA2002-S175");
        none("GATEWAY-SECTOR");
        assertTrue(RealCatalogue.CATALOGUE.find("CDA1998-S115").orElseThrow().sectors().isEmpty());
        s.flow().gateways = Set.of("CDA1998-S115");
        none("GATEWAY-SECTOR");
    }

    @Test
    void aGatewayIsCheckedAgainstEveryDiscloserButNotAgainstTheRecipient() {
        s.parties.add(school);
        s.flow().recipient = "school";
        s.flow().gateways = Set.of("CA1989-S17");
        none("GATEWAY-SECTOR");
        s.flow().bothWays = true;
        assertTrue(only("GATEWAY-SECTOR").message().contains("Riverside Primary School"));
    }

    @Test
    void insecureTransferAndMissingRetentionAreErrors() {
        s.flow().transfer = "UNENCRYPTED_EMAIL";
        assertEquals("transferMethod", only("TRANSFER-AND-RETENTION").field());
        assertEquals(Severity.ERROR, only("TRANSFER-AND-RETENTION").severity());
        s.flow().transfer = "POST";
        assertEquals(Severity.ERROR, only("TRANSFER-AND-RETENTION").severity(), "ordinary post stays insecure");
        s.flow().transfer = "SECURE_EMAIL";
        s.flow().retention = " ";
        assertEquals("retention", only("TRANSFER-AND-RETENTION").field());
    }

    @Test
    void trackedSignedForPostIsAWarningNotAnError() {
        assertTrue(RealCatalogue.CATALOGUE.find("TRACKED_POST").orElseThrow().has("limited-security"));
        s.flow().transfer = "TRACKED_POST";
        Finding f = only("TRANSFER-AND-RETENTION");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("transferMethod", f.field());
        assertEquals("UK GDPR Articles 5(1)(f) and 32", f.citation());
        assertTrue(f.message().startsWith("Tracked, signed-for post (TRACKED_POST) is less secure"), f.message());
        assertFalse(s.evaluate().blocksSubmission());
        s.flow().transfer = "SECURE_EMAIL";
        none("TRANSFER-AND-RETENTION");
    }

    @Test
    void aLawEnforcementFlowMustNotUseArticle9() {
        s.useLawEnforcementRegimeFromThePolice();
        s.flow().art9 = "A9-2-g";
        s.flow().sch1 = "S1-P2-18";
        assertTrue(only("LAW-ENFORCEMENT-REGIME").message().contains("cites UK GDPR conditions"));
    }

    @Test
    void sensitiveLawEnforcementProcessingNeedsSection35AndSchedule8() {
        s.useLawEnforcementRegimeFromThePolice();
        s.flow().sensitive = null;
        s.flow().sch8 = null;
        assertEquals("sensitiveProcessing", only("LAW-ENFORCEMENT-REGIME").field());
        s.flow().sensitive = "LE-S35-5";
        assertEquals("schedule8Condition", only("LAW-ENFORCEMENT-REGIME").field());
        s.flow().sch8 = "LE-S8-4";
        none("LAW-ENFORCEMENT-REGIME");
    }

    @Test
    void onlyACompetentAuthorityUsesTheLawEnforcementRegime() {
        s.useLawEnforcementRegime();
        assertTrue(only("LAW-ENFORCEMENT-REGIME").message().contains("is not a competent authority"));
    }

    @Test
    void aLawEnforcementFlowNeedsALawEnforcementPurpose() {
        s.useLawEnforcementRegimeFromThePolice();
        assertTrue(RealCatalogue.CATALOGUE.find("CRIME_PREVENTION_DETECTION").orElseThrow().has("law-enforcement"));
        none("LAW-ENFORCEMENT-PURPOSE");
        s.flow().purpose = "CHILD_PROTECTION_ENQUIRY";
        Finding f = only("LAW-ENFORCEMENT-PURPOSE");
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("purpose", f.field());
        assertEquals("DPA 2018 section 31", f.citation());
    }

    @Test
    void aCompetentAuthoritySharingForALawEnforcementPurposeUnderTheGeneralRegimeIsAWarning() {
        s.parties.add(Scenario.police);
        s.flow().sender = "police";
        s.flow().purpose = "CRIME_PREVENTION_DETECTION";
        Finding f = only("LAW-ENFORCEMENT-PURPOSE");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("regime", f.field());
        assertTrue(f.message().startsWith("Northshire Police is a competent authority"), f.message());
        s.flow().purpose = "CHILD_PROTECTION_ENQUIRY";
        none("LAW-ENFORCEMENT-PURPOSE");
        s.flow().purpose = "CRIME_PREVENTION_DETECTION";
        s.flow().sender = "council";
        none("LAW-ENFORCEMENT-PURPOSE");
    }

    @Test
    void aLawEnforcementFlowToARecipientThatIsNotACompetentAuthorityNeedsAuthorisationByLaw() {
        s.useLawEnforcementRegimeFromThePolice();
        Finding f = only("LAW-ENFORCEMENT-RECIPIENT");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("recipient", f.field());
        assertEquals("DPA 2018 section 36(3) and (4)", f.citation());
        assertTrue(f.message().startsWith("Northshire Hospitals NHS Trust is not a competent authority")
                && f.message().contains("authorised by law; this flow cites"), f.message());
        s.flow().gateways = Set.of();
        assertTrue(only("LAW-ENFORCEMENT-RECIPIENT").message().endsWith("this flow cites no law."));
        s.parties.add(new PartyFacts("yjs", "Northshire Youth Justice Service", "YOUTH_JUSTICE", true, true, true, "CONTROLLER"));
        s.flow().recipient = "yjs";
        none("LAW-ENFORCEMENT-RECIPIENT");
        s.flow().recipient = "hospital";
        s.useLawEnforcementRegime();
        s.flow().regime = Regime.GENERAL;
        none("LAW-ENFORCEMENT-RECIPIENT");
    }

    @Test
    void childrensSpecialCategoryDataNeedsACompletedDpia() {
        s.dpia = DpiaStatus.IN_PROGRESS;
        Finding f = only("DPIA-REQUIRED");
        assertTrue(f.message().contains("its DPIA is not completed yet"));
        s.dpia = DpiaStatus.NONE;
        assertTrue(only("DPIA-REQUIRED").message().contains("no DPIA is linked"));
        s.flow().subjects = Set.of("PARENT_CARER");
        none("DPIA-REQUIRED");
    }

    @Test
    void adultsAtRisksSpecialCategoryDataNeedsACompletedDpiaAsChildrensDoes() {
        s.dpia = DpiaStatus.NONE;
        s.flow().subjects = Set.of("ADULT_AT_RISK");
        Finding f = only("DPIA-REQUIRED");
        assertTrue(f.message().contains("children or adults at risk"), f.message());
        assertEquals("UK GDPR Article 35", f.citation());
        s.dpia = DpiaStatus.COMPLETED;
        none("DPIA-REQUIRED");
    }

    @Test
    void theAgreementNeedsAReviewDateAfterItsEffectiveDate() {
        s.review = null;
        assertEquals("reviewDate", only("REVIEW-DATE").field());
        s.review = s.effective;
        assertTrue(only("REVIEW-DATE").message().contains("not after the effective date"));
    }

    @Test
    void duplicateFlowsAndIdleParties() {
        Scenario.Flow copy = new Scenario.Flow("F2");
        s.flows.add(copy);
        assertEquals("F2", only("DUPLICATE-FLOW").flowId());
        s.parties.add(Scenario.charity);
        assertTrue(only("PARTY-WITHOUT-FLOW").message().startsWith("Brightstart Children's Charity is a party"));
    }

    @Test
    void anAgreementWithoutFlowsCannotBeSubmitted() {
        s.flows.clear();
        only("NO-FLOWS");
        assertTrue(s.evaluate().blocksSubmission());
    }

    @Test
    void confidentialInformationNeedsAConfidentialityBasis() {
        s.flow().confidentiality = null;
        assertEquals(Severity.WARNING, only("CONFIDENTIALITY-BASIS").severity());
        s.flow().categories = Set.of("EDUCATION_DATA");
        s.flow().art9 = null;
        s.flow().sch1 = null;
        none("CONFIDENTIALITY-BASIS");
    }

    @Test
    void errorsComeFirst() {
        s.flow().confidentiality = null;
        s.flow().retention = null;
        List<Finding> findings = s.evaluate().findings();
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertEquals(Severity.WARNING, findings.get(findings.size() - 1).severity());
    }
}
