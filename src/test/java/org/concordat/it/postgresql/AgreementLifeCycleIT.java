package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.concordat.it.support.Api;
import org.concordat.it.support.Database;
import org.concordat.it.support.Deployments;
import org.concordat.it.support.Partnership;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * After approval: notifications (inbox and real email through the server's mail session, read by an SMTP server in
 * this JVM), the daily run (expiry, review reminders once each), the review dashboard, the public register, the
 * history, and the database's own refusal to rewrite what was approved.
 */
@ExtendWith(ArquillianExtension.class)
class AgreementLifeCycleIT {

    static GreenMail smtp;

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
    Partnership.Member councilSignatory;
    Partnership.Member schoolSignatory;

    @BeforeAll
    static void mailServer() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    @BeforeEach
    void partnership() throws Exception {
        partnership = Partnership.asAdministrator(base.toURI());
        council = partnership.createOrganisation(Partnership.unique("Life Council"), "LOCAL_AUTHORITY", true).getJsonNumber("id").longValue();
        school = partnership.createOrganisation(Partnership.unique("Life School"), "EDUCATION", true).getJsonNumber("id").longValue();
        lead = partnership.createMember(council, "IG_LEAD");
        councilSignatory = partnership.createMember(council, "SIGNATORY");
        schoolSignatory = partnership.createMember(school, "SIGNATORY");
    }

    private JsonObject submittedAgreement(String effective, String review, String end) {
        long template = lead.api().get("/api/v1/templates").array().stream().map(t -> t.asJsonObject())
                .filter(t -> t.getBoolean("builtIn") && t.getString("kind").equals("DSA")).findFirst().orElseThrow()
                .getJsonArray("versions").getJsonObject(0).getJsonNumber("id").longValue();
        var details = Json.createObjectBuilder().add("templateVersionId", template).add("title", "Attendance and welfare")
                .add("effectiveDate", effective).add("reviewDate", review)
                .add("parties", Json.createArrayBuilder().add(Json.createObjectBuilder().add("organisationId", school).add("role", "CONTROLLER")));
        if (end != null) {
            details.add("endDate", end);
        }
        JsonObject draft = lead.api().post("/api/v1/agreements", details.build()).json();
        JsonObject flowed = lead.api().post("/api/v1/agreements/versions/" + draft.getJsonNumber("versionId").longValue() + "/flows",
                Json.createObjectBuilder().add("lockVersion", draft.getJsonNumber("lockVersion").longValue()).add("flow",
                        Json.createObjectBuilder().add("sender", "P2").add("recipient", "P1")
                                .add("dataSubjects", Json.createArrayBuilder().add("CHILD"))
                                .add("dataCategories", Json.createArrayBuilder().add("EDUCATION_DATA"))
                                .add("purpose", "CHILD_IN_NEED").add("transferMethod", "SECURE_EMAIL")
                                .add("retention", "Until the child is 25").add("regime", "GENERAL")
                                .add("lawfulBases", Json.createArrayBuilder().add("A6-1-e"))
                                .add("statutoryGateways", Json.createArrayBuilder().add("CA1989-S17"))
                                .add("confidentialityBasis", "CL-PUBLIC-INTEREST")).build()).json();
        assertTrue(flowed.getBoolean("canSubmit"), flowed.getJsonObject("compliance").toString());
        Api.Response submitted = lead.api().post("/api/v1/agreements/versions/" + flowed.getJsonNumber("versionId").longValue()
                + "/submission", Json.createObjectBuilder().add("lockVersion", flowed.getJsonNumber("lockVersion").longValue()).build());
        assertEquals(200, submitted.status(), submitted.body());
        return submitted.json();
    }

    private JsonObject approve(JsonObject submitted) {
        long versionId = submitted.getJsonNumber("versionId").longValue();
        JsonObject last = null;
        for (Partnership.Member signatory : List.of(councilSignatory, schoolSignatory)) {
            Api.Response decided = signatory.api().post("/api/v1/agreements/versions/" + versionId + "/decisions",
                    Json.createObjectBuilder().add("decision", "APPROVED").build());
            assertEquals(201, decided.status(), decided.body());
            last = decided.json();
        }
        return last;
    }

    private static List<MimeMessage> mailTo(String email, int atLeast) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (true) {
            List<MimeMessage> mine = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
                try {
                    return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(email));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            if (mine.size() >= atLeast || System.currentTimeMillis() > deadline) {
                return mine;
            }
            Thread.sleep(100);
        }
    }

    @Test
    void signatoriesAreToldWhenTheirApprovalIsNeededInTheInboxAndByEmail() throws Exception {
        JsonObject submitted = submittedAgreement("2026-04-01", "2027-04-01", null);
        String reference = submitted.getString("reference");

        JsonArray inbox = schoolSignatory.api().get("/api/v1/notifications").array();
        assertEquals(1, inbox.size(), inbox.toString());
        JsonObject notice = inbox.getJsonObject(0);
        assertTrue(notice.getString("subject").startsWith("Your approval is needed: Attendance and welfare (" + reference));
        assertEquals("/app/agreement.xhtml?id=" + submitted.getJsonNumber("versionId").longValue(), notice.getString("link"));
        assertFalse(notice.getBoolean("read"));
        assertEquals(1L, schoolSignatory.api().get("/api/v1/notifications/unread-count").json().getJsonNumber("unread").longValue());
        assertEquals(0, lead.api().get("/api/v1/notifications").array().size(), "the author is not asked to approve");

        List<MimeMessage> mail = mailTo(schoolSignatory.email(), 1);
        assertEquals(1, mail.size(), "one email to the school's signatory");
        assertEquals(notice.getString("subject"), mail.get(0).getSubject());
        String body = mail.get(0).getContent().toString();
        assertTrue(body.contains("http://localhost:8180/app/agreement.xhtml?id="), body);

        long id = notice.getJsonNumber("id").longValue();
        assertEquals(404, lead.api().post("/api/v1/notifications/" + id + "/read", null).status(), "nobody marks another's");
        assertTrue(schoolSignatory.api().post("/api/v1/notifications/" + id + "/read", null).json().getBoolean("read"));
        assertEquals(0L, schoolSignatory.api().get("/api/v1/notifications/unread-count").json().getJsonNumber("unread").longValue());

        // A request for changes goes back to the lead's IG leads, with the comment.
        schoolSignatory.api().post("/api/v1/agreements/versions/" + submitted.getJsonNumber("versionId").longValue() + "/decisions",
                Json.createObjectBuilder().add("decision", "CHANGES_REQUESTED").add("comment", "Name the attendance officer.").build());
        JsonObject back = lead.api().get("/api/v1/notifications").array().getJsonObject(0);
        assertTrue(back.getString("subject").startsWith("Changes requested"), back.toString());
        assertTrue(back.getString("body").contains("Name the attendance officer."), back.toString());
        assertEquals(1, mailTo(lead.email(), 1).size());
    }

    @Test
    void theDailyRunExpiresEndedAgreementsAndRemindsOfReviewsOnce() throws Exception {
        LocalDate today = LocalDate.now();
        JsonObject ending = approve(submittedAgreement(today.minusDays(60).toString(), today.plusDays(5).toString(),
                today.minusDays(1).toString()));
        assertFalse(ending.getBoolean("inForce"), "past its end date: no longer in force, even before the run");
        JsonObject reviewSoon = approve(submittedAgreement(today.minusDays(300).toString(), today.plusDays(20).toString(), null));
        long reviewId = reviewSoon.getJsonNumber("agreementId").longValue();

        assertEquals(403, lead.api().post("/api/v1/agreements/calendar-runs", null).status(), "administrators only");
        JsonObject run = partnership.admin().post("/api/v1/agreements/calendar-runs", null).json();
        assertTrue(run.getInt("expired") >= 1 && run.getInt("reminders") >= 1, run.toString());
        assertEquals("EXPIRED", Database.single("select status from agreement_version where id = ?",
                ending.getJsonNumber("versionId").longValue()));

        List<String> subjects = lead.api().get("/api/v1/notifications").array().stream()
                .map(n -> n.asJsonObject().getString("subject")).toList();
        assertEquals(1, subjects.stream().filter(s -> s.startsWith("Review due in 20 days: Attendance and welfare ("
                + reviewSoon.getString("reference"))).count(), subjects.toString());
        assertTrue(subjects.stream().anyMatch(s -> s.startsWith("Agreement expired") && s.contains(ending.getString("reference"))),
                subjects.toString());

        partnership.admin().post("/api/v1/agreements/calendar-runs", null);
        assertEquals(subjects.size(), lead.api().get("/api/v1/notifications").array().size(), "a second run sends nothing again");
        assertEquals(1L, Database.single("select count(*) from agreement_review_reminder where agreement_version_id = ?",
                reviewSoon.getJsonNumber("versionId").longValue()));

        JsonArray reviews = schoolSignatory.api().get("/api/v1/agreements/reviews").array();
        JsonObject item = reviews.stream().map(r -> r.asJsonObject()).filter(r -> r.getJsonNumber("agreementId").longValue() == reviewId)
                .findFirst().orElseThrow(() -> new AssertionError(reviews.toString()));
        assertEquals("WITHIN_30_DAYS", item.getString("band"));
        assertEquals(20, item.getInt("daysLeft"));
        assertFalse(item.getBoolean("led"), "the school is a party, the council leads");
        assertTrue(reviews.stream().noneMatch(r -> r.asJsonObject().getString("reference").equals(ending.getString("reference"))),
                "an expired agreement has no review due");
    }

    @Test
    void thePublicRegisterListsPublishedAgreementsInForceOnly() throws Exception {
        JsonObject approved = approve(submittedAgreement("2026-04-01", "2027-04-01", null));
        long agreementId = approved.getJsonNumber("agreementId").longValue();
        String reference = approved.getString("reference");
        Api anonymous = new Api(base.toURI(), null);
        Api.Response before = anonymous.get("/api/v1/register");
        assertEquals(200, before.status(), before.body());
        assertFalse(before.body().contains(reference), "not published yet");

        Partnership.Member schoolLead = partnership.createMember(school, "IG_LEAD");
        assertEquals(404, schoolLead.api().put("/api/v1/agreements/" + agreementId + "/public-register",
                Json.createObjectBuilder().add("shown", true).build()).status(), "only the lead organisation publishes");
        assertEquals(400, lead.api().put("/api/v1/agreements/" + agreementId + "/public-register",
                Json.createObjectBuilder().build()).status());
        assertTrue(lead.api().put("/api/v1/agreements/" + agreementId + "/public-register",
                Json.createObjectBuilder().add("shown", true).build()).json().getBoolean("publicRegister"));

        Api.Response published = anonymous.get("/api/v1/register");
        assertEquals(200, published.status(), published.body());
        JsonObject entry = published.array().stream().map(e -> e.asJsonObject())
                .filter(e -> e.getString("reference").equals(reference)).findFirst().orElseThrow();
        assertEquals("Attendance and welfare", entry.getString("title"));
        assertEquals(2, entry.getJsonArray("parties").size());
        assertTrue(entry.getJsonArray("lawfulBases").getString(0).contains("Article 6(1)(e)"), entry.toString());
        assertFalse(entry.containsKey("flows"), "no flow details, contacts or notes on the public register");

        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.toURI().resolve("/api/v1/register.csv"))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("Reference,Title,Parties,Purposes,Lawful bases"), csv.body());
        assertTrue(csv.body().contains(reference + ",Attendance and welfare,"), csv.body());

        lead.api().post("/api/v1/agreements/versions/" + approved.getJsonNumber("versionId").longValue() + "/termination",
                Json.createObjectBuilder().add("date", LocalDate.now().toString()).add("reason", "Replaced by the county agreement.").build());
        assertFalse(anonymous.get("/api/v1/register").body().contains(reference), "a terminated agreement leaves the register");
    }

    @Test
    void theHistoryShowsEveryVersionAndEventToPartiesOnly() throws Exception {
        JsonObject approved = approve(submittedAgreement("2026-04-01", "2027-04-01", null));
        long agreementId = approved.getJsonNumber("agreementId").longValue();
        JsonObject history = schoolSignatory.api().get("/api/v1/agreements/" + agreementId + "/history").json();
        assertEquals(1, history.getJsonArray("versions").size());
        assertEquals("APPROVED", history.getJsonArray("versions").getJsonObject(0).getString("status"));
        List<String> actions = history.getJsonArray("events").stream().map(e -> e.asJsonObject().getString("action")).toList();
        assertTrue(actions.containsAll(List.of("AGREEMENT_SUBMITTED", "AGREEMENT_APPROVED_BY_PARTY")), actions.toString());

        long outsider = partnership.createOrganisation(Partnership.unique("Outside Charity"), "VOLUNTARY", false)
                .getJsonNumber("id").longValue();
        assertEquals(404, partnership.createMember(outsider, "IG_LEAD").api().get("/api/v1/agreements/" + agreementId + "/history").status());
    }

    @Test
    void theDatabaseRefusesToRewriteWhatWasApprovedOrDecided() throws Exception {
        JsonObject approved = approve(submittedAgreement("2026-04-01", "2027-04-01", null));
        long versionId = approved.getJsonNumber("versionId").longValue();

        SQLException retitle = assertThrows(SQLException.class,
                () -> Database.execute("update agreement_version set title = 'Rewritten' where id = ?", versionId));
        assertTrue(retitle.getMessage().contains("cannot be changed"), retitle.getMessage());
        assertThrows(SQLException.class, () -> Database.execute("update agreement_version set status = 'DRAFT' where id = ?", versionId));
        assertThrows(SQLException.class, () -> Database.execute("update agreement_flow set purpose = 'EARLY_HELP' where agreement_version_id = ?", versionId));
        assertThrows(SQLException.class, () -> Database.execute("delete from agreement_party where agreement_version_id = ?", versionId));
        assertThrows(SQLException.class, () -> Database.execute("insert into agreement_section_answer (agreement_version_id, answer_key, answer) values (?, 'x.y', 'z')", versionId));
        assertThrows(SQLException.class, () -> Database.execute("delete from agreement_decision where agreement_version_id = ?", versionId));
        assertThrows(SQLException.class, () -> Database.execute("update audit_event set summary = 'nothing happened'"));
        assertEquals("Attendance and welfare", Database.single("select title from agreement_version where id = ?", versionId));
        assertEquals(2L, Database.single("select count(*) from agreement_decision where agreement_version_id = ?", versionId));
    }
}
