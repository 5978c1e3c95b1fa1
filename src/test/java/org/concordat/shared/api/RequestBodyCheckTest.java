package org.concordat.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.concordat.agreement.api.AgreementResource;
import org.concordat.agreement.api.FlowDetailsJson;
import org.concordat.agreement.domain.PartyDetails;
import org.concordat.agreement.domain.PartyRole;
import org.concordat.shared.domain.FieldError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the API's request body check finds, on the API's own request types as JSON-B reads them. */
class RequestBodyCheckTest {

    final Jsonb jsonb = JsonbBuilder.create();

    @AfterEach
    void close() throws Exception {
        jsonb.close();
    }

    @Test
    void aCleanBodyPasses() {
        AgreementResource.NewAgreement agreement = new AgreementResource.NewAgreement(1L, "Children in need — Northshire",
                "To keep children safe.\nAnd to support families.", "Earlier help.\tFewer gaps.",
                LocalDate.of(2026, 4, 1), LocalDate.of(2027, 4, 1), null,
                List.of(new PartyDetails(3L, PartyRole.CONTROLLER, "Head", "DSL", "dsl@riverside.example")));
        assertEquals(List.of(), RequestBodyCheck.problems(agreement));
        assertEquals(List.of(), RequestBodyCheck.problems(null));
    }

    @Test
    void everyFieldIsCheckedAndNamedAsTheClientSentIt() {
        AgreementResource.NewAgreement agreement = new AgreementResource.NewAgreement(1L, "Children\u202Ein need",
                "purpose\u0000", "benefits over\ntwo lines are fine", LocalDate.parse("+999999999-12-31"),
                LocalDate.of(1899, 12, 31), null,
                List.of(new PartyDetails(3L, PartyRole.CONTROLLER, "ok", "two\nlines", null)));
        Map<String, String> problems = byField(RequestBodyCheck.problems(agreement));
        assertEquals(List.of("effectiveDate", "parties[0].contactName", "purpose", "reviewDate", "title"),
                problems.keySet().stream().sorted().toList());
        assertTrue(problems.get("title").contains("U+202E"), problems.get("title"));
        assertTrue(problems.get("purpose").contains("U+0000"), problems.get("purpose"));
        assertTrue(problems.get("parties[0].contactName").contains("one line"), problems.get("parties[0].contactName"));
        assertEquals("Enter a date between 1900 and 2200.", problems.get("effectiveDate"));
    }

    @Test
    void answersAreTextOfSeveralLinesButTheirKeysAreNot() {
        var answers = new AgreementResource.AnswersInput(3L, Map.of("purpose.summary", "line\nline", "law.basis", "\u2066x"));
        Map<String, String> problems = byField(RequestBodyCheck.problems(answers));
        assertEquals(List.of("answers.law.basis"), List.copyOf(problems.keySet()));
    }

    @Test
    void publicFieldsOfAFlowAndItsLawAreChecked() {
        FlowDetailsJson flow = new FlowDetailsJson();
        flow.sender = "council";
        flow.notes = "several\nlines";
        flow.retention = "six years\t";
        flow.otherLegalPower = "Children Act 1989 s.47\u202D";
        Map<String, String> problems = byField(RequestBodyCheck.problems(new AgreementResource.FlowInput(1L, flow)));
        assertEquals(List.of("flow.otherLegalPower", "flow.retention"), problems.keySet().stream().sorted().toList());
    }

    @Test
    void jsonEscapesReachTheCheckAsTheCharactersTheyStandFor() {
        AgreementResource.TerminationInput input = jsonb.fromJson(
                "{\"date\":\"+999999999-12-31\",\"reason\":\"ended\\n\\u202Eyltsal\"}", AgreementResource.TerminationInput.class);
        Map<String, String> problems = byField(RequestBodyCheck.problems(input));
        assertEquals(List.of("date", "reason"), problems.keySet().stream().sorted().toList());
    }

    @Test
    void aDateJsonBCannotReadIsAProblemOfItsFieldNotAServerError() {
        JsonbException failure = null;
        try {
            jsonb.fromJson("{\"date\":\"+1000000000-01-01\",\"reason\":\"x\"}", AgreementResource.TerminationInput.class);
        } catch (JsonbException e) {
            failure = e;
        }
        assertNotNull(failure, "JSON-B read a year of ten digits");
        // ProblemMapper answers 400 invalid-input with this error (the problem document itself needs the server).
        FieldError error = ProblemMapper.unreadableDate(failure);
        assertNotNull(error, "no field found in " + failure);
        assertEquals("date", error.field());
        assertTrue(error.message().contains("between 1900 and 2200"), error.message());
    }

    @Test
    void otherMalformedJsonStaysMalformed() {
        JsonbException failure = null;
        try {
            jsonb.fromJson("{\"date\":", AgreementResource.TerminationInput.class);
        } catch (JsonbException e) {
            failure = e;
        }
        assertNotNull(failure);
        assertNull(ProblemMapper.unreadableDate(failure), "answered as malformed JSON");
    }

    private static Map<String, String> byField(List<FieldError> errors) {
        return errors.stream().collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a));
    }
}
