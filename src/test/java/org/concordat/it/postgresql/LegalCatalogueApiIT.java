package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
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

/** The legal catalogue and the compliance checks over the API, as a partner system would use them. */
@ExtendWith(ArquillianExtension.class)
class LegalCatalogueApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @ArquillianResource
    URL base;

    Api practitioner;

    @BeforeEach
    void practitioner() throws Exception {
        Partnership partnership = Partnership.asAdministrator(base.toURI());
        long school = partnership.createOrganisation(Partnership.unique("Catalogue School"), "EDUCATION", true)
                .getJsonNumber("id").longValue();
        practitioner = partnership.createMember(school, "PRACTITIONER").api();
    }

    @Test
    void theCatalogueIsLoadedAndReadable() {
        JsonObject about = practitioner.get("/api/v1/catalogue").json();
        assertEquals("2026.2", about.getString("version"));
        assertTrue(about.getInt("entries") > 100);

        JsonArray bases = practitioner.get("/api/v1/catalogue/entries?topic=lawful-bases").array();
        assertEquals(7, bases.size());

        JsonObject p18 = practitioner.get("/api/v1/catalogue/entries/S1-P2-18").json();
        assertEquals("DPA 2018 Schedule 1 Part 2 paragraph 18", p18.getString("citation"));
        assertEquals(18, p18.getInt("paragraph"));

        JsonArray found = practitioner.get("/api/v1/catalogue/entries?q=safeguarding%20children").array();
        assertTrue(found.stream().anyMatch(e -> e.asJsonObject().getString("code").equals("S1-P2-18")));
    }

    @Test
    void badQuestionsGetPreciseAnswers() throws Exception {
        Api.Response unknownTopic = practitioner.get("/api/v1/catalogue/entries?topic=astrology");
        assertEquals(400, unknownTopic.status());
        assertEquals("topic", unknownTopic.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(404, practitioner.get("/api/v1/catalogue/entries/A6-1-z").status());
        assertEquals(401, new Api(base.toURI(), null).get("/api/v1/catalogue").status());
    }

    @Test
    void aDraftIsEvaluatedWithoutBeingSaved() {
        JsonObject draft = Json.createObjectBuilder()
                .add("effectiveDate", "2026-04-01").add("reviewDate", "2027-04-01").add("dpia", "NONE")
                .add("parties", Json.createArrayBuilder()
                        .add(party("council", "Northshire County Council", "LOCAL_AUTHORITY", true))
                        .add(party("charity", "Brightstart Children's Charity", "VOLUNTARY", false)))
                .add("flows", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", "F1").add("sender", "council").add("recipient", "charity")
                        .add("dataSubjects", Json.createArrayBuilder().add("CHILD"))
                        .add("dataCategories", Json.createArrayBuilder().add("HEALTH_DATA"))
                        .add("purpose", "CHILD_PROTECTION_ENQUIRY").add("transferMethod", "UNENCRYPTED_EMAIL")
                        .add("regime", "GENERAL")
                        .add("lawfulBases", Json.createArrayBuilder().add("A6-1-f"))))
                .build();
        Api.Response response = practitioner.post("/api/v1/compliance/evaluate", draft);
        assertEquals(200, response.status(), response.body());
        JsonObject report = response.json();
        assertTrue(report.getBoolean("blocksSubmission"));
        assertEquals("2026.2", report.getString("catalogueVersion"));
        var rules = report.getJsonArray("findings").stream().map(f -> f.asJsonObject().getString("rule")).toList();
        for (String rule : new String[] {"LEGITIMATE-INTERESTS-PUBLIC-AUTHORITY", "SPECIAL-CATEGORY-CONDITION",
                "TRANSFER-AND-RETENTION", "DPIA-REQUIRED"}) {
            assertTrue(rules.contains(rule), rule + " in " + rules);
        }
        JsonObject first = report.getJsonArray("findings").getJsonObject(0);
        assertEquals("ERROR", first.getString("severity"));
        assertFalse(first.getString("action").isBlank());
        assertFalse(first.getString("citation").isBlank());
    }

    @Test
    void suggestionsComeWithReasons() {
        JsonObject request = Json.createObjectBuilder()
                .add("sender", party("council", "Northshire County Council", "LOCAL_AUTHORITY", true))
                .add("purpose", "CHILD_PROTECTION_ENQUIRY")
                .add("dataCategories", Json.createArrayBuilder().add("HEALTH_DATA"))
                .add("on", "2026-06-01").build();
        JsonArray suggestions = practitioner.post("/api/v1/compliance/suggestions", request).array();
        assertTrue(suggestions.stream().map(s -> s.asJsonObject())
                .anyMatch(s -> s.getString("code").equals("S1-P2-18") && !s.getString("reason").isBlank()), suggestions.toString());
    }

    private static JsonObject party(String id, String name, String sector, boolean publicAuthority) {
        return Json.createObjectBuilder().add("id", id).add("organisationName", name).add("sector", sector)
                .add("publicAuthority", publicAuthority).add("competentAuthority", false)
                .add("hasAppropriatePolicyDocument", publicAuthority).add("role", "CONTROLLER").build();
    }
}
