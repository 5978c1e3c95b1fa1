package org.concordat.agreement.domain;

import org.concordat.legal.domain.LegalBasis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concordat.shared.domain.CodeSetConverter;
import org.concordat.legal.domain.compliance.Regime;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.StatusTag;
import org.junit.jupiter.api.Test;

class AgreementVersionTest {

    static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    static final PartyDetails COUNCIL = new PartyDetails(1L, PartyRole.CONTROLLER, "Helen Carter", null, null);
    static final PartyDetails SCHOOL = new PartyDetails(5L, PartyRole.CONTROLLER, "Peter Shaw", null, null);

    final AgreementVersion draft = AgreementVersion.firstDraft(7, 3, new AgreementDetails("School and council",
            "Protect children", null, LocalDate.of(2026, 4, 1), null, null), List.of(COUNCIL, SCHOOL), "iglead@example.org", NOW);

    static FlowDetails flow(String from, String to) {
        return new FlowDetails(from, to, false, Set.of("CHILD"), Set.of("EDUCATION_DATA"), "CHILD_IN_NEED", "Termly",
                "SECURE_EMAIL", "Until 25", new LegalBasis(Regime.GENERAL, Set.of("A6-1-e"), null, null, null, null, null,
                Set.of("CA1989-S17"), null, null, null, null), null);
    }

    @Test
    void theReviewDateDefaultsToAYearAfterTheEffectiveDate() {
        assertEquals(LocalDate.of(2027, 4, 1), draft.getReviewDate());
    }

    @Test
    void partiesAndFlowsGetStableKeys() {
        assertEquals(List.of("P1", "P2"), draft.getParties().stream().map(Party::getKey).toList());
        assertEquals("F1", draft.saveFlow(null, flow("P1", "P2"), NOW));
        assertEquals("F2", draft.copyFlow("F1", NOW));
        draft.removeFlow("F1", NOW);
        assertEquals("F3", draft.saveFlow(null, flow("P2", "P1"), NOW), "keys are never reused");
        assertEquals("F2", draft.saveFlow("F2", flow("P2", "P1"), NOW));
        assertEquals("P2", draft.getFlows().get(0).getSender());
    }

    @Test
    void aFlowRunsBetweenParties() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> draft.saveFlow(null, flow("P1", "P9"), NOW));
        assertEquals("recipient", e.errors().get(0).field());
    }

    @Test
    void aPartyUsedByAFlowStays() {
        draft.saveFlow(null, flow("P1", "P2"), NOW);
        assertThrows(InvalidInputException.class, () -> draft.replaceParties(List.of(COUNCIL), NOW));
        PartyDetails police = new PartyDetails(2L, PartyRole.CONTROLLER, null, null, null);
        draft.replaceParties(List.of(COUNCIL, SCHOOL, police), NOW);
        assertEquals(List.of("P1", "P2", "P3"), draft.getParties().stream().map(Party::getKey).toList(), "existing parties keep their keys");
    }

    @Test
    void anOrganisationIsAPartyOnce() {
        assertThrows(InvalidInputException.class, () -> draft.replaceParties(List.of(COUNCIL, COUNCIL), NOW));
    }

    @Test
    void blankAnswersAreDropped() {
        draft.replaceAnswers(Map.of("retention-and-deletion.secure-deletion", " Shredded ", "sanctions.non-compliance", " "), NOW);
        assertEquals(Map.of("retention-and-deletion.secure-deletion", "Shredded"), draft.getAnswers());
    }

    static Decision decision(long organisation, Decision.Kind kind) {
        return new Decision(99, 1, organisation, kind, kind == Decision.Kind.APPROVED ? null : "Fix it", "s@example.org", "S", NOW);
    }

    @Test
    void aSubmittedVersionIsFrozenUntilItReturnsToDraft() {
        draft.saveFlow(null, flow("P1", "P2"), NOW);
        draft.submit("iglead@example.org", NOW);
        assertEquals(VersionStatus.SUBMITTED, draft.getStatus());
        assertEquals(1, draft.getSubmissionRound());
        assertThrows(InvalidInputException.class, () -> draft.saveFlow(null, flow("P2", "P1"), NOW));
        assertThrows(InvalidInputException.class, () -> draft.submit("iglead@example.org", NOW));

        Decision changes = decision(5, Decision.Kind.CHANGES_REQUESTED);
        draft.decided(changes, List.of(changes), NOW);
        assertEquals(VersionStatus.DRAFT, draft.getStatus());
        draft.saveFlow(null, flow("P2", "P1"), NOW);
        draft.submit("iglead@example.org", NOW);
        assertEquals(2, draft.getSubmissionRound());
    }

    @Test
    void theVersionIsApprovedWhenEveryPartyHasApproved() {
        draft.submit("iglead@example.org", NOW);
        Decision council = decision(1, Decision.Kind.APPROVED);
        draft.decided(council, List.of(council), NOW);
        assertEquals(VersionStatus.SUBMITTED, draft.getStatus());
        Decision school = decision(5, Decision.Kind.APPROVED);
        draft.decided(school, List.of(council, school), NOW.plusSeconds(60));
        assertEquals(VersionStatus.APPROVED, draft.getStatus());
        assertEquals(NOW.plusSeconds(60), draft.getApprovedAt());
        assertTrue(draft.isInForceOn(LocalDate.of(2026, 4, 1)));
        assertTrue(!draft.isInForceOn(LocalDate.of(2026, 3, 31)), "approved, but not yet in force before its effective date");
        assertThrows(InvalidInputException.class, () -> draft.decided(school, List.of(council, school), NOW));
        assertThrows(InvalidInputException.class, () -> draft.updateDetails(new AgreementDetails("x", null, null, null, null, null), NOW));
    }

    @Test
    void anAmendmentCopiesAnApprovedVersionAndTerminationNeedsAReason() {
        draft.saveFlow(null, flow("P1", "P2"), NOW);
        assertThrows(InvalidInputException.class, () -> draft.amendment(2, "iglead@example.org", NOW), "only approved versions");
        draft.submit("iglead@example.org", NOW);
        Decision a = decision(1, Decision.Kind.APPROVED);
        Decision b = decision(5, Decision.Kind.APPROVED);
        draft.decided(b, List.of(a, b), NOW);
        AgreementVersion amendment = draft.amendment(2, "iglead@example.org", NOW);
        assertEquals(VersionStatus.DRAFT, amendment.getStatus());
        assertEquals(2, amendment.getNumber());
        assertEquals(List.of("F1"), amendment.getFlows().stream().map(Flow::getKey).toList());
        assertEquals(draft.getFlows().get(0).details(), amendment.getFlows().get(0).details());

        assertThrows(InvalidInputException.class, () -> draft.terminate(LocalDate.of(2026, 12, 31), " ", NOW));
        draft.terminate(LocalDate.of(2026, 12, 31), "Recommissioned", NOW);
        assertEquals(VersionStatus.TERMINATED, draft.getStatus());
        amendment.supersede(NOW);
        assertEquals(VersionStatus.DRAFT, amendment.getStatus(), "only an approved version is superseded");
    }

    @Test
    void anApprovedVersionWithAnEndDateExpiresTheDayAfterAndNoLongerCovers() {
        InvalidInputException early = assertThrows(InvalidInputException.class, () -> draft.updateDetails(new AgreementDetails(
                "School and council", null, null, LocalDate.of(2026, 4, 1), null, LocalDate.of(2026, 4, 1)), NOW));
        assertEquals("endDate", early.errors().get(0).field());
        draft.updateDetails(new AgreementDetails("School and council", null, null, LocalDate.of(2026, 4, 1), null,
                LocalDate.of(2027, 3, 31)), NOW);
        assertFalse(draft.expireIfEndedBefore(LocalDate.of(2027, 4, 1), NOW), "a draft never expires");
        draft.submit("iglead@example.org", NOW);
        Decision a = decision(1, Decision.Kind.APPROVED);
        Decision b = decision(5, Decision.Kind.APPROVED);
        draft.decided(b, List.of(a, b), NOW);

        assertTrue(draft.isInForceOn(LocalDate.of(2027, 3, 31)), "in force on its last day");
        assertFalse(draft.expireIfEndedBefore(LocalDate.of(2027, 3, 31), NOW));
        assertFalse(draft.isInForceOn(LocalDate.of(2027, 4, 1)), "not in force after its end date, even before the daily run");
        assertTrue(draft.expireIfEndedBefore(LocalDate.of(2027, 4, 1), NOW));
        assertEquals(VersionStatus.EXPIRED, draft.getStatus());
        assertFalse(draft.expireIfEndedBefore(LocalDate.of(2027, 4, 2), NOW), "expires once");
    }

    @Test
    void codeSetsAreStoredSortedAndReadBack() {
        CodeSetConverter converter = new CodeSetConverter();
        assertEquals("A6-1-c,A6-1-e", converter.convertToDatabaseColumn(Set.of("A6-1-e", "A6-1-c")));
        assertEquals(Set.of("A6-1-c", "A6-1-e"), converter.convertToEntityAttribute("A6-1-c, A6-1-e"));
        assertTrue(converter.convertToEntityAttribute("").isEmpty());
    }

    @Test
    void itsTagFollowsItsLifeAndItsDates() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        assertEquals(StatusTag.DRAFT, draft.tag(today));
        draft.submit("iglead@example.org", NOW);
        assertEquals(StatusTag.AWAITING_APPROVAL, draft.tag(today));
        Decision changes = decision(5, Decision.Kind.CHANGES_REQUESTED);
        draft.decided(changes, List.of(changes), NOW);
        assertEquals(StatusTag.CHANGES_REQUESTED, draft.tag(today), "a draft sent back is not a new draft");
        draft.submit("iglead@example.org", NOW);
        Decision a = decision(1, Decision.Kind.APPROVED);
        Decision b = decision(5, Decision.Kind.APPROVED);
        draft.decided(b, List.of(a, b), NOW);
        assertEquals(StatusTag.NOT_YET_IN_FORCE, draft.tag(LocalDate.of(2026, 3, 31)));
        assertEquals(StatusTag.IN_FORCE, draft.tag(LocalDate.of(2026, 4, 1)));
        assertEquals(StatusTag.IN_FORCE, draft.tag(today), "review by 1 April 2027, 115 days away");
        assertEquals(StatusTag.REVIEW_DUE, draft.tag(LocalDate.of(2027, 2, 1)), "within the 90 days");
        assertEquals(StatusTag.REVIEW_OVERDUE, draft.tag(LocalDate.of(2027, 4, 2)));
        AgreementVersion amendment = draft.amendment(2, "iglead@example.org", NOW);
        assertEquals(StatusTag.DRAFT, amendment.tag(today), "an amendment starts as a new draft");
        draft.terminate(today, "Recommissioned", NOW);
        assertEquals(StatusTag.ENDED, draft.tag(today));
    }
}
