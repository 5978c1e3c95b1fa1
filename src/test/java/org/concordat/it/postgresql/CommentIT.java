package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.concordat.it.support.Api;
import org.concordat.it.support.Database;
import org.concordat.it.support.Deployments;
import org.concordat.it.support.Partnership;
import org.concordat.it.support.SigningOutbox;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Comments on drafts (issue 23, part 4) over the API, on PostgreSQL: a draft's comments are its lead's IG leads' alone;
 * a submitted version's, every party's IG leads and signatories'; practitioners are refused and other organisations
 * find nothing; threads, replies, resolving and reopening; the authors told in their inboxes; the audit trail; bad
 * input answered with a problem naming the fields and nothing kept; an approved version's comments read-only, and
 * never in its signed PDF or JSON. The partnership is made once for the class (members sign in through the pages).
 */
@ExtendWith(ArquillianExtension.class)
class CommentIT {

    static final String DRAFT_COMMENT = "Draft note for the council only: check the retention with legal services.";
    static final String PARTY_COMMENT = "The school keeps education records until the child is 25; please say so.";
    static final String REPLY = "Thank you: the retention now reads until the child is 25.";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @ArquillianResource
    URL base;

    static Partnership partnership;
    static long council;
    static long school;
    static Partnership.Member lead;
    static Partnership.Member councilSignatory;
    static Partnership.Member schoolLead;
    static Partnership.Member schoolSignatory;
    static Partnership.Member practitioner;
    static Partnership.Member outsider;

    @BeforeEach
    void partnership() throws Exception {
        if (partnership != null) {
            return;
        }
        partnership = Partnership.asAdministrator(base.toURI());
        council = partnership.createOrganisation(Partnership.unique("Comment Council"), "LOCAL_AUTHORITY", true).getJsonNumber("id").longValue();
        school = partnership.createOrganisation(Partnership.unique("Comment School"), "EDUCATION", true).getJsonNumber("id").longValue();
        long other = partnership.createOrganisation(Partnership.unique("Comment Other"), "HEALTH", true).getJsonNumber("id").longValue();
        lead = partnership.createMember(council, "IG_LEAD");
        councilSignatory = partnership.createMember(council, "SIGNATORY");
        schoolLead = partnership.createMember(school, "IG_LEAD");
        schoolSignatory = partnership.createMember(school, "SIGNATORY");
        practitioner = partnership.createMember(school, "PRACTITIONER");
        outsider = partnership.createMember(other, "IG_LEAD", "SIGNATORY");
    }

    /** A draft led by the council with the school as a party and one flow, F1: school to council. */
    private JsonObject draft(String title) {
        long template = lead.api().get("/api/v1/templates").array().stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getBoolean("builtIn") && t.getString("kind").equals("DSA")).findFirst().orElseThrow()
                .getJsonArray("versions").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Response created = lead.api().post("/api/v1/agreements", Json.createObjectBuilder().add("templateVersionId", template)
                .add("title", title).add("effectiveDate", "2026-04-01")
                .add("parties", Json.createArrayBuilder().add(Json.createObjectBuilder().add("organisationId", school)
                        .add("role", "CONTROLLER"))).build());
        assertEquals(201, created.status(), created.body());
        Api.Response flowed = lead.api().post("/api/v1/agreements/versions/" + created.json().getJsonNumber("versionId").longValue()
                + "/flows", Json.createObjectBuilder().add("lockVersion", created.json().getJsonNumber("lockVersion").longValue())
                .add("flow", Json.createObjectBuilder().add("sender", "P2").add("recipient", "P1")
                        .add("dataSubjects", Json.createArrayBuilder().add("CHILD"))
                        .add("dataCategories", Json.createArrayBuilder().add("EDUCATION_DATA"))
                        .add("purpose", "CHILD_IN_NEED").add("transferMethod", "SECURE_EMAIL")
                        .add("retention", "Until the child is 25").add("regime", "GENERAL")
                        .add("lawfulBases", Json.createArrayBuilder().add("A6-1-e"))
                        .add("statutoryGateways", Json.createArrayBuilder().add("CA1989-S17"))
                        .add("confidentialityBasis", "CL-PUBLIC-INTEREST")).build());
        assertEquals(201, flowed.status(), flowed.body());
        return flowed.json();
    }

    private static String comments(long versionId) {
        return "/api/v1/agreements/versions/" + versionId + "/comments";
    }

    private static Api.Response comment(Partnership.Member member, long versionId, String kind, String key, String text) {
        var body = Json.createObjectBuilder().add("anchorKind", kind).add("text", text);
        if (key != null) {
            body.add("anchorKey", key);
        }
        return member.api().post(comments(versionId), body.build());
    }

    private static List<String> errorFields(Api.Response response) {
        return response.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList();
    }

    private static long threads(long versionId) {
        return (Long) Database.single("select count(*) from comment_thread where agreement_version_id = ?", versionId);
    }

    @Test
    void aDraftIsDiscussedByItsLeadsIgLeadsAloneAndBadInputChangesNothing() {
        JsonObject draft = draft("Comments: the draft is the lead's");
        long versionId = draft.getJsonNumber("versionId").longValue();

        JsonObject discussion = lead.api().get(comments(versionId)).json();
        assertTrue(discussion.getBoolean("canComment"));
        assertEquals("DRAFT", discussion.getString("status"));
        JsonArray anchors = discussion.getJsonArray("anchors");
        assertEquals("VERSION", anchors.getJsonObject(0).getString("kind"));
        assertEquals("The whole agreement", anchors.getJsonObject(0).getString("label"));
        String section = anchors.stream().map(JsonValue::asJsonObject).filter(a -> a.getString("kind").equals("SECTION"))
                .findFirst().orElseThrow().getString("key");
        assertTrue(anchors.stream().map(JsonValue::asJsonObject).anyMatch(a -> a.getString("kind").equals("FLOW")
                && a.getString("key").equals("F1") && a.getString("label").startsWith("Flow 1: ")), anchors.toString());

        Api.Response started = comment(lead, versionId, "SECTION", section, "  " + DRAFT_COMMENT + "\n");
        assertEquals(201, started.status(), started.body());
        assertTrue(started.raw().headers().firstValue("Location").orElse("").endsWith(comments(versionId) + "/"
                + started.json().getJsonNumber("id").longValue()));
        assertEquals(DRAFT_COMMENT, started.json().getJsonArray("comments").getJsonObject(0).getString("text"), "trimmed");
        assertEquals("OPEN", started.json().getString("status"));

        // Who else: a party's IG lead and the lead organisation's own signatory do not see a draft; a practitioner is
        // refused whatever the version; another organisation finds nothing.
        assertEquals(404, schoolLead.api().get(comments(versionId)).status());
        assertEquals(404, comment(schoolLead, versionId, "VERSION", null, "Let me in").status());
        assertEquals(404, councilSignatory.api().get(comments(versionId)).status());
        assertEquals(403, practitioner.api().get(comments(versionId)).status());
        assertEquals(403, comment(practitioner, versionId, "VERSION", null, "Let me in").status());
        assertEquals(404, outsider.api().get(comments(versionId)).status());
        assertEquals(404, lead.api().get(comments(999_999_999L)).status());

        // Bad input: a problem naming every field, in the form's order, and nothing kept.
        Api.Response bad = comment(lead, versionId, "SECTION", "no-such-section", "   ");
        assertEquals(400, bad.status(), bad.body());
        assertEquals("application/problem+json", bad.contentType());
        assertEquals("/problems/invalid-input", bad.json().getString("type"));
        assertEquals(List.of("anchor", "text"), errorFields(bad), bad.body());
        assertTrue(bad.body().contains("This version has no section no-such-section"), bad.body());
        Api.Response flowless = comment(lead, versionId, "FLOW", "F9", "Which flow?");
        assertEquals(400, flowless.status());
        assertTrue(flowless.body().contains("This version has no flow F9"), flowless.body());
        Api.Response tooLong = comment(lead, versionId, "VERSION", null, "x".repeat(2001));
        assertEquals(400, tooLong.status());
        assertTrue(tooLong.body().contains("2000 characters or fewer"), tooLong.body());
        Api.Response control = comment(lead, versionId, "VERSION", null, "Fine\u0000print");
        assertEquals(400, control.status(), control.body());
        assertEquals(List.of("text"), errorFields(control));
        Api.Response kind = lead.api().send("POST", comments(versionId), "{\"anchorKind\":\"PARAGRAPH\",\"text\":\"Hm\"}");
        assertEquals(400, kind.status(), kind.body());
        assertEquals("application/problem+json", kind.contentType());
        assertEquals(400, lead.api().send("POST", comments(versionId), "").status(), "no body");
        assertEquals(1L, threads(versionId), "only the good comment was kept");
        assertEquals(1L, Database.single("select count(*) from comment_entry e join comment_thread t on t.id = e.thread_id"
                + " where t.agreement_version_id = ?", versionId));
    }

    @Test
    void partiesDiscussASubmittedVersionTheAuthorsHearAndOnceApprovedItIsReadOnlyAndNeverSigned() throws Exception {
        JsonObject draft = draft("Comments: submitted to the school");
        long versionId = draft.getJsonNumber("versionId").longValue();
        long agreementId = draft.getJsonNumber("agreementId").longValue();
        assertEquals(201, comment(lead, versionId, "VERSION", null, DRAFT_COMMENT).status());
        Api.Response submitted = lead.api().post("/api/v1/agreements/versions/" + versionId + "/submission",
                Json.createObjectBuilder().add("lockVersion", lead.api().get("/api/v1/agreements/versions/" + versionId).json()
                        .getJsonNumber("lockVersion").longValue()).build());
        assertEquals(200, submitted.status(), submitted.body());
        int leadInbox = lead.api().get("/api/v1/notifications").array().size();

        // Every party's IG leads and signatories now see the version's comments, the draft's among them.
        JsonObject seen = schoolSignatory.api().get(comments(versionId)).json();
        assertTrue(seen.getBoolean("canComment"));
        assertEquals(DRAFT_COMMENT, seen.getJsonArray("threads").getJsonObject(0).getJsonArray("comments").getJsonObject(0).getString("text"));
        assertEquals(200, councilSignatory.api().get(comments(versionId)).status());
        assertEquals(403, practitioner.api().get(comments(versionId)).status(), "a party's practitioner is refused");
        assertEquals(404, outsider.api().get(comments(versionId)).status(), "not a party");

        Api.Response started = comment(schoolSignatory, versionId, "FLOW", "F1", PARTY_COMMENT);
        assertEquals(201, started.status(), started.body());
        long threadId = started.json().getJsonNumber("id").longValue();
        assertTrue(started.json().getString("about").startsWith("Flow 1: "), started.body());

        // The authors (the lead's IG leads) hear of it, with a link to the thread; the writer does not.
        JsonArray inbox = lead.api().get("/api/v1/notifications").array();
        assertEquals(leadInbox + 1, inbox.size(), inbox.toString());
        JsonObject notice = inbox.getJsonObject(0);
        assertTrue(notice.getString("subject").startsWith("New comment on Comments: submitted to the school"), notice.toString());
        assertTrue(notice.getString("body").contains(PARTY_COMMENT) && notice.getString("body").contains("about: Flow 1: "), notice.toString());
        assertEquals("/app/agreement-discussion.xhtml?version=" + versionId + "&thread=" + threadId, notice.getString("link"));
        assertTrue(schoolSignatory.api().get("/api/v1/notifications").array().stream()
                .noneMatch(n -> n.asJsonObject().getString("subject").startsWith("New comment")), "not the writer");

        // A reply: the thread's first writer hears of it.
        Api.Response replied = lead.api().post(comments(versionId) + "/" + threadId + "/replies",
                Json.createObjectBuilder().add("text", REPLY).build());
        assertEquals(201, replied.status(), replied.body());
        assertEquals(2, replied.json().getJsonArray("comments").size());
        assertTrue(schoolSignatory.api().get("/api/v1/notifications").array().stream()
                .anyMatch(n -> n.asJsonObject().getString("subject").startsWith("New reply on")), "the school hears of the reply");

        // Resolve, and the guards of a resolved thread; a party's IG lead reopens it.
        Api.Response resolved = lead.api().post(comments(versionId) + "/" + threadId + "/resolution", JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(200, resolved.status(), resolved.body());
        assertEquals("RESOLVED", resolved.json().getString("status"));
        assertEquals(400, lead.api().post(comments(versionId) + "/" + threadId + "/resolution", JsonValue.EMPTY_JSON_OBJECT).status());
        Api.Response late = schoolSignatory.api().post(comments(versionId) + "/" + threadId + "/replies",
                Json.createObjectBuilder().add("text", "One more thing").build());
        assertEquals(400, late.status());
        assertTrue(late.body().contains("Reopen it to reply"), late.body());
        Api.Response reopened = schoolLead.api().delete(comments(versionId) + "/" + threadId + "/resolution");
        assertEquals(200, reopened.status(), reopened.body());
        assertEquals("OPEN", reopened.json().getString("status"));
        assertEquals(2, schoolLead.api().get(comments(versionId)).json().getInt("openThreads"), "both threads open");
        assertEquals(404, lead.api().get(comments(versionId) + "/999999999").status());
        assertEquals(403, practitioner.api().get(comments(versionId) + "/" + threadId).status(), "a practitioner is refused a thread too");

        // The history tells who commented, resolved and reopened, without the words.
        String history = lead.api().get("/api/v1/agreements/" + agreementId + "/history").json().getJsonArray("events")
                .stream().map(e -> e.asJsonObject().getString("summary")).collect(Collectors.joining("\n"));
        assertTrue(history.contains("Comment added") && history.contains("Reply added") && history.contains("Comment resolved")
                && history.contains("Comment reopened"), history);
        assertFalse(history.contains(PARTY_COMMENT) || history.contains(DRAFT_COMMENT), history);
        assertThrows(SQLException.class, () -> Database.execute("update comment_entry set body = 'rewritten' where thread_id = ?", threadId),
                "a comment is never rewritten");

        // Approved by both parties: the comments stay, read-only.
        for (Partnership.Member signatory : List.of(councilSignatory, schoolSignatory)) {
            Api.Response decided = signatory.api().post("/api/v1/agreements/versions/" + versionId + "/decisions",
                    Json.createObjectBuilder().add("decision", "APPROVED").build());
            assertEquals(201, decided.status(), decided.body());
        }
        JsonObject closed = schoolLead.api().get(comments(versionId)).json();
        assertFalse(closed.getBoolean("canComment"));
        assertTrue(closed.getString("closedReason").startsWith("This version no longer takes comments"));
        assertEquals(2, closed.getJsonArray("threads").size());
        Api.Response refused = comment(lead, versionId, "VERSION", null, "Too late?");
        assertEquals(400, refused.status());
        assertEquals(List.of("status"), errorFields(refused));
        assertEquals(400, lead.api().post(comments(versionId) + "/" + threadId + "/resolution", JsonValue.EMPTY_JSON_OBJECT).status());
        assertEquals(2L, threads(versionId));

        // What was signed carries none of it.
        SigningOutbox.awaitSigned(versionId);
        String pdfText;
        try (PDDocument document = Loader.loadPDF(download(lead, "/api/v1/agreements/versions/" + versionId + "/document.pdf"))) {
            pdfText = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertTrue(pdfText.contains("Comments: submitted to the school"), "the right document");
        for (String words : List.of(DRAFT_COMMENT, PARTY_COMMENT, REPLY, "retention with legal services", "keeps education records")) {
            assertFalse(pdfText.contains(words), words);
        }
        String json = new String(download(lead, "/api/v1/agreements/versions/" + versionId + "/document.json"), StandardCharsets.UTF_8);
        assertTrue(Json.createReader(new StringReader(json)).readObject().toString().contains("Comments: submitted to the school"));
        for (String words : List.of(DRAFT_COMMENT, PARTY_COMMENT, REPLY)) {
            assertFalse(json.contains(words), words);
        }
    }

    private byte[] download(Partnership.Member member, String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                .send(HttpRequest.newBuilder(URI.create(base + path.substring(1))).header("Authorization", "Bearer " + member.token())
                        .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }
}
