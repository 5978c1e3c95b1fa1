package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concordat.it.support.Api;
import org.concordat.it.support.Deployments;
import org.concordat.it.support.Partnership;
import org.concordat.it.support.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The record of processing (issue 22) on PostgreSQL: only agreements in force that the organisation is party to, seen
 * from its side; the filters by Article 6 basis and Article 9 condition; who may read it; JSON, CSV and a workbook over
 * the API; the page and its downloads.
 */
@ExtendWith(ArquillianExtension.class)
class RecordOfProcessingIT {

    private static final String RECORD = "/api/v1/organisations/%d/record-of-processing";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @ArquillianResource
    URL base;

    // Made once for the class: the tests only read the record (the members they add change nothing in it).
    static Partnership partnership;
    static long council;
    static long school;
    static long charity;
    static Partnership.Member councilLead;
    static Partnership.Member councilDpo;
    static String councilName;
    static boolean made;

    @BeforeEach
    void partnership() throws Exception {
        if (made) {
            return;
        }
        partnership = Partnership.asAdministrator(base.toURI());
        councilName = Partnership.unique("Record Council");
        council = organisation(councilName, "LOCAL_AUTHORITY", "APD-COUNCIL-1");
        school = organisation(Partnership.unique("Record School"), "EDUCATION", "APD-SCHOOL-1");
        charity = partnership.createOrganisation(Partnership.unique("Record Charity"), "VOLUNTARY", false)
                .getJsonNumber("id").longValue();
        councilLead = partnership.createMember(council, "IG_LEAD");
        councilDpo = partnership.createMember(council, "DPO");

        // In force: the school sends parents' health and education data to the council (Schedule 1 paragraph 6).
        approved(school, "School to council", "2026-04-01", flow("P2", "P1", "HEALTH_DATA").add("article9Condition", "A9-2-g")
                .add("schedule1Condition", "S1-P2-6"));
        // In force: the council sends contact details to the charity.
        approved(charity, "Council to charity", "2026-04-01", flow("P1", "P2", "IDENTIFIERS_CONTACT"));
        // Approved, but in force only from next year; and a draft: neither is processing today.
        approved(school, "Not yet in force", LocalDate.now().plusMonths(6).toString(), flow("P1", "P2", "IDENTIFIERS_CONTACT"));
        draft(school, "Still a draft", "2026-04-01", flow("P1", "P2", "IDENTIFIERS_CONTACT"));
        made = true;
    }

    private long organisation(String name, String sector, String apd) {
        Api.Response created = partnership.admin().post("/api/v1/organisations", Json.createObjectBuilder()
                .add("name", name).add("sector", sector).add("publicAuthority", true).add("competentAuthority", false)
                .add("dpoName", "Dana Prior").add("dpoEmail", "dpo@record.example").add("icoRegistrationNumber", "ZA123456")
                .add("apdReference", apd).add("apdDate", "2026-01-15").build());
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static JsonObjectBuilder flow(String sender, String recipient, String category) {
        return Json.createObjectBuilder().add("sender", sender).add("recipient", recipient)
                .add("dataSubjects", Json.createArrayBuilder().add("PARENT_CARER"))
                .add("dataCategories", Json.createArrayBuilder().add(category).add("EDUCATION_DATA"))
                .add("purpose", "CHILD_IN_NEED").add("transferMethod", "SECURE_EMAIL")
                .add("retention", "Six years after the case closes").add("regime", "GENERAL")
                .add("lawfulBases", Json.createArrayBuilder().add("A6-1-e"))
                .add("statutoryGateways", Json.createArrayBuilder().add("CA1989-S17"))
                .add("confidentialityBasis", "CL-PUBLIC-INTEREST");
    }

    /** A draft by the council's IG lead with one other party and one flow; its version id and lock version. */
    private JsonObject draft(long other, String title, String effective, JsonObjectBuilder flow) {
        long template = councilLead.api().get("/api/v1/templates").array().stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getBoolean("builtIn") && t.getString("kind").equals("DSA")).findFirst().orElseThrow()
                .getJsonArray("versions").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Response drafted = councilLead.api().post("/api/v1/agreements", Json.createObjectBuilder()
                .add("templateVersionId", template).add("title", title).add("effectiveDate", effective)
                .add("parties", Json.createArrayBuilder().add(Json.createObjectBuilder().add("organisationId", other)
                        .add("role", "CONTROLLER"))).build());
        assertEquals(201, drafted.status(), drafted.body());
        JsonObject d = drafted.json();
        Api.Response flowed = councilLead.api().post("/api/v1/agreements/versions/" + d.getJsonNumber("versionId").longValue()
                + "/flows", Json.createObjectBuilder().add("lockVersion", d.getJsonNumber("lockVersion").longValue())
                .add("flow", flow).build());
        assertTrue(flowed.status() == 200 || flowed.status() == 201, flowed.body());
        return flowed.json();
    }

    private void approved(long other, String title, String effective, JsonObjectBuilder flow) {
        JsonObject flowed = draft(other, title, effective, flow);
        long id = flowed.getJsonNumber("versionId").longValue();
        Api.Response submitted = councilLead.api().post("/api/v1/agreements/versions/" + id + "/submission",
                Json.createObjectBuilder().add("lockVersion", flowed.getJsonNumber("lockVersion").longValue()).build());
        assertTrue(submitted.status() == 200 || submitted.status() == 201, submitted.body());
        for (long organisation : List.of(council, other)) {
            Api.Response decided = partnership.createMember(organisation, "SIGNATORY").api().post("/api/v1/agreements/versions/"
                    + id + "/decisions", Json.createObjectBuilder().add("decision", "APPROVED").build());
            assertEquals(201, decided.status(), decided.body());
        }
    }

    private static String record(long organisation) {
        return String.format(RECORD, organisation);
    }

    private HttpResponse<byte[]> raw(Partnership.Member member, String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve(path)).GET()
                .header("Authorization", "Bearer " + member.token());
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theRecordListsTheProcessingOfAgreementsInForceFromTheOrganisationsSide() {
        Api.Response response = councilDpo.api().get(record(council));
        assertEquals(200, response.status(), response.body());
        assertTrue(response.raw().headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        JsonObject r = response.json();
        assertEquals(councilName, r.getJsonObject("controller").getString("name"));
        assertEquals("APD-COUNCIL-1, dated 2026-01-15", r.getJsonObject("controller").getString("appropriatePolicyDocument"));
        JsonArray activities = r.getJsonArray("activities");
        assertEquals(2, activities.size(), "the future and the draft agreements are not processing today: " + activities);
        JsonObject received = activities.stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getJsonObject("agreement").getString("title").equals("School to council")).findFirst().orElseThrow();
        assertEquals("Receives from", received.getJsonObject("part").getJsonObject("direction").getString("name"));
        assertEquals("Child in need", received.getJsonObject("purpose").getString("name"));
        assertEquals("CHILD_IN_NEED", received.getJsonObject("purpose").getString("code"));
        assertEquals("UK GDPR Article 6(1)(e)", received.getJsonObject("law").getJsonArray("lawfulBases").getJsonObject(0)
                .getString("citation"));
        assertEquals("DPA 2018 Schedule 1 Part 2 paragraph 6", received.getJsonObject("law").getJsonObject("schedule1Condition")
                .getString("citation"));
        JsonObject sent = activities.stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getJsonObject("agreement").getString("title").equals("Council to charity")).findFirst().orElseThrow();
        assertEquals("DISCLOSES", sent.getJsonObject("part").getJsonObject("direction").getString("code"));
        assertEquals("Not needed for this processing", sent.getString("appropriatePolicyDocument"));

        JsonArray paragraph41 = r.getJsonArray("paragraph41");
        assertEquals(1, paragraph41.size(), paragraph41.toString());
        assertEquals("S1-P2-6", paragraph41.getJsonObject(0).getJsonObject("condition").getString("code"));
        assertEquals(1, paragraph41.getJsonObject(0).getJsonArray("uses").size());

        Partnership.Member schoolLead = partnership.createMember(school, "IG_LEAD");
        JsonArray schools = schoolLead.api().get(record(school)).json().getJsonArray("activities");
        assertEquals(1, schools.size(), "the school's own record: the flow it sends, not the council's with the charity");
        assertEquals("Discloses to", schools.getJsonObject(0).getJsonObject("part").getJsonObject("direction").getString("name"));
    }

    @Test
    void theFiltersKeepWhatReliesOnTheBasisOrConditionAndRefuseWhatTheCatalogueDoesNotHold() {
        assertEquals(1, councilLead.api().get(record(council) + "?article9Condition=A9-2-g").json().getJsonArray("activities").size());
        assertEquals(2, councilLead.api().get(record(council) + "?lawfulBasis=A6-1-e").json().getJsonArray("activities").size());
        assertEquals(0, councilLead.api().get(record(council) + "?lawfulBasis=A6-1-a").json().getJsonArray("activities").size());
        JsonObject named = councilLead.api().get(record(council) + "?lawfulBasis=A6-1-e&article9Condition=A9-2-g").json();
        assertEquals("Public task", named.getJsonObject("filter").getJsonObject("lawfulBasis").getString("name"));
        assertEquals(1, named.getJsonArray("activities").size());

        Api.Response bad = councilLead.api().get(record(council) + "?lawfulBasis=A6-1-z&article9Condition=nonsense");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.contentType().startsWith("application/problem+json"), bad.contentType());
        assertEquals(List.of("lawfulBasis", "article9Condition"), bad.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList());
        Api.Response format = councilLead.api().get(record(council) + "?format=pdf");
        assertEquals(400, format.status(), format.body());
        assertTrue(format.body().contains("\"format\""), format.body());
    }

    @Test
    void onlyTheOrganisationsIgLeadsAndDposAndAdministratorsReadIt() {
        assertEquals(403, partnership.createMember(council, "PRACTITIONER").api().get(record(council)).status());
        assertEquals(403, partnership.createMember(council, "SIGNATORY").api().get(record(council)).status());
        Partnership.Member schoolLead = partnership.createMember(school, "IG_LEAD");
        Api.Response other = schoolLead.api().get(record(council));
        assertEquals(403, other.status(), "another organisation's record: " + other.body());
        assertEquals(403, schoolLead.api().get(record(council) + "?lawfulBasis=A6-1-z").status(),
                "refused before the filter is looked at");
        assertEquals(200, partnership.admin().get(record(council)).status(), "an administrator reads any");
        assertEquals(404, partnership.admin().get(record(999_999_999L)).status());
        assertEquals(401, new Api(URI(), null).get(record(council)).status());
    }

    private java.net.URI URI() {
        try {
            return base.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void csvAndAWorkbookByFormatOrAccept() throws Exception {
        HttpResponse<byte[]> csv = raw(councilLead, record(council) + "?format=csv", null);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("record-of-processing-" + council + ".csv"));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Agreement,Agreement title,Version,"), text);
        assertEquals(3, text.split("\r\n").length, "a header and two activities: " + text);

        HttpResponse<byte[]> accepted = raw(councilLead, record(council) + "?article9Condition=A9-2-g", "text/csv");
        assertEquals(200, accepted.statusCode());
        assertEquals(2, new String(accepted.body(), StandardCharsets.UTF_8).split("\r\n").length, "the filter holds in the CSV");

        for (HttpResponse<byte[]> xlsx : List.of(raw(councilLead, record(council) + "?format=xlsx", null),
                raw(councilLead, record(council), XLSX))) {
            assertEquals(200, xlsx.statusCode());
            assertEquals(XLSX, xlsx.headers().firstValue("Content-Type").orElse(""));
            assertTrue(xlsx.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                assertEquals("Processing activities", workbook.getSheetName(0));
                assertEquals("Schedule 1 paragraph 41", workbook.getSheetName(1));
                assertEquals(2, workbook.getSheetAt(0).getLastRowNum());
                assertEquals(1, workbook.getSheetAt(1).getLastRowNum());
                assertEquals("Record of processing: " + councilName, workbook.getProperties().getCoreProperties().getTitle());
            }
        }
        HttpResponse<byte[]> badCsv = raw(councilLead, record(council) + "?lawfulBasis=nope", "text/csv");
        assertEquals(400, badCsv.statusCode(), "a bad filter is a problem whatever the format asked for");
        assertTrue(badCsv.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void thePageShowsTheRecordKeepsTheFilterInTheAddressAndDownloads() {
        WebSession.Page page = councilDpo.web().open("/app/record-of-processing.xhtml");
        assertEquals(200, page.status(), page.body());
        assertTrue(page.contains("Record of processing: " + councilName), "the title names the organisation");
        assertTrue(page.contains("School to council") && page.contains("Council to charity"));
        assertTrue(page.contains("Statutory etc and government purposes (DPA 2018 Schedule 1 Part 2 paragraph 6)"),
                "paragraph 41, by condition");
        assertFalse(page.contains("Still a draft") || page.contains("Not yet in force"));

        WebSession.Page filtered = councilDpo.web().open("/app/record-of-processing.xhtml?lawfulBasis=A6-1-e&article9Condition=A9-2-g");
        assertTrue(filtered.contains("School to council") && !filtered.contains("Council to charity"), filtered.body());
        assertTrue(filtered.contains("format=csv") && filtered.contains("lawfulBasis=A6-1-e"), "the downloads keep the filter");

        WebSession.Page bad = councilDpo.web().open("/app/record-of-processing.xhtml?lawfulBasis=A6-1-z");
        assertEquals(200, bad.status());
        assertTrue(bad.contains("id=\"errorSummary\""), "the shared error summary");
        assertTrue(bad.contains("data-field=\"filter:lawfulBasis\""), "linked to its field");
        assertTrue(bad.contains("Choose an Article 6 lawful basis from the list, or any."));

        WebSession.Page csv = councilDpo.web().get("/app/record-of-processing.xhtml?format=csv&article9Condition=A9-2-g");
        assertEquals(200, csv.status());
        assertTrue(csv.body().startsWith("Agreement,"), csv.body());
        assertEquals(2, csv.body().split("\r\n").length);

        assertEquals(403, partnership.createMember(council, "PRACTITIONER").web().open("/app/record-of-processing.xhtml").status());
        assertEquals(403, councilDpo.web().open("/app/record-of-processing.xhtml?organisation=" + school).status());
        WebSession.Page admin = partnership.createMember(council, "ADMIN").web()
                .open("/app/record-of-processing.xhtml?organisation=" + school);
        assertEquals(200, admin.status());
    }
}
