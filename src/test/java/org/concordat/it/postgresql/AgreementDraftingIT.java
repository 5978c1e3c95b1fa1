package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.concordat.it.support.Api;
import org.concordat.it.support.Database;
import org.concordat.it.support.Deployments;
import org.concordat.it.support.Partnership;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Drafting an agreement over the API: parties, flows, findings that follow each change; who may see and edit. */
@ExtendWith(ArquillianExtension.class)
class AgreementDraftingIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @ArquillianResource
    URL base;

    Partnership partnership;
    long council;
    long school;
    Partnership.Member lead;
    long templateVersion;

    @BeforeEach
    void partnership() throws Exception {
        partnership = Partnership.asAdministrator(base.toURI());
        council = partnership.createOrganisation(Partnership.unique("Drafting Council"), "LOCAL_AUTHORITY", true).getJsonNumber("id").longValue();
        school = partnership.createOrganisation(Partnership.unique("Drafting School"), "EDUCATION", true).getJsonNumber("id").longValue();
        lead = partnership.createMember(council, "IG_LEAD");
        templateVersion = lead.api().get("/api/v1/templates").array().stream().map(t -> t.asJsonObject())
                .filter(t -> t.getBoolean("builtIn") && t.getString("kind").equals("DSA")).findFirst().orElseThrow()
                .getJsonArray("versions").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private JsonObject draft() {
        Api.Response created = lead.api().post("/api/v1/agreements", Json.createObjectBuilder()
                .add("templateVersionId", templateVersion).add("title", "Children in need: school and council")
                .add("purpose", "Support children in need").add("effectiveDate", "2026-04-01")
                .add("parties", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("organisationId", school).add("role", "CONTROLLER").add("signatoryName", "Head teacher")))
                .build());
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    private static JsonObject flow(String from, String to, String... bases) {
        JsonArrayBuilder b = Json.createArrayBuilder();
        List.of(bases).forEach(b::add);
        return Json.createObjectBuilder().add("sender", from).add("recipient", to)
                .add("dataSubjects", Json.createArrayBuilder().add("CHILD"))
                .add("dataCategories", Json.createArrayBuilder().add("EDUCATION_DATA").add("SOCIAL_CARE"))
                .add("purpose", "CHILD_IN_NEED").add("transferMethod", "SECURE_EMAIL").add("retention", "Until the child is 25")
                .add("regime", "GENERAL").add("lawfulBases", b)
                .add("statutoryGateways", Json.createArrayBuilder().add("CA1989-S17"))
                .add("confidentialityBasis", "CL-PUBLIC-INTEREST").build();
    }

    @Test
    void aDraftGetsAReferenceItsLeadAsPartyAndLiveFindings() {
        JsonObject draft = draft();
        assertTrue(draft.getString("reference").matches("DSA-\\d{4}-\\d{4}"), draft.getString("reference"));
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals("2027-04-01", draft.getString("reviewDate"), "a year after the effective date by default");
        assertEquals(2, draft.getJsonArray("parties").size(), "the lead organisation joins as a party");
        assertTrue(rules(draft).contains("NO-FLOWS"));

        long versionId = draft.getJsonNumber("versionId").longValue();
        Api.Response withFlow = lead.api().post("/api/v1/agreements/versions/" + versionId + "/flows", Json.createObjectBuilder()
                .add("lockVersion", draft.getJsonNumber("lockVersion").longValue()).add("flow", flow("P1", "P2")).build());
        assertEquals(201, withFlow.status(), withFlow.body());
        assertTrue(rules(withFlow.json()).contains("LAWFUL-BASIS"), "no lawful basis yet");
        assertFalse(rules(withFlow.json()).contains("NO-FLOWS"));

        Api.Response fixed = lead.api().put("/api/v1/agreements/versions/" + versionId + "/flows/F1", Json.createObjectBuilder()
                .add("lockVersion", withFlow.json().getJsonNumber("lockVersion").longValue()).add("flow", flow("P1", "P2", "A6-1-e")).build());
        assertEquals(200, fixed.status(), fixed.body());
        assertFalse(rules(fixed.json()).contains("LAWFUL-BASIS"), "the finding goes once the basis is chosen: " + rules(fixed.json()));

        assertEquals("A6-1-e", Database.single("select lawful_bases from agreement_flow where agreement_version_id = ?", versionId));
    }

    @Test
    void aStaleChangeIsRefusedAndNothingIsLost() {
        JsonObject draft = draft();
        long versionId = draft.getJsonNumber("versionId").longValue();
        long lock = draft.getJsonNumber("lockVersion").longValue();
        assertEquals(201, lead.api().post("/api/v1/agreements/versions/" + versionId + "/flows", Json.createObjectBuilder()
                .add("lockVersion", lock).add("flow", flow("P1", "P2", "A6-1-e")).build()).status());
        Api.Response stale = lead.api().post("/api/v1/agreements/versions/" + versionId + "/flows", Json.createObjectBuilder()
                .add("lockVersion", lock).add("flow", flow("P2", "P1", "A6-1-e")).build());
        assertEquals(409, stale.status());
        assertEquals(1L, Database.single("select count(*) from agreement_flow where agreement_version_id = ?", versionId));
    }

    @Test
    void aDraftIsSeenOnlyByTheLeadOrganisationsIgLeads() {
        JsonObject draft = draft();
        long agreementId = draft.getJsonNumber("agreementId").longValue();
        Partnership.Member schoolLead = partnership.createMember(school, "IG_LEAD");
        Partnership.Member councilPractitioner = partnership.createMember(council, "PRACTITIONER");
        assertEquals(404, schoolLead.api().get("/api/v1/agreements/" + agreementId).status(), "a party sees it once submitted");
        assertEquals(404, councilPractitioner.api().get("/api/v1/agreements/" + agreementId).status());
        assertTrue(schoolLead.api().get("/api/v1/agreements").array().isEmpty());
        assertEquals(200, lead.api().get("/api/v1/agreements/" + agreementId).status());
        assertEquals(403, councilPractitioner.api().post("/api/v1/agreements", Json.createObjectBuilder()
                .add("templateVersionId", templateVersion).add("title", "Not mine to draft").build()).status());
        long versionId = draft.getJsonNumber("versionId").longValue();
        assertEquals(404, schoolLead.api().put("/api/v1/agreements/versions/" + versionId, Json.createObjectBuilder()
                .add("lockVersion", 0).add("title", "Hijacked").build()).status());
    }

    @Test
    void badInputIsExplained() {
        Api.Response noTitle = lead.api().post("/api/v1/agreements", Json.createObjectBuilder()
                .add("templateVersionId", templateVersion).add("title", " ").build());
        assertEquals(400, noTitle.status());
        assertEquals("title", noTitle.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        JsonObject draft = draft();
        Api.Response badFlow = lead.api().post("/api/v1/agreements/versions/" + draft.getJsonNumber("versionId").longValue() + "/flows",
                Json.createObjectBuilder().add("lockVersion", draft.getJsonNumber("lockVersion").longValue())
                        .add("flow", flow("P1", "P7")).build());
        assertEquals(400, badFlow.status());
        assertEquals("Choose the recipient among the parties.", badFlow.json().getJsonArray("errors").getJsonObject(0).getString("message"));
    }

    @Test
    void aFlowsLawComesAndGoesFlatAsEverWithEachKindOfDataUnderItsOwnCondition() {
        JsonObject draft = draft();
        long versionId = draft.getJsonNumber("versionId").longValue();
        // Written the way a client of the first API version writes it: criminal offence data alone, one condition.
        JsonObject before = Json.createObjectBuilder(flow("P1", "P2", "A6-1-e"))
                .add("dataCategories", Json.createArrayBuilder().add("CRIMINAL_OFFENCE"))
                .add("article10Authority", "A10-DPA-S10-5").add("schedule1Condition", "S1-P2-18").build();
        Api.Response old = lead.api().post("/api/v1/agreements/versions/" + versionId + "/flows", Json.createObjectBuilder()
                .add("lockVersion", draft.getJsonNumber("lockVersion").longValue()).add("flow", before).build());
        assertEquals(201, old.status(), old.body());
        JsonObject details = old.json().getJsonArray("flows").getJsonObject(0).getJsonObject("details");
        assertEquals("S1-P2-18", details.getString("article10Condition"), "the condition kept its meaning");
        assertFalse(details.containsKey("schedule1Condition"), details.toString());
        assertEquals("GENERAL", details.getString("regime"), "the law is flat, as it always was");
        assertEquals("S1-P2-18", Database.single(
                "select article10_schedule1_condition from agreement_flow where agreement_version_id = ?", versionId));

        // Health data under Article 9(2)(h) and paragraph 2, offence data under paragraph 18, a council's incidental power.
        JsonObject both = Json.createObjectBuilder(flow("P1", "P2", "A6-1-e"))
                .add("dataCategories", Json.createArrayBuilder().add("HEALTH_DATA").add("CRIMINAL_OFFENCE"))
                .add("article9Condition", "A9-2-h").add("schedule1Condition", "S1-P1-2")
                .add("article10Authority", "A10-DPA-S10-5").add("article10Condition", "S1-P2-18")
                .add("otherLegalPower", "Local Government Act 1972 section 111")
                .add("recipientSecrecy", "School staff are bound by their contracts and the DSL's code of practice").build();
        Api.Response saved = lead.api().put("/api/v1/agreements/versions/" + versionId + "/flows/F1", Json.createObjectBuilder()
                .add("lockVersion", old.json().getJsonNumber("lockVersion").longValue()).add("flow", both).build());
        assertEquals(200, saved.status(), saved.body());
        JsonObject law = saved.json().getJsonArray("flows").getJsonObject(0).getJsonObject("details");
        assertEquals("S1-P1-2", law.getString("schedule1Condition"));
        assertEquals("S1-P2-18", law.getString("article10Condition"));
        assertEquals("Local Government Act 1972 section 111", law.getString("otherLegalPower"));
        assertEquals("School staff are bound by their contracts and the DSL's code of practice", law.getString("recipientSecrecy"));
        assertFalse(rules(saved.json()).contains("OBLIGATION-OF-SECRECY"), "the recipient's duty of confidentiality is recorded");
        List<String> rules = rules(saved.json());
        assertFalse(rules.contains("CRIMINAL-OFFENCE-AUTHORITY") || rules.contains("SPECIAL-CATEGORY-CONDITION"), rules.toString());

        Api.Response tooLong = lead.api().put("/api/v1/agreements/versions/" + versionId + "/flows/F1", Json.createObjectBuilder()
                .add("lockVersion", saved.json().getJsonNumber("lockVersion").longValue())
                .add("flow", Json.createObjectBuilder(both).add("otherLegalPower", "x".repeat(501))).build());
        assertEquals(400, tooLong.status(), tooLong.body());
        assertEquals("otherLegalPower", tooLong.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    private static List<String> rules(JsonObject agreement) {
        return agreement.getJsonObject("compliance").getJsonArray("findings").stream()
                .map(f -> f.asJsonObject().getString("rule")).toList();
    }
}
