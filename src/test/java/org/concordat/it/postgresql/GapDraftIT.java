package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.concordat.it.support.Api;
import org.concordat.it.support.Database;
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
 * From a coverage gap to a draft agreement (issue 23): routes a school's practitioners checked and found uncovered
 * become a draft with both organisations as parties and one flow from what was asked — chosen by the school's IG lead,
 * with no law filled in for them — over the API and from the decision log's page; nobody else may start one.
 */
@ExtendWith(ArquillianExtension.class)
class GapDraftIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @ArquillianResource
    URL base;

    Partnership partnership;
    long school;
    long council;
    Partnership.Member teacher;
    Partnership.Member schoolLead;

    @BeforeEach
    void partnership() throws Exception {
        partnership = Partnership.asAdministrator(base.toURI());
        school = partnership.createOrganisation(Partnership.unique("Gap School"), "EDUCATION", true).getJsonNumber("id").longValue();
        council = partnership.createOrganisation(Partnership.unique("Gap Council"), "LOCAL_AUTHORITY", true).getJsonNumber("id").longValue();
        teacher = partnership.createMember(school, "PRACTITIONER");
        schoolLead = partnership.createMember(school, "IG_LEAD");
    }

    private void check(String purpose, List<String> subjects, List<String> categories) {
        JsonArrayBuilder s = Json.createArrayBuilder();
        subjects.forEach(s::add);
        JsonArrayBuilder c = Json.createArrayBuilder();
        categories.forEach(c::add);
        Api.Response answer = teacher.api().post("/api/v1/route-checks", Json.createObjectBuilder().add("toOrganisationId", council)
                .add("dataSubjects", s).add("dataCategories", c).add("purpose", purpose).build());
        assertEquals(200, answer.status(), answer.body());
        assertEquals("NOT_COVERED", answer.json().getString("outcome"), answer.body());
    }

    @Test
    void anUncoveredRouteBecomesADraftWithWhatWasAskedAndNoLawChosenForTheAuthor() {
        check("EARLY_HELP", List.of("CHILD"), List.of("EDUCATION_DATA"));
        check("EARLY_HELP", List.of("CHILD", "PARENT_CARER"), List.of("EDUCATION_DATA", "HEALTH_DATA"));
        check("EARLY_HELP", List.of("CHILD"), List.of("EDUCATION_DATA"));

        JsonObject gap = schoolLead.api().get("/api/v1/sharing-decisions/coverage-gaps").array().getJsonObject(0);
        assertTrue(gap.getBoolean("mayDraft"), gap.toString());
        assertEquals("EARLY_HELP", gap.getString("purposeCode"));
        assertEquals(council, gap.getJsonNumber("toOrganisationId").longValue());

        Api.Response routeResponse = schoolLead.api().get("/api/v1/sharing-decisions/coverage-gaps/route?toOrganisationId="
                + council + "&purpose=EARLY_HELP");
        assertEquals(200, routeResponse.status(), routeResponse.body());
        JsonObject route = routeResponse.json();
        assertEquals(3, route.getInt("checks"));
        assertEquals("CHILD", route.getJsonArray("dataSubjects").getJsonObject(0).getString("code"), "most asked first");
        assertEquals(3, route.getJsonArray("dataSubjects").getJsonObject(0).getInt("times"));
        assertEquals("EDUCATION_DATA", route.getJsonArray("dataCategories").getJsonObject(0).getString("code"));
        assertEquals(1, route.getJsonArray("dataCategories").getJsonObject(1).getInt("times"));
        assertFalse(route.toString().contains("caseReference"), "a gap holds nothing about the people concerned");

        // Refused, with nothing created: a kind not asked about on this route, and an empty title.
        long agreementsBefore = (Long) Database.single("select count(*) from agreement");
        Api.Response notAsked = schoolLead.api().post("/api/v1/sharing-decisions/coverage-gaps/drafts", Json.createObjectBuilder()
                .add("toOrganisationId", council).add("purpose", "EARLY_HELP").add("title", "Early help")
                .add("dataSubjects", Json.createArrayBuilder().add("CHILD"))
                .add("dataCategories", Json.createArrayBuilder().add("CRIMINAL_OFFENCE_DATA")).build());
        assertEquals(400, notAsked.status(), notAsked.body());
        assertTrue(notAsked.body().contains("dataCategories"), notAsked.body());
        Api.Response noTitle = schoolLead.api().post("/api/v1/sharing-decisions/coverage-gaps/drafts", Json.createObjectBuilder()
                .add("toOrganisationId", council).add("purpose", "EARLY_HELP").add("title", " ")
                .add("dataSubjects", Json.createArrayBuilder().add("CHILD")).build());
        assertEquals(400, noTitle.status(), noTitle.body());
        assertTrue(noTitle.body().contains("title"), noTitle.body());
        assertEquals(agreementsBefore, Database.single("select count(*) from agreement"), "nothing created when refused");

        Api.Response started = schoolLead.api().post("/api/v1/sharing-decisions/coverage-gaps/drafts", Json.createObjectBuilder()
                .add("toOrganisationId", council).add("purpose", "EARLY_HELP").add("title", "Early help with the council")
                .add("dataSubjects", Json.createArrayBuilder().add("CHILD"))
                .add("dataCategories", Json.createArrayBuilder().add("EDUCATION_DATA")).build());
        assertEquals(201, started.status(), started.body());
        long versionId = started.json().getJsonNumber("versionId").longValue();
        assertTrue(started.raw().headers().firstValue("Location").orElse("").endsWith("/api/v1/agreements/versions/" + versionId));

        JsonObject draft = schoolLead.api().get("/api/v1/agreements/versions/" + versionId).json();
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(2, draft.getJsonArray("parties").size());
        assertEquals(1, draft.getJsonArray("flows").size());
        JsonObject flow = draft.getJsonArray("flows").getJsonObject(0);
        String json = flow.toString();
        assertTrue(json.contains("EARLY_HELP") && json.contains("EDUCATION_DATA") && json.contains("CHILD"), json);
        assertFalse(json.contains("HEALTH_DATA") || json.contains("PARENT_CARER"), "only what the author kept: " + json);
        assertFalse(json.contains("A6-1-"), "no lawful basis chosen for the author: " + json);
        assertTrue(draft.getJsonObject("compliance").getJsonArray("findings").stream()
                .anyMatch(f -> f.asJsonObject().getString("severity").equals("ERROR")),
                "the findings say the law is still to choose: " + draft.getJsonObject("compliance"));
        assertEquals(1L, Database.single("select count(*) from audit_event where action = 'AGREEMENT_DRAFTED_FROM_GAP'"
                + " and subject_id = ?", String.valueOf(draft.getJsonNumber("agreementId").longValue())));
    }

    @Test
    void onlyTheAskingOrganisationsIgLeadStartsADraftAndThePageDoesItToo() throws Exception {
        check("CHILD_IN_NEED", List.of("CHILD"), List.of("EDUCATION_DATA"));

        Partnership.Member councilLead = partnership.createMember(council, "IG_LEAD");
        assertEquals(404, councilLead.api().get("/api/v1/sharing-decisions/coverage-gaps/route?toOrganisationId=" + council
                + "&purpose=CHILD_IN_NEED").status(), "another organisation has no such gap of its own");
        assertEquals(403, teacher.api().get("/api/v1/sharing-decisions/coverage-gaps/route?toOrganisationId=" + council
                + "&purpose=CHILD_IN_NEED").status());
        Partnership.Member schoolDpo = partnership.createMember(school, "DPO");
        JsonObject gap = schoolDpo.api().get("/api/v1/sharing-decisions/coverage-gaps").array().getJsonObject(0);
        assertFalse(gap.getBoolean("mayDraft"), "a DPO reads the gaps; the IG lead drafts");
        assertEquals(403, schoolDpo.api().post("/api/v1/sharing-decisions/coverage-gaps/drafts", Json.createObjectBuilder()
                .add("toOrganisationId", council).add("purpose", "CHILD_IN_NEED").add("title", "x").build()).status());
        assertEquals(400, schoolLead.api().get("/api/v1/sharing-decisions/coverage-gaps/route?purpose=CHILD_IN_NEED").status());

        // The page: the decision log links the gap to its question page; everything asked is ticked; one untick.
        WebSession web = schoolLead.web();
        WebSession.Page log = web.open("/app/decisions.xhtml");
        assertTrue(log.contains("Draft an agreement for this route"), log.body());
        WebSession.Page question = web.open("/app/gap-draft.xhtml?to=" + council + "&purpose=CHILD_IN_NEED");
        assertTrue(question.contains("Whom the flow is about") && question.contains("asked in 1 checks"), question.body());
        WebSession.Page refused = web.submit("/app/gap-draft.xhtml?to=" + council + "&purpose=CHILD_IN_NEED", "gapDraft",
                Map.of("title", List.of(""), "dataSubjects", List.of("CHILD"), "dataCategories", List.of("EDUCATION_DATA")), "start");
        assertTrue(refused.contains("Error:"), refused.body());
        WebSession.Page started = web.submit("/app/gap-draft.xhtml?to=" + council + "&purpose=CHILD_IN_NEED", "gapDraft",
                Map.of("title", List.of("Children in need with the council"), "dataSubjects", List.of("CHILD"),
                        "dataCategories", List.of("EDUCATION_DATA")), "start");
        assertEquals(302, started.status(), started.body());
        String flowPage = java.net.URI.create(started.location().orElseThrow()).getRawPath() + "?"
                + java.net.URI.create(started.location().orElseThrow()).getRawQuery();
        assertTrue(flowPage.startsWith("/app/flow.xhtml?"), flowPage);
        WebSession.Page flow = web.open(flowPage);
        assertTrue(flow.contains("Children in need with the council") || flow.contains("DSA-"), flow.body());
        assertTrue(flow.contains("What the law most likely needs for this flow"), "the law's suggestions wait on the flow page");
        assertEquals(1L, Database.single("select count(*) from agreement a join agreement_version v on v.agreement_id = a.id"
                + " where v.title = ?", "Children in need with the council"));
    }
}
