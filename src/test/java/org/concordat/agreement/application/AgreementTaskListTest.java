package org.concordat.agreement.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concordat.agreement.application.AgreementTaskList.Part;
import org.concordat.agreement.application.AgreementTaskList.State;
import org.concordat.agreement.application.AgreementTaskList.Task;
import org.concordat.agreement.domain.FlowDetails;
import org.concordat.agreement.domain.PartyRole;
import org.concordat.agreement.domain.VersionStatus;
import org.concordat.legal.domain.LegalBasis;
import org.concordat.legal.domain.compliance.ComplianceReport;
import org.concordat.legal.domain.compliance.Finding;
import org.concordat.legal.domain.compliance.Regime;
import org.concordat.legal.domain.compliance.Severity;
import org.concordat.template.domain.FieldSpec;
import org.concordat.template.domain.SectionSpec;
import org.junit.jupiter.api.Test;

/** Each part's state from what is filled in and from the rules engine's errors, and the submission waiting for them. */
class AgreementTaskListTest {

    static final List<SectionSpec> SECTIONS = List.of(
            new SectionSpec("security", "Security", "", true, null, List.of(
                    new FieldSpec("measures", "Measures", null, true, true), new FieldSpec("breaches", "Breaches", null, true, true))),
            new SectionSpec("notes", "Notes", "", false, null, List.of(new FieldSpec("other", "Other", null, false, true))),
            new SectionSpec("flows-table", "The flows", "", true, "flows", List.of()));

    static final AgreementData.PartyData COUNCIL = new AgreementData.PartyData("P1", 1, "Northshire County Council",
            PartyRole.CONTROLLER, "Helen Carter", null, null);
    static final AgreementData.PartyData SCHOOL = new AgreementData.PartyData("P2", 5, "Hillside School",
            PartyRole.CONTROLLER, "", null, null);

    static final FlowDetails FLOW = new FlowDetails("P1", "P2", false, Set.of("CHILD"), Set.of("EDUCATION_DATA"),
            "CHILD_IN_NEED", "Termly", "SECURE_EMAIL", "Until 25", new LegalBasis(Regime.GENERAL, Set.of("A6-1-e"), null,
            null, null, null, null, Set.of("CA1989-S17"), null, null, null, null), null);

    static AgreementData draft(String purpose, LocalDate effective, LocalDate review, List<AgreementData.PartyData> parties,
                               List<AgreementData.FlowData> flows, Map<String, String> answers, List<Finding> findings) {
        return new AgreementData(7, "DSA-2026-0007", 70, 1, VersionStatus.DRAFT, 0, "Children in need", purpose, null,
                effective, review, null, 3, 1, parties, flows, answers, new ComplianceReport("2026.1", findings), true, 0,
                false, List.of(), true, false, null, null, false, false, false, false);
    }

    static Finding error(String flowId, String field) {
        return new Finding(Severity.ERROR, "RULE", "message", "action", "citation", flowId, field);
    }

    static Map<String, State> states(List<Task> tasks) {
        Map<String, State> states = new LinkedHashMap<>();
        tasks.forEach(t -> states.put(t.key(), t.state()));
        return states;
    }

    @Test
    void aNewDraftIsNotStartedAndCannotBeSubmittedYet() {
        List<Task> tasks = AgreementTaskList.of(draft(null, null, null, List.of(COUNCIL), List.of(), Map.of(),
                List.of(error(null, "flows"))), SECTIONS, false);
        assertEquals(Map.of("details", State.NOT_STARTED, "parties", State.NOT_STARTED, "section-security", State.NOT_STARTED,
                "section-notes", State.NOT_STARTED, "flows", State.HAS_ERRORS, "dpia", State.OPTIONAL,
                "submit", State.CANNOT_START_YET), states(tasks));
        assertEquals(List.of("details", "parties", "section-security", "section-notes", "flows", "dpia", "submit"),
                tasks.stream().map(Task::key).toList(), "in the order an author works, generated sections left out");
        assertEquals("Security", tasks.get(2).title());
        assertEquals(1, AgreementTaskList.done(tasks), "only the optional DPIA");
    }

    @Test
    void partlyFilledPartsAreInProgress() {
        List<Task> tasks = AgreementTaskList.of(draft("Protect children", null, null, List.of(COUNCIL, SCHOOL), List.of(),
                Map.of("security.measures", "Encrypted email", "notes.other", " "), List.of()), SECTIONS, false);
        assertEquals(State.IN_PROGRESS, states(tasks).get("details"), "no dates yet");
        assertEquals(State.IN_PROGRESS, states(tasks).get("parties"), "the school has no signatory yet");
        assertEquals(State.IN_PROGRESS, states(tasks).get("section-security"), "one required answer of two");
        assertEquals(State.NOT_STARTED, states(tasks).get("section-notes"), "a blank answer is no answer");
        assertEquals(State.NOT_STARTED, states(tasks).get("submit"), "no error stops the submission; parts in progress do not");
    }

    @Test
    void everythingDoneAndNoErrorLeavesOnlyTheSubmission() {
        AgreementData.PartyData school = new AgreementData.PartyData("P2", 5, "Hillside School", PartyRole.CONTROLLER,
                "Sam Patel", null, null);
        List<Task> tasks = AgreementTaskList.of(draft("Protect children", LocalDate.of(2026, 4, 1), LocalDate.of(2027, 4, 1),
                List.of(COUNCIL, school), List.of(new AgreementData.FlowData("F1", FLOW)),
                Map.of("security.measures", "Encrypted email", "security.breaches", "Told within 24 hours",
                        "notes.other", "None"), List.of()), SECTIONS, true);
        assertEquals(Map.of("details", State.COMPLETE, "parties", State.COMPLETE, "section-security", State.COMPLETE,
                "section-notes", State.COMPLETE, "flows", State.COMPLETE, "dpia", State.COMPLETE,
                "submit", State.NOT_STARTED), states(tasks));
        assertEquals(6, AgreementTaskList.done(tasks));
    }

    @Test
    void anErrorMarksThePartItIsAbout() {
        List<Finding> findings = List.of(error("F1", "lawfulBases"), error("F1", "retention"), error(null, "reviewDate"),
                error(null, "parties"), error(null, "dpia"), error(null, null),
                new Finding(Severity.WARNING, "RULE", "m", "a", "c", null, "effectiveDate"));
        List<Task> tasks = AgreementTaskList.of(draft("Protect children", LocalDate.of(2026, 4, 1), LocalDate.of(2027, 4, 1),
                List.of(COUNCIL, SCHOOL), List.of(new AgreementData.FlowData("F1", FLOW)),
                Map.of(), findings), SECTIONS, true);
        Map<String, State> states = states(tasks);
        assertEquals(State.HAS_ERRORS, states.get("details"));
        assertEquals(State.HAS_ERRORS, states.get("parties"));
        assertEquals(State.HAS_ERRORS, states.get("flows"));
        assertEquals(State.HAS_ERRORS, states.get("dpia"), "linked, but the rules say it is not complete");
        assertEquals(State.HAS_ERRORS, states.get("submit"), "an error about the whole agreement is told at the submission");
        assertEquals(2, tasks.stream().filter(t -> t.part() == Part.FLOWS).findFirst().orElseThrow().errors());
        assertEquals(1, tasks.get(0).errors(), "a warning is not an error");
    }
}
