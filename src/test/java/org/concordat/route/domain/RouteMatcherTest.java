package org.concordat.route.domain;

import static org.concordat.route.domain.Candidates.COUNCIL;
import static org.concordat.route.domain.Candidates.POLICE;
import static org.concordat.route.domain.Candidates.SCHOOL;
import static org.concordat.route.domain.Candidates.TODAY;
import static org.concordat.route.domain.Candidates.agreement;
import static org.concordat.route.domain.Candidates.ask;
import static org.concordat.route.domain.Candidates.schoolToCouncil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.concordat.agreement.domain.VersionStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every matching rule, where it covers and where it does not, with the reasons it gives. */
class RouteMatcherTest {

    final RouteMatcher matcher = new RouteMatcher();

    private RouteAnswer answer(RouteQuestion question, Candidates.VersionSpec... versions) {
        return matcher.answer(question, Arrays.stream(versions).map(Candidates.VersionSpec::build).toList(), TODAY);
    }

    private static List<String> covering(RouteAnswer answer) {
        return answer.coveredBy().stream().map(c -> c.version().reference() + " " + c.flow().key()).toList();
    }

    private static Set<ReasonCode> codes(RouteAnswer answer) {
        return answer.reasons().stream().map(Reason::code).collect(Collectors.toSet());
    }

    private static Reason only(RouteAnswer answer, ReasonCode code) {
        List<Reason> found = answer.reasons().stream().filter(r -> r.code() == code).toList();
        assertEquals(1, found.size(), "expected one " + code + " in " + answer.reasons());
        return found.get(0);
    }

    @Nested
    class Categories {

        @Test
        void theExactRouteIsCoveredByItsFlow() {
            RouteAnswer a = answer(schoolToCouncil("EDUCATION_DATA", "SOCIAL_CARE"), agreement(1));
            assertEquals(Outcome.COVERED, a.outcome());
            assertEquals(List.of("DSA-2026-0001 F1"), covering(a));
            assertEquals(Set.of("EDUCATION_DATA", "SOCIAL_CARE"), a.coveredBy().get(0).categories());
            assertTrue(a.reasons().isEmpty(), a.reasons().toString());
            assertTrue(a.notCovered().isEmpty());
        }

        @Test
        void someOfTheFlowsCategoriesAreCovered() {
            RouteAnswer a = answer(schoolToCouncil("EDUCATION_DATA"), agreement(1));
            assertEquals(Outcome.COVERED, a.outcome());
            assertEquals(Set.of("EDUCATION_DATA"), a.coveredBy().get(0).categories(), "only what was asked");
        }

        @Test
        void aCategoryTheFlowLeavesOutMakesTheRoutePartlyCovered() {
            RouteAnswer a = answer(schoolToCouncil("EDUCATION_DATA", "HEALTH_DATA"), agreement(1));
            assertEquals(Outcome.PARTLY_COVERED, a.outcome());
            assertEquals(Set.of("EDUCATION_DATA"), a.coveredCategories());
            assertEquals(Set.of("HEALTH_DATA"), a.uncoveredCategories());
            assertEquals(List.of(new Gap(Set.of("CHILD"), Set.of("HEALTH_DATA"))), a.notCovered());
            Reason r = only(a, ReasonCode.CATEGORY_NOT_INCLUDED);
            assertEquals(Set.of("HEALTH_DATA"), r.items());
            assertEquals(List.of("F1"), r.flowKeys());
            assertEquals("DSA-2026-0001", r.version().reference());
        }

        @Test
        void noCategoryInCommonIsNotCovered() {
            RouteAnswer a = answer(schoolToCouncil("HEALTH_DATA", "HOUSING"), agreement(1));
            assertEquals(Outcome.NOT_COVERED, a.outcome());
            assertEquals(Set.of("HEALTH_DATA", "HOUSING"), only(a, ReasonCode.CATEGORY_NOT_INCLUDED).items());
            assertTrue(a.coveredBy().isEmpty());
        }
    }

    @Nested
    class Subjects {

        @Test
        void aSubjectTheFlowLeavesOutMakesTheRoutePartlyCovered() {
            RouteAnswer a = answer(ask(SCHOOL, COUNCIL, Set.of("CHILD", "PARENT_CARER"), Set.of("EDUCATION_DATA"),
                    "CHILD_IN_NEED"), agreement(1));
            assertEquals(Outcome.PARTLY_COVERED, a.outcome());
            assertEquals(Set.of("CHILD"), a.coveredSubjects());
            assertEquals(Set.of("PARENT_CARER"), a.uncoveredSubjects());
            assertEquals(Set.of("PARENT_CARER"), only(a, ReasonCode.SUBJECT_NOT_INCLUDED).items());
            assertEquals(Set.of("CHILD"), a.coveredBy().get(0).subjects());
        }

        @Test
        void aSubjectTheFlowDoesNotNameIsNotCovered() {
            RouteAnswer a = answer(ask(SCHOOL, COUNCIL, Set.of("ALLEGED_PERPETRATOR"), Set.of("EDUCATION_DATA"),
                    "CHILD_IN_NEED"), agreement(1));
            assertEquals(Outcome.NOT_COVERED, a.outcome());
            assertEquals(Set.of("ALLEGED_PERPETRATOR"), only(a, ReasonCode.SUBJECT_NOT_INCLUDED).items());
        }

        @Test
        void eachSubjectIsCoveredOnlyForTheCategoriesOfTheFlowsThatNameIt() {
            // F1: the child's education data; F2: the parent's housing. Neither covers the crossed cells.
            Candidates.VersionSpec v = agreement(1);
            v.flow().carrying("EDUCATION_DATA");
            v.with(new Candidates.FlowSpec("F2").about("PARENT_CARER").carrying("HOUSING"));
            RouteAnswer a = answer(ask(SCHOOL, COUNCIL, Set.of("CHILD", "PARENT_CARER"),
                    Set.of("EDUCATION_DATA", "HOUSING"), "CHILD_IN_NEED"), v);
            assertEquals(Outcome.PARTLY_COVERED, a.outcome());
            assertEquals(List.of(new Gap(Set.of("CHILD"), Set.of("HOUSING")),
                    new Gap(Set.of("PARENT_CARER"), Set.of("EDUCATION_DATA"))), a.notCovered());
            assertEquals(List.of("DSA-2026-0001 F1", "DSA-2026-0001 F2"), covering(a));
        }
    }

    @Nested
    class Directions {

        @Test
        void aOneWayFlowCoversOnlyItsOwnDirection() {
            RouteAnswer a = answer(ask(COUNCIL, SCHOOL, Set.of("CHILD"), Set.of("EDUCATION_DATA"), "CHILD_IN_NEED"),
                    agreement(1));
            assertEquals(Outcome.NOT_COVERED, a.outcome());
            assertEquals(List.of("F1"), only(a, ReasonCode.ONLY_OTHER_DIRECTION).flowKeys());
            assertEquals(Set.of(ReasonCode.ONLY_OTHER_DIRECTION), codes(a), "nothing else is wrong with it");
        }

        @Test
        void aFlowBothWaysCoversBothDirections() {
            Candidates.VersionSpec v = agreement(1);
            v.flow().bothWays();
            RouteQuestion reverse = ask(COUNCIL, SCHOOL, Set.of("CHILD"), Set.of("EDUCATION_DATA"), "CHILD_IN_NEED");
            assertEquals(Outcome.COVERED, answer(reverse, v).outcome());
            assertEquals(Outcome.COVERED, answer(schoolToCouncil("EDUCATION_DATA"), v).outcome());
        }

        @Test
        void flowsBetweenOtherPartiesOfTheSameAgreementSayNothingAboutTheRoute() {
            Candidates.VersionSpec v = agreement(1);
            v.flow().from(COUNCIL, POLICE);
            RouteAnswer a = answer(schoolToCouncil("EDUCATION_DATA"), v);
            assertEquals(Outcome.NOT_COVERED, a.outcome());
            assertEquals(Set.of(ReasonCode.NO_FLOW_BETWEEN), codes(a));
            assertTrue(only(a, ReasonCode.NO_FLOW_BETWEEN).flowKeys().isEmpty());
        }
    }

    @Nested
    class Purposes {

        @Test
        void aFlowCoversOnlyItsOwnPurpose() {
            RouteAnswer a = answer(ask(SCHOOL, COUNCIL, Set.of("CHILD"), Set.of("EDUCATION_DATA"), "MAPPA"),
                    agreement(1));
            assertEquals(Outcome.NOT_COVERED, a.outcome());
            assertEquals(Set.of("CHILD_IN_NEED"), only(a, ReasonCode.PURPOSE_NOT_INCLUDED).items(),
                    "the reason names the purpose the flow is for");
        }

        @Test
        void anotherFlowForThePurposeCovers() {
            Candidates.VersionSpec v = agreement(1);
            v.flow().forPurpose("EARLY_HELP");
            v.with(new Candidates.FlowSpec("F2"));
            RouteAnswer a = answer(schoolToCouncil("EDUCATION_DATA"), v);
            assertEquals(Outcome.COVERED, a.outcome());
            assertEquals(List.of("DSA-2026-0001 F2"), covering(a));
        }
    }

    @Nested
    class LifeCycle {

        @ParameterizedTest
        @EnumSource(value = VersionStatus.class, names = {"SUBMITTED", "EXPIRED", "TERMINATED"})
        void aVersionNotApprovedOrNoLongerInForceNeverCovers(VersionStatus status) {
            RouteAnswer a = answer(schoolToCouncil("EDUCATION_DATA"), agreement(1).status(status));
            assertEquals(Outcome.NOT_COVERED, a.outcome());
            ReasonCode expected = switch (status) {
                case SUBMITTED -> ReasonCode.AGREEMENT_NOT_APPROVED;
                case EXPIRED -> ReasonCode.AGREEMENT_EXPIRED;
                default -> ReasonCode.AGREEMENT_TERMINATED;
            };
            Reason r = only(a, expected);
            assertEquals("DSA-2026-0001", r.version().reference());
            assertTrue(r.flowKeys().isEmpty(), "a reason about the whole version");
            assertEquals(Set.of(expected), codes(a), "the flow itself would cover");
        }

        @ParameterizedTest
        @EnumSource(value = VersionStatus.class, names = {"DRAFT", "SUPERSEDED"})
        void draftsAndSupersededVersionsAreNeverShown(VersionStatus status) {
            RouteAnswer a = answer(schoolToCouncil("EDUCATION_DATA"), agreement(1).status(status));
            assertEquals(Outcome.NOT_COVERED, a.outcome());
            assertEquals(Set.of(ReasonCode.NO_AGREEMENT), codes(a));
            assertTrue(a.reasons().stream().allMatch(r -> r.version() == null), "no reference leaks");
        }

        @Test
        void anApprovedVersionCoversUntilItsEndDateAndHasExpiredTheDayAfter() {
            LocalDate end = TODAY;
            assertEquals(Outcome.COVERED, answer(schoolToCouncil("EDUCATION_DATA"), agreement(1).ends(end)).outcome(),
                    "its last day still counts");
            RouteAnswer after = answer(schoolToCouncil("EDUCATION_DATA"), agreement(1).ends(end.minusDays(1)));
            assertEquals(Outcome.NOT_COVERED, after.outcome(), "expired, even if the hourly run has not yet recorded it");
            assertEquals(end.minusDays(1), only(after, ReasonCode.AGREEMENT_EXPIRED).date());
        }

        @Test
        void aTerminationGivesItsDate() {
            RouteAnswer a = answer(schoolToCouncil("EDUCATION_DATA"), agreement(1).terminated(LocalDate.of(2026, 9, 30)));
            assertEquals(LocalDate.of(2026, 9, 30), only(a, ReasonCode.AGREEMENT_TERMINATED).date());
        }

        @Test
        void anApprovedVersionIsNotYetInForceBeforeItsEffectiveDate() {
            LocalDate tomorrow = TODAY.plusDays(1);
            RouteAnswer a = answer(schoolToCouncil("EDUCATION_DATA"), agreement(1).effective(tomorrow));
            assertEquals(Outcome.NOT_COVERED, a.outcome());
            assertEquals(tomorrow, only(a, ReasonCode.AGREEMENT_NOT_YET_IN_FORCE).date());
        }

        @Test
        void anApprovedVersionIsInForceFromItsEffectiveDate() {
            assertEquals(Outcome.COVERED, answer(schoolToCouncil("EDUCATION_DATA"), agreement(1).effective(TODAY)).outcome());
        }

        @Test
        void theApprovedVersionStillCoversWhileItsAmendmentAwaitsApproval() {
            Candidates.VersionSpec approved = agreement(1);
            Candidates.VersionSpec amendment = agreement(1).status(VersionStatus.SUBMITTED);
            amendment.versionId = 11;
            amendment.number = 2;
            RouteAnswer a = answer(schoolToCouncil("EDUCATION_DATA"), approved, amendment);
            assertEquals(Outcome.COVERED, a.outcome());
            assertEquals(1, a.coveredBy().get(0).version().versionNumber());
        }

        @Test
        void theCurrentVersionCoversNotTheOneItSuperseded() {
            Candidates.VersionSpec old = agreement(1).status(VersionStatus.SUPERSEDED);
            Candidates.VersionSpec current = agreement(1);
            current.versionId = 11;
            current.number = 2;
            current.flow().carrying("EDUCATION_DATA");
            RouteAnswer a = answer(schoolToCouncil("EDUCATION_DATA", "SOCIAL_CARE"), old, current);
            assertEquals(Outcome.PARTLY_COVERED, a.outcome(), "version 1 carried social care; version 2 does not");
            assertTrue(a.reasons().stream().allMatch(r -> r.version().versionNumber() == 2), a.reasons().toString());
        }
    }

    @Nested
    class Review {

        @Test
        void anOverdueReviewStillCoversWithAWarning() {
            RouteAnswer a = answer(schoolToCouncil("EDUCATION_DATA"), agreement(1).review(TODAY.minusDays(1)));
            assertEquals(Outcome.COVERED, a.outcome());
            assertTrue(a.reviewOverdue());
            assertTrue(a.coveredBy().get(0).reviewOverdue());
            assertTrue(a.nextSteps().contains(Guidance.REPORT_OVERDUE_REVIEW));
        }

        @Test
        void aReviewDueTodayIsNotYetOverdue() {
            RouteAnswer a = answer(schoolToCouncil("EDUCATION_DATA"), agreement(1).review(TODAY));
            assertFalse(a.reviewOverdue());
            assertFalse(a.nextSteps().contains(Guidance.REPORT_OVERDUE_REVIEW));
        }
    }

    @Nested
    class SeveralAgreements {

        @Test
        void theMostRecentOfTwoCompleteAgreementsIsPreferred() {
            Candidates.VersionSpec older = agreement(1);
            Candidates.VersionSpec newer = agreement(2).effective(LocalDate.of(2026, 6, 1));
            RouteAnswer a = answer(schoolToCouncil("EDUCATION_DATA"), older, newer);
            assertEquals(List.of("DSA-2026-0002 F1"), covering(a), "one flow is enough");
            assertEquals(List.of("DSA-2026-0002 F1"), covering(answer(schoolToCouncil("EDUCATION_DATA"), newer, older)),
                    "whatever order they come in");
        }

        @Test
        void anAgreementThatCoversEverythingBeatsAMoreRecentOneThatCoversPart() {
            Candidates.VersionSpec complete = agreement(1);
            Candidates.VersionSpec partial = agreement(2).effective(LocalDate.of(2026, 6, 1));
            partial.flow().carrying("EDUCATION_DATA");
            RouteAnswer a = answer(schoolToCouncil("EDUCATION_DATA", "SOCIAL_CARE"), partial, complete);
            assertEquals(List.of("DSA-2026-0001 F1"), covering(a));
        }

        @Test
        void twoAgreementsTogetherCoverARouteNeitherCoversAlone() {
            Candidates.VersionSpec education = agreement(1);
            education.flow().carrying("EDUCATION_DATA");
            Candidates.VersionSpec health = agreement(2);
            health.flow().carrying("HEALTH_DATA");
            Candidates.VersionSpec redundant = agreement(3);
            redundant.flow().carrying("HEALTH_DATA");
            redundant.effective(LocalDate.of(2026, 1, 1));
            RouteAnswer a = answer(schoolToCouncil("EDUCATION_DATA", "HEALTH_DATA"), education, health, redundant);
            assertEquals(Outcome.COVERED, a.outcome());
            assertEquals(List.of("DSA-2026-0002 F1", "DSA-2026-0001 F1"), covering(a),
                    "the more recent first when both cover as much; the older duplicate is not needed");
        }

        @Test
        void aVersionsFlowsThatFallShortAlikeShareOneReason() {
            Candidates.VersionSpec many = agreement(1)
                    .with(new Candidates.FlowSpec("F2"))
                    .with(new Candidates.FlowSpec("F3").forPurpose("EARLY_HELP").carrying("HEALTH_DATA"))
                    .with(new Candidates.FlowSpec("F4").forPurpose("MISSING_CHILD").carrying("HEALTH_DATA"));
            RouteAnswer a = answer(schoolToCouncil("HEALTH_DATA", "HOUSING"), many, agreement(2));

            assertEquals(Outcome.NOT_COVERED, a.outcome());
            assertEquals(List.of(
                            "DSA-2026-0002 CATEGORY_NOT_INCLUDED [F1] [HEALTH_DATA, HOUSING]",
                            "DSA-2026-0001 CATEGORY_NOT_INCLUDED [F1, F2] [HEALTH_DATA, HOUSING]",
                            "DSA-2026-0001 PURPOSE_NOT_INCLUDED [F3, F4] [EARLY_HELP, MISSING_CHILD]",
                            "DSA-2026-0001 CATEGORY_NOT_INCLUDED [F3, F4] [HOUSING]"),
                    a.reasons().stream().map(r -> r.version().reference() + " " + r.code() + " " + r.flowKeys() + " " + r.items())
                            .toList(),
                    "alike within a version (the purposes each flow is for named together), never across versions,"
                            + " and apart when they leave out different codes");
        }

        @Test
        void reasonsConcernOnlyWhatNoFlowCovers() {
            Candidates.VersionSpec education = agreement(1);
            education.flow().carrying("EDUCATION_DATA");
            Candidates.VersionSpec health = agreement(2);
            health.flow().carrying("HEALTH_DATA");
            RouteAnswer a = answer(schoolToCouncil("EDUCATION_DATA", "HEALTH_DATA", "FINANCIAL"), education, health);
            assertEquals(Outcome.PARTLY_COVERED, a.outcome());
            assertTrue(a.reasons().stream().allMatch(r -> r.items().equals(Set.of("FINANCIAL"))), a.reasons().toString());
            assertEquals(2, a.reasons().size());
        }

        @Test
        void aTerminatedAgreementDoesNotMatterWhenAnotherCovers() {
            RouteAnswer a = answer(schoolToCouncil("EDUCATION_DATA"), agreement(1).terminated(LocalDate.of(2026, 5, 1)),
                    agreement(2));
            assertEquals(Outcome.COVERED, a.outcome());
            assertEquals(List.of("DSA-2026-0002 F1"), covering(a));
            assertTrue(a.reasons().isEmpty());
        }
    }

    @Nested
    class Recipients {

        @Test
        void anOrganisationWithNoAgreementIsNotCovered() {
            RouteAnswer a = matcher.answer(schoolToCouncil("EDUCATION_DATA"), List.of(), TODAY);
            assertEquals(Outcome.NOT_COVERED, a.outcome());
            assertEquals(Set.of(ReasonCode.NO_AGREEMENT), codes(a));
            assertEquals(List.of(new Gap(Set.of("CHILD"), Set.of("EDUCATION_DATA"))), a.notCovered());
            assertTrue(a.nextSteps().contains(Guidance.ASK_FOR_AN_AGREEMENT));
        }

        @Test
        void anOrganisationNotListedIsNeverCovered() {
            RouteQuestion q = new RouteQuestion(SCHOOL, null, Set.of("CHILD"), Set.of("EDUCATION_DATA"), "CHILD_IN_NEED", false);
            RouteAnswer a = matcher.answer(q, List.of(agreement(1).build()), TODAY);
            assertEquals(Outcome.NOT_COVERED, a.outcome());
            assertEquals(Set.of(ReasonCode.RECIPIENT_NOT_LISTED), codes(a));
            assertEquals(List.of(Guidance.CHECK_THE_RECIPIENT, Guidance.REFER_WITHOUT_AN_AGREEMENT,
                    Guidance.DECIDE_WITHOUT_AN_AGREEMENT, Guidance.ASK_THE_DPO), a.nextSteps());
            // An unknown recipient is where protecting identities (golden rule 5) matters most.
            assertTrue(a.goldenRules().contains(GoldenRule.PROTECT_IDENTITIES));
        }
    }

    @Nested
    class Advice {

        @Test
        void aCoveredRouteIsSharedAsAgreedAndRecorded() {
            RouteAnswer a = answer(schoolToCouncil("EDUCATION_DATA"), agreement(1));
            assertEquals(List.of(GoldenRule.ENGAGE_THE_FAMILY, GoldenRule.PROTECT_IDENTITIES,
                    GoldenRule.NECESSARY_AND_PROPORTIONATE, GoldenRule.RECORD_THE_DECISION), a.goldenRules());
            assertEquals(List.of(Guidance.SHARE_AS_AGREED), a.nextSteps());
        }

        @Test
        void aCoveredRouteAsksNoQuestionsAndSaysNothingOfReferralsOrOtherAgreements() {
            RouteAnswer a = answer(schoolToCouncil("EDUCATION_DATA"), agreement(1));
            assertEquals(List.of(), a.questionsToDecide());
            assertFalse(a.nextSteps().contains(Guidance.REFER_WITHOUT_AN_AGREEMENT));
            assertFalse(a.nextSteps().contains(Guidance.DECIDE_WITHOUT_AN_AGREEMENT));
        }

        @Test
        void aRouteNotCoveredIsNoRefusalButAReferralAndADecisionOnItsMerits() {
            RouteAnswer a = matcher.answer(schoolToCouncil("EDUCATION_DATA"), List.of(), TODAY);
            // Every rule, openness with the family (2) and protecting identities (5) included.
            assertEquals(List.of(GoldenRule.values()), a.goldenRules());
            assertEquals(List.of(Guidance.REFER_WITHOUT_AN_AGREEMENT, Guidance.DECIDE_WITHOUT_AN_AGREEMENT,
                    Guidance.ASK_THE_DPO, Guidance.ASK_FOR_AN_AGREEMENT), a.nextSteps());
            assertEquals(List.of(DecisionQuestion.LAWFUL_BASIS, DecisionQuestion.NECESSARY_AND_PROPORTIONATE,
                    DecisionQuestion.CONSENT_ONLY_WHERE_APPROPRIATE), a.questionsToDecide());
        }

        @Test
        void aPartlyCoveredRouteNeedsEveryRuleAndDecidesTheRestOnItsMerits() {
            RouteAnswer a = answer(schoolToCouncil("EDUCATION_DATA", "HEALTH_DATA"), agreement(1));
            assertEquals(List.of(GoldenRule.values()), a.goldenRules());
            assertEquals(List.of(Guidance.SHARE_ONLY_THE_COVERED_PART, Guidance.REFER_WITHOUT_AN_AGREEMENT,
                    Guidance.DECIDE_WITHOUT_AN_AGREEMENT, Guidance.ASK_THE_DPO, Guidance.ASK_FOR_AN_AGREEMENT),
                    a.nextSteps());
            assertEquals(List.of(DecisionQuestion.values()), a.questionsToDecide());
        }

        @Test
        void inAnEmergencyTheEmergencyStepStandsAloneWithoutQuestions() {
            RouteQuestion emergency = new RouteQuestion(SCHOOL, COUNCIL, Set.of("CHILD"), Set.of("HEALTH_DATA"),
                    "CHILD_IN_NEED", true);
            RouteAnswer a = answer(emergency, agreement(1));
            assertEquals(List.of(Guidance.EMERGENCY_SHARE_NOW, Guidance.ASK_THE_DPO, Guidance.ASK_FOR_AN_AGREEMENT),
                    a.nextSteps());
            assertEquals(List.of(), a.questionsToDecide());
        }

        @Test
        void inAnEmergencyTheFirstStepIsToShareWhatIsNecessaryNow() {
            RouteQuestion emergency = new RouteQuestion(SCHOOL, COUNCIL, Set.of("CHILD"), Set.of("HEALTH_DATA"),
                    "CHILD_IN_NEED", true);
            RouteAnswer notCovered = answer(emergency, agreement(1));
            assertEquals(Outcome.NOT_COVERED, notCovered.outcome());
            assertEquals(Guidance.EMERGENCY_SHARE_NOW, notCovered.nextSteps().get(0));

            RouteQuestion partly = new RouteQuestion(SCHOOL, COUNCIL, Set.of("CHILD"),
                    Set.of("HEALTH_DATA", "EDUCATION_DATA"), "CHILD_IN_NEED", true);
            assertEquals(Guidance.EMERGENCY_SHARE_NOW, answer(partly, agreement(1)).nextSteps().get(0));

            RouteQuestion notListed = new RouteQuestion(SCHOOL, null, Set.of("CHILD"), Set.of("HEALTH_DATA"),
                    "CHILD_IN_NEED", true);
            assertEquals(Guidance.EMERGENCY_SHARE_NOW, matcher.answer(notListed, List.of(), TODAY).nextSteps().get(0));
        }

        @Test
        void noEmergencyStepWhenTheRouteIsCoveredOrItIsNoEmergency() {
            RouteQuestion covered = new RouteQuestion(SCHOOL, COUNCIL, Set.of("CHILD"), Set.of("EDUCATION_DATA"),
                    "CHILD_IN_NEED", true);
            assertFalse(answer(covered, agreement(1)).nextSteps().contains(Guidance.EMERGENCY_SHARE_NOW));
            assertFalse(answer(schoolToCouncil("HEALTH_DATA"), agreement(1)).nextSteps()
                    .contains(Guidance.EMERGENCY_SHARE_NOW));
        }
    }
}
