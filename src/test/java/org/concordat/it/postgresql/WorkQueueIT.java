package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
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

/**
 * What needs me (issue 23) on PostgreSQL, through GET /api/v1/me/work: each queue holds what it should for the right
 * people of the right organisation, and a third organisation, party to nothing, sees none of it.
 */
@ExtendWith(ArquillianExtension.class)
class WorkQueueIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @ArquillianResource
    URL base;

    static final LocalDate TODAY = LocalDate.now();

    Partnership partnership;
    long council;
    long school;
    long outsider;
    Partnership.Member councilLead;
    Partnership.Member councilSignatory;
    Partnership.Member schoolSignatory;
    Partnership.Member schoolLead;

    @BeforeEach
    void partnership() throws Exception {
        partnership = Partnership.asAdministrator(base.toURI());
        council = partnership.createOrganisation(Partnership.unique("Work Council"), "LOCAL_AUTHORITY", true).getJsonNumber("id").longValue();
        school = partnership.createOrganisation(Partnership.unique("Work School"), "EDUCATION", true).getJsonNumber("id").longValue();
        outsider = partnership.createOrganisation(Partnership.unique("Work Outsider"), "VOLUNTARY", false).getJsonNumber("id").longValue();
        councilLead = partnership.createMember(council, "IG_LEAD");
        councilSignatory = partnership.createMember(council, "SIGNATORY");
        schoolSignatory = partnership.createMember(school, "SIGNATORY");
        schoolLead = partnership.createMember(school, "IG_LEAD");
    }

    @Test
    void eachQueueReachesTheRightPeopleOfTheRightOrganisationOnly() throws Exception {
        // Awaiting approval: both parties' signatories, until their organisation decides.
        long awaiting = id(partnership.submittedAgreement(councilLead, school, "Attendance and welfare", TODAY.minusDays(30).toString()), "versionId");
        assertEquals(List.of(awaiting), ids(work(schoolSignatory), "APPROVALS_AWAITING"));
        assertEquals(List.of(awaiting), ids(work(councilSignatory), "APPROVALS_AWAITING"));
        decide(councilSignatory, awaiting, "APPROVED", null);
        assertEquals(List.of(), ids(work(councilSignatory), "APPROVALS_AWAITING"), "the council has decided");
        JsonObject schoolWork = work(schoolSignatory);
        assertEquals(List.of(awaiting), ids(schoolWork, "APPROVALS_AWAITING"), "the school has not");
        JsonObject item = queue(schoolWork, "APPROVALS_AWAITING").getJsonArray("items").getJsonObject(0);
        assertEquals("Attendance and welfare", item.getString("title"));
        assertTrue(item.getString("reference").startsWith("DSA-"), item.toString());
        assertEquals("/app/agreement.xhtml?id=" + awaiting, item.getString("page"));
        assertEquals("AWAITING_APPROVAL", item.getString("tag"));
        assertEquals(TODAY.toString(), item.getString("date"));

        // Changes requested: the lead's IG lead hears who asked; the party's IG lead never sees the lead's drafts.
        long returned = id(partnership.submittedAgreement(councilLead, school, "Early help referrals", TODAY.minusDays(30).toString()), "versionId");
        decide(schoolSignatory, returned, "CHANGES_REQUESTED", "Please name the school's DSL as the contact.");
        JsonObject leadWork = work(councilLead);
        assertEquals(List.of(returned), ids(leadWork, "CHANGES_REQUESTED"));
        JsonObject change = queue(leadWork, "CHANGES_REQUESTED").getJsonArray("items").getJsonObject(0);
        assertEquals(school, change.getJsonNumber("organisationId").longValue());
        assertTrue(change.getString("organisation").startsWith("Work School"), change.toString());
        assertEquals("CHANGES_REQUESTED", change.getString("tag"));

        // Drafts: the lead's only.
        JsonObject draft = councilLead.api().post("/api/v1/agreements", Json.createObjectBuilder()
                .add("templateVersionId", template()).add("title", "Youth justice referrals")
                .add("parties", Json.createArrayBuilder().add(Json.createObjectBuilder().add("organisationId", school).add("role", "CONTROLLER")))
                .build()).json();
        JsonObject draftWork = work(councilLead);
        assertEquals(List.of(id(draft, "versionId")), ids(draftWork, "DRAFTS"));
        // With errors: the rules engine's count at the draft's last save (no flow yet), kept beside it.
        long errors = draft.getJsonObject("compliance").getJsonArray("findings").stream()
                .filter(f -> f.asJsonObject().getString("severity").equals("ERROR")).count();
        assertTrue(errors > 0, draft.toString());
        assertEquals(List.of(id(draft, "versionId")), ids(draftWork, "DRAFTS_WITH_ERRORS"));
        assertEquals(errors, queue(draftWork, "DRAFTS_WITH_ERRORS").getJsonArray("items").getJsonObject(0)
                .getJsonNumber("times").longValue());
        assertEquals(errors, ((Number) Database.single("select errors from agreement_draft_check where agreement_version_id = ?",
                id(draft, "versionId"))).longValue());
        JsonObject schoolLeadWork = work(schoolLead);
        assertEquals(List.of(), ids(schoolLeadWork, "DRAFTS"));
        assertEquals(List.of(), ids(schoolLeadWork, "DRAFTS_WITH_ERRORS"));
        assertEquals(List.of(), ids(schoolLeadWork, "CHANGES_REQUESTED"));

        // In force: a review overdue, a review due within 90 days, an end within 90 days — for every party's IG lead.
        long overdue = approved("Missing children", TODAY.minusDays(400), TODAY.minusDays(10), null);
        long due = approved("Health visiting", TODAY.minusDays(300), TODAY.plusDays(30), null);
        long ending = approved("Pilot: school nurses", TODAY.minusDays(100), TODAY.plusDays(200), TODAY.plusDays(45));
        long later = approved("Attendance (next year)", TODAY.minusDays(10), TODAY.plusDays(200), null);
        for (Partnership.Member lead : List.of(councilLead, schoolLead)) {
            JsonObject w = work(lead);
            assertEquals(List.of(overdue), ids(w, "REVIEWS_OVERDUE"), lead.email());
            assertEquals(List.of(due), ids(w, "REVIEWS_DUE"), lead.email());
            assertEquals(List.of(ending), ids(w, "ENDING_SOON"), lead.email());
            assertFalse(ids(w, "REVIEWS_DUE").contains(later));
        }
        JsonObject overdueItem = queue(work(councilLead), "REVIEWS_OVERDUE").getJsonArray("items").getJsonObject(0);
        assertEquals(TODAY.minusDays(10).toString(), overdueItem.getString("date"));
        assertEquals("REVIEW_OVERDUE", overdueItem.getString("tag"));

        // A DPIA awaiting advice: the council's DPO (their own) and IG lead; not the school's.
        Partnership.Member councilDpo = partnership.createMember(council, "DPO");
        long dpia = partnership.dpiaAwaitingAdvice(councilLead, "MASH health information", List.of());
        assertEquals(List.of(dpia), ids(work(councilDpo), "DPIAS_AWAITING_MY_ADVICE"));
        assertEquals(List.of(dpia), ids(work(councilLead), "DPIAS_AWAITING_ADVICE"));
        assertEquals(List.of(), ids(work(schoolLead), "DPIAS_AWAITING_ADVICE"));

        // Coverage gaps and recent decisions: a council practitioner asks about a route nobody covers, records a decision.
        Partnership.Member socialWorker = partnership.createMember(council, "PRACTITIONER");
        for (int i = 0; i < 3; i++) {
            Api.Response check = socialWorker.api().post("/api/v1/route-checks", Json.createObjectBuilder().add("toOrganisationId", outsider)
                    .add("dataSubjects", Json.createArrayBuilder().add("CHILD")).add("dataCategories", Json.createArrayBuilder().add("EDUCATION_DATA"))
                    .add("purpose", "EARLY_HELP").build());
            assertEquals("NOT_COVERED", check.json().getString("outcome"), check.body());
        }
        Api.Response recorded = socialWorker.api().post("/api/v1/sharing-decisions", notShared(outsider).build());
        assertEquals(201, recorded.status(), recorded.body());
        JsonObject practitionerWork = work(socialWorker);
        assertTrue(practitionerWork.getBoolean("checksRoutes"));
        assertEquals(List.of("RECENT_DECISIONS"), kinds(practitionerWork), "a practitioner has no queues of work");
        JsonObject decision = queue(practitionerWork, "RECENT_DECISIONS").getJsonArray("items").getJsonObject(0);
        assertEquals("CS-2026-0099", decision.getString("reference"));
        assertEquals("NOT_SHARED", decision.getString("code"));
        assertEquals("/app/decisions.xhtml#mine-entry-" + id(recorded.json(), "id"), decision.getString("page"));
        assertEquals(List.of(), ids(work(partnership.createMember(council, "PRACTITIONER")), "RECENT_DECISIONS"),
                "another practitioner's decisions are not mine");

        JsonObject gap = null;
        for (long deadline = System.currentTimeMillis() + 15_000; gap == null && System.currentTimeMillis() < deadline; Thread.sleep(250)) {
            // Gaps are written in batches a second after the check.
            var items = queue(work(councilDpo), "COVERAGE_GAPS").getJsonArray("items");
            gap = items.isEmpty() ? null : items.getJsonObject(0);
        }
        assertTrue(gap != null, "the DPO sees the route asked about");
        assertEquals(outsider, gap.getJsonNumber("organisationId").longValue());
        assertEquals(3, gap.getJsonNumber("times").longValue());
        assertEquals("EARLY_HELP", gap.getString("code"));
        assertEquals(1, queue(work(councilLead), "COVERAGE_GAPS").getJsonNumber("count").longValue());
        assertEquals(0, queue(work(schoolLead), "COVERAGE_GAPS").getJsonNumber("count").longValue());

        // The organisation party to nothing: every queue of every role empty.
        Partnership.Member all = partnership.createMember(outsider, "IG_LEAD", "SIGNATORY", "DPO", "PRACTITIONER");
        JsonObject none = work(all);
        assertTrue(none.getBoolean("nothingNeedsYou"), none.toString());
        none.getJsonArray("queues").forEach(q -> assertEquals(0, q.asJsonObject().getJsonNumber("count").longValue(), q.toString()));
        assertEquals(List.of("APPROVALS_AWAITING", "CHANGES_REQUESTED", "DPIAS_AWAITING_MY_ADVICE", "REVIEWS_OVERDUE",
                "REVIEWS_DUE", "ENDING_SOON", "DRAFTS_WITH_ERRORS", "DRAFTS", "COVERAGE_GAPS", "RECENT_DECISIONS"), kinds(none));
    }

    @Test
    void theApiAnswersTheCallerOnlyAndAnAdministratorSeesWhoHasNotSignedIn() throws Exception {
        assertEquals(401, new Api(base.toURI(), "not-a-token").get("/api/v1/me/work").status());

        long adminOrganisation = ((Number) Database.single("select organisation_id from app_user where email = ?",
                Partnership.ADMIN_EMAIL)).longValue();
        String email = Partnership.unique("never") .toLowerCase().replaceAll("[^a-z0-9]", "") + "@example.org";
        Api.Response created = partnership.admin().post("/api/v1/users", Json.createObjectBuilder()
                .add("organisationId", adminOrganisation).add("fullName", "Never Signed In").add("email", email)
                .add("roles", Json.createArrayBuilder().add("PRACTITIONER")).build());
        assertEquals(201, created.status(), created.body());
        Api.Response response = partnership.admin().get("/api/v1/me/work");
        assertEquals(200, response.status(), response.body());
        assertTrue(response.contentType().startsWith("application/json"), response.contentType());
        JsonObject queue = queue(response.json(), "USERS_NOT_SIGNED_IN");
        assertEquals("People who have not yet signed in", queue.getString("label"));
        assertEquals("/admin/users.xhtml", queue.getString("listPage"));
        assertTrue(queue.getJsonNumber("count").longValue() >= 1);
        assertTrue(queue.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .anyMatch(i -> i.getString("reference").equals(email) && i.getString("title").equals("Never Signed In")
                        && i.getString("page").startsWith("/admin/user.xhtml?id=")), queue.toString());
        // Someone of another organisation not yet signed in is not this organisation's to chase.
        Partnership.Member otherAdmin = partnership.createMember(council, "ADMIN");
        partnership.admin().post("/api/v1/users", Json.createObjectBuilder().add("organisationId", school)
                .add("fullName", "School Newcomer").add("email", "x" + email).add("roles", Json.createArrayBuilder().add("DPO")).build());
        assertEquals(0, queue(work(otherAdmin), "USERS_NOT_SIGNED_IN").getJsonNumber("count").longValue());
    }

    private static JsonObject work(Partnership.Member member) {
        Api.Response response = member.api().get("/api/v1/me/work");
        assertEquals(200, response.status(), response.body());
        return response.json();
    }

    private static JsonObject queue(JsonObject work, String kind) {
        return work.getJsonArray("queues").stream().map(JsonValue::asJsonObject).filter(q -> q.getString("kind").equals(kind))
                .findFirst().orElseThrow(() -> new AssertionError("no queue " + kind + " in " + work));
    }

    private static List<String> kinds(JsonObject work) {
        return work.getJsonArray("queues").stream().map(q -> q.asJsonObject().getString("kind")).toList();
    }

    /** The ids of a queue's items; the queue must be there, and count what it lists when it lists them all. */
    private static List<Long> ids(JsonObject work, String kind) {
        JsonObject q = queue(work, kind);
        List<Long> ids = q.getJsonArray("items").stream().map(i -> i.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertEquals(ids.size(), q.getJsonNumber("count").longValue(), q.toString());
        return ids;
    }

    private static long id(JsonObject o, String field) {
        return o.getJsonNumber(field).longValue();
    }

    private static void decide(Partnership.Member signatory, long versionId, String decision, String comment) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("decision", decision);
        if (comment != null) {
            body.add("comment", comment);
        }
        Api.Response decided = signatory.api().post("/api/v1/agreements/versions/" + versionId + "/decisions", body.build());
        assertEquals(201, decided.status(), decided.body());
    }

    private long template() {
        return councilLead.api().get("/api/v1/templates").array().stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getBoolean("builtIn") && t.getString("kind").equals("DSA")).findFirst().orElseThrow()
                .getJsonArray("versions").getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** An agreement between the council (lead) and the school, approved by both, with these dates. */
    private long approved(String title, LocalDate effective, LocalDate review, LocalDate end) {
        JsonObjectBuilder details = Json.createObjectBuilder().add("templateVersionId", template()).add("title", title)
                .add("effectiveDate", effective.toString()).add("reviewDate", review.toString())
                .add("parties", Json.createArrayBuilder().add(Json.createObjectBuilder().add("organisationId", school).add("role", "CONTROLLER")));
        if (end != null) {
            details.add("endDate", end.toString());
        }
        JsonObject draft = councilLead.api().post("/api/v1/agreements", details.build()).json();
        JsonObject flowed = councilLead.api().post("/api/v1/agreements/versions/" + id(draft, "versionId") + "/flows",
                Json.createObjectBuilder().add("lockVersion", id(draft, "lockVersion")).add("flow",
                        Json.createObjectBuilder().add("sender", "P2").add("recipient", "P1")
                                .add("dataSubjects", Json.createArrayBuilder().add("CHILD"))
                                .add("dataCategories", Json.createArrayBuilder().add("EDUCATION_DATA"))
                                .add("purpose", "CHILD_IN_NEED").add("transferMethod", "SECURE_EMAIL")
                                .add("retention", "Until the child is 25").add("regime", "GENERAL")
                                .add("lawfulBases", Json.createArrayBuilder().add("A6-1-e"))
                                .add("statutoryGateways", Json.createArrayBuilder().add("CA1989-S17"))
                                .add("confidentialityBasis", "CL-PUBLIC-INTEREST")).build()).json();
        Api.Response submitted = councilLead.api().post("/api/v1/agreements/versions/" + id(flowed, "versionId") + "/submission",
                Json.createObjectBuilder().add("lockVersion", id(flowed, "lockVersion")).build());
        assertEquals(200, submitted.status(), submitted.body());
        long versionId = id(submitted.json(), "versionId");
        decide(councilSignatory, versionId, "APPROVED", null);
        decide(schoolSignatory, versionId, "APPROVED", null);
        return versionId;
    }

    /** A council DPIA screened, answered and with one risk reduced by a measure, then sent to the DPO for advice. */
    private static JsonObjectBuilder locked(JsonObject o) {
        return Json.createObjectBuilder().add("lockVersion", id(o, "lockVersion"));
    }

    private static JsonObject ok(Api.Response response) {
        assertTrue(response.status() == 200 || response.status() == 201, response.status() + " " + response.body());
        return response.json();
    }

    private static JsonObjectBuilder notShared(long to) {
        return Json.createObjectBuilder().add("decision", "NOT_SHARED").add("recipientOrganisationId", to)
                .add("decidedOn", TODAY.toString())
                .add("dataSubjects", Json.createArrayBuilder().add("CHILD"))
                .add("dataCategories", Json.createArrayBuilder().add("EDUCATION_DATA"))
                .add("purpose", "EARLY_HELP").add("noAgreementReason", "OTHER").add("routeOutcome", "NOT_COVERED")
                .add("emergency", false).add("familyInformed", true).add("consentSought", false)
                .add("consentNotSoughtReason", "Not shared: no consent was needed.")
                .add("rationale", "No agreement with the charity: asked the DPO first.").add("caseReference", "CS-2026-0099");
    }
}
