package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.concordat.it.support.Api;
import org.concordat.it.support.Deployments;
import org.concordat.it.support.Partnership;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 25, input hygiene through the API on PostgreSQL: control characters, bidirectional overrides and dates out of
 * range are refused with a 400 problem document naming each field, and nothing is stored.
 */
@ExtendWith(ArquillianExtension.class)
class InputHygieneIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @ArquillianResource
    URL base;

    Partnership partnership;
    long council;
    Partnership.Member lead;
    long templateVersion;

    @BeforeEach
    void partnership() throws Exception {
        partnership = Partnership.asAdministrator(base.toURI());
        council = partnership.createOrganisation(Partnership.unique("Hygiene Council"), "LOCAL_AUTHORITY", true)
                .getJsonNumber("id").longValue();
        lead = partnership.createMember(council, "IG_LEAD");
        templateVersion = lead.api().get("/api/v1/templates").array().stream().map(t -> t.asJsonObject())
                .filter(t -> t.getBoolean("builtIn") && t.getString("kind").equals("DSA")).findFirst().orElseThrow()
                .getJsonArray("versions").getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    void anAgreementWithHiddenCharactersOrAnImpossibleDateIsRefusedFieldByFieldAndNothingIsStored() {
        // JSON escapes, as a partner system would send them: a right-to-left override in the title, NUL in the purpose.
        Api.Response refused = lead.api().send("POST", "/api/v1/agreements", "{\"templateVersionId\":" + templateVersion
                + ",\"title\":\"Children in need \\u202Efdp.exe\",\"purpose\":\"Support\\u0000children\","
                + "\"benefits\":\"Earlier help.\\nFewer gaps.\",\"effectiveDate\":\"+999999999-12-31\"}");
        assertEquals(400, refused.status(), refused.body());
        assertEquals("application/problem+json", refused.contentType());
        assertEquals("/problems/invalid-input", refused.json().getString("type"));
        assertEquals(List.of("effectiveDate", "purpose", "title"), fields(refused));
        assertTrue(message(refused, "title").contains("U+202E"), refused.body());
        assertTrue(message(refused, "purpose").contains("U+0000"), refused.body());
        assertEquals("Enter a date between 1900 and 2200.", message(refused, "effectiveDate"));
        assertTrue(lead.api().get("/api/v1/agreements").array().isEmpty(), "nothing was created");

        // A year JSON-B cannot even read is a problem of its field too, not a server error.
        Api.Response unreadable = lead.api().send("POST", "/api/v1/agreements", "{\"templateVersionId\":" + templateVersion
                + ",\"title\":\"Children in need\",\"effectiveDate\":\"+1000000000-01-01\"}");
        assertEquals(400, unreadable.status(), unreadable.body());
        assertEquals(List.of("effectiveDate"), fields(unreadable));
        assertTrue(lead.api().get("/api/v1/agreements").array().isEmpty(), "nothing was created");

        // The same agreement without them is drafted; a later change with an isolate in its title changes nothing.
        Api.Response created = lead.api().post("/api/v1/agreements", Json.createObjectBuilder()
                .add("templateVersionId", templateVersion).add("title", "Children in need — ysgol a’r cyngor")
                .add("purpose", "Support children in need.\r\nEarly help too.").add("effectiveDate", "2026-04-01").build());
        assertEquals(201, created.status(), created.body());
        long versionId = created.json().getJsonNumber("versionId").longValue();
        Api.Response change = lead.api().put("/api/v1/agreements/versions/" + versionId, Json.createObjectBuilder()
                .add("lockVersion", created.json().getJsonNumber("lockVersion").longValue())
                .add("title", "Children in need \u2067council\u2069").add("effectiveDate", "2026-04-01")
                .add("endDate", "1899-12-31").build());
        assertEquals(400, change.status(), change.body());
        assertEquals(List.of("endDate", "title"), fields(change));
        JsonObject kept = lead.api().get("/api/v1/agreements/versions/" + versionId).json();
        assertEquals("Children in need — ysgol a’r cyngor", kept.getString("title"), kept.toString());
    }

    @Test
    void aDecisionWithNulInItsReasonsIsRefusedAndNotRecorded() {
        Partnership.Member practitioner = partnership.createMember(council, "PRACTITIONER");
        Api.Response refused = practitioner.api().post("/api/v1/sharing-decisions", Json.createObjectBuilder()
                .add("decision", "NOT_SHARED").add("recipientOther", "Northshire\tPolice")
                .add("decidedOn", LocalDate.now().toString())
                .add("dataSubjects", Json.createArrayBuilder().add("CHILD")).add("purpose", "CHILD_IN_NEED")
                .add("noAgreementReason", "OTHER").add("familyInformed", true).add("consentSought", false)
                .add("consentNotSoughtReason", "Not relied on.\nPublic task.")
                .add("rationale", "Worries at home\u0000 but no risk of significant harm.")
                .add("caseReference", "CS-2026-9001").build());
        assertEquals(400, refused.status(), refused.body());
        assertEquals(List.of("rationale", "recipientOther"), fields(refused));
        assertTrue(practitioner.api().get("/api/v1/sharing-decisions").array().isEmpty(), "nothing was recorded");
    }

    private static List<String> fields(Api.Response problem) {
        JsonArray errors = problem.json().getJsonArray("errors");
        return errors.stream().map(e -> e.asJsonObject().getString("field")).sorted().toList();
    }

    private static String message(Api.Response problem, String field) {
        return problem.json().getJsonArray("errors").stream().map(e -> e.asJsonObject())
                .filter(e -> e.getString("field").equals(field)).findFirst().orElseThrow().getString("message");
    }
}
