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
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * DPIAs over the API on PostgreSQL: screening to completion through the DPO's advice and sign-off, prior
 * consultation when a high residual risk is accepted, the DPO-only step, who sees what, stale changes, the
 * agreement that waits for its DPIA, and review reminders (inbox and real email through the server's mail session,
 * read by an SMTP server in this JVM).
 */
@ExtendWith(ArquillianExtension.class)
class DpiaIT {

    static GreenMail smtp;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @ArquillianResource
    URL base;

    final HttpClient http = HttpClient.newBuilder().build();

    Partnership partnership;
    long council;
    long school;
    long police;
    Partnership.Member lead;
    Partnership.Member dpo;
    Partnership.Member signatory;

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
        // The council relies on Schedule 1 paragraph 18, which needs an appropriate policy document.
        Api.Response created = partnership.admin().post("/api/v1/organisations", Json.createObjectBuilder()
                .add("name", Partnership.unique("DPIA Council")).add("sector", "LOCAL_AUTHORITY").add("publicAuthority", true)
                .add("competentAuthority", false).add("dpoName", "Dee Okafor").add("dpoEmail", "dpo@council.example")
                .add("apdReference", "APD-2026-01").add("apdDate", "2026-01-15").build());
        assertEquals(201, created.status(), created.body());
        council = created.json().getJsonNumber("id").longValue();
        // The school receives children's health data under paragraph 18 too, so it needs its own document.
        Api.Response schoolCreated = partnership.admin().post("/api/v1/organisations", Json.createObjectBuilder()
                .add("name", Partnership.unique("DPIA School")).add("sector", "EDUCATION").add("publicAuthority", true)
                .add("competentAuthority", false).add("dpoName", "Test DPO").add("dpoEmail", "dpo@example.org")
                .add("apdReference", "SCH-APD-2026").add("apdDate", "2026-01-15").build());
        assertEquals(201, schoolCreated.status(), schoolCreated.body());
        school = schoolCreated.json().getJsonNumber("id").longValue();
        police = partnership.createOrganisation(Partnership.unique("DPIA Police"), "POLICE", true).getJsonNumber("id").longValue();
        lead = partnership.createMember(council, "IG_LEAD");
        dpo = partnership.createMember(council, "DPO");
        signatory = partnership.createMember(council, "SIGNATORY");
    }

    private long builtInTemplate(String kind) {
        return lead.api().get("/api/v1/templates").array().stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getBoolean("builtIn") && t.getString("kind").equals(kind)).findFirst().orElseThrow()
                .getJsonArray("versions").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private JsonObject newDpia(String title, Long agreementId) {
        var body = Json.createObjectBuilder().add("templateVersionId", builtInTemplate("DPIA")).add("title", title);
        if (agreementId != null) {
            body.add("agreementIds", Json.createArrayBuilder().add(agreementId));
        }
        Api.Response created = lead.api().post("/api/v1/dpias", body.build());
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    private static long id(JsonObject o, String field) {
        return o.getJsonNumber(field).longValue();
    }

    private static String versionPath(JsonObject dpia) {
        return "/api/v1/dpias/versions/" + id(dpia, "versionId");
    }

    private static JsonObjectBuilder locked(JsonObject dpia) {
        return Json.createObjectBuilder().add("lockVersion", id(dpia, "lockVersion"));
    }

    private static JsonObject ok(Api.Response response) {
        assertTrue(response.status() == 200 || response.status() == 201, response.status() + " " + response.body());
        return response.json();
    }

    /** How many inbox entries the member has whose subject starts so. */
    private static Object inbox(Partnership.Member member, String subject) {
        return Database.single("select count(*) from notification where recipient_user_id = ? and subject like ?", member.id(), subject + "%");
    }

    /** A cell of a heat map: rows from probable to remote, columns from minimal to severe. */
    private static JsonObject cell(JsonObject heatMap, int row, int column) {
        return heatMap.getJsonArray("rows").getJsonObject(row).getJsonArray("cells").getJsonObject(column);
    }

    private static List<String> errorFields(Api.Response response) {
        assertEquals(400, response.status(), response.body());
        return response.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList();
    }

    /** Every screening question answered no except the one about children and vulnerable people. */
    private JsonObject screened(JsonObject dpia) {
        var answers = Json.createObjectBuilder();
        dpia.getJsonArray("screening").forEach(q -> {
            String key = q.asJsonObject().getString("key");
            answers.add(key, key.equals("children-or-vulnerable-people"));
        });
        return ok(lead.api().put(versionPath(dpia) + "/screening", locked(dpia).add("answers", answers).build()));
    }

    /** Every field the template requires answered, keeping what is there already. */
    private JsonObject answered(JsonObject dpia) {
        JsonObject template = lead.api().get("/api/v1/templates/versions/" + id(dpia, "templateVersionId")).json();
        var answers = Json.createObjectBuilder();
        dpia.getJsonObject("answers").forEach(answers::add);
        template.getJsonObject("content").getJsonArray("sections").forEach(s -> s.asJsonObject().getJsonArray("fields").forEach(f -> {
            String key = s.asJsonObject().getString("key") + "." + f.asJsonObject().getString("key");
            if (f.asJsonObject().getBoolean("required") && !dpia.getJsonObject("answers").containsKey(key)) {
                answers.add(key, "Our answer to " + f.asJsonObject().getString("label"));
            }
        }));
        return ok(lead.api().put(versionPath(dpia) + "/answers", locked(dpia).add("answers", answers).build()));
    }

    private JsonObject risk(JsonObject dpia, String likelihood, String severity) {
        return ok(lead.api().post(versionPath(dpia) + "/risks", locked(dpia).add("risk", Json.createObjectBuilder()
                .add("source", "A referral is emailed to the wrong school").add("impact", "A child's health history is disclosed")
                .add("likelihood", likelihood).add("severity", severity)).build()));
    }

    private JsonObject measure(JsonObject dpia, String riskKey, String effect, String likelihood, String severity) {
        return ok(lead.api().post(versionPath(dpia) + "/risks/" + riskKey + "/measures", locked(dpia).add("measure",
                Json.createObjectBuilder().add("description", "Referrals go through the secure portal only").add("effect", effect)
                        .add("residualLikelihood", likelihood).add("residualSeverity", severity).add("approved", true)
                        .add("owner", "Head of IG").add("dueDate", "2027-01-31")).build()));
    }

    /** Screened, answered, one probable and severe risk that an approved measure brings down to low (or accepts as high). */
    private JsonObject readyForTheDpo(JsonObject dpia, boolean acceptHighRisk) {
        JsonObject d = answered(screened(dpia));
        d = risk(d, "PROBABLE", "SEVERE");
        return acceptHighRisk ? measure(d, "R1", "ACCEPTED", "PROBABLE", "SEVERE") : measure(d, "R1", "REDUCED", "REMOTE", "SIGNIFICANT");
    }

    private Api.Response requestAdvice(JsonObject dpia) {
        return lead.api().post(versionPath(dpia) + "/dpo-advice-request", locked(dpia).build());
    }

    private static Api.Response advise(Partnership.Member who, JsonObject dpia, String advice, String summary) {
        var body = locked(dpia);
        if (advice != null) {
            body.add("advice", advice);
        }
        if (summary != null) {
            body.add("summary", summary);
        }
        return who.api().post(versionPath(dpia) + "/dpo-advice", body.build());
    }

    private static Api.Response signOff(Partnership.Member who, JsonObject dpia, String decision, String reasons) {
        return signOff(who, dpia, decision, reasons, LocalDate.now().plusYears(1));
    }

    private static Api.Response signOff(Partnership.Member who, JsonObject dpia, String decision, String reasons, LocalDate reviewDate) {
        var body = locked(dpia).add("measuresApprovedBy", "Helen Carter, Director of Children's Services")
                .add("residualRisksApprovedBy", "Helen Carter, Director of Children's Services").add("dpoAdviceDecision", decision)
                .add("dpoAdviceDecidedBy", "Helen Carter").add("consultationReviewedBy", "Sam Patel, IG lead")
                .add("keptUnderReviewBy", "Sam Patel, IG lead").add("reviewDate", reviewDate.toString());
        if (reasons != null) {
            body.add("overruleReasons", reasons);
        }
        return who.api().post(versionPath(dpia) + "/sign-off", body.build());
    }

    private JsonObject completed(JsonObject dpia) {
        return completed(dpia, LocalDate.now().plusYears(1));
    }

    private JsonObject completed(JsonObject dpia, LocalDate reviewDate) {
        JsonObject awaiting = ok(requestAdvice(readyForTheDpo(dpia, false)));
        JsonObject advised = ok(advise(dpo, awaiting, "The sharing complies if the portal is used.", "Go ahead with the portal."));
        JsonObject done = ok(signOff(signatory, advised, "ACCEPTED", null, reviewDate));
        assertEquals("COMPLETED", done.getString("status"));
        return done;
    }

    @Test
    void aDpiaGoesFromScreeningThroughTheDposAdviceToCompletedAndANewVersionIsComparedWithIt() {
        JsonObject draft = newDpia("MASH health information", null);
        assertTrue(draft.getString("reference").matches("DPIA-\\d{4}-\\d{4}"), draft.getString("reference"));
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(15, draft.getJsonArray("screening").size());
        assertFalse(draft.containsKey("screeningOutcome"), "no outcome before the questions are answered");

        JsonObject screened = screened(draft);
        assertEquals("REQUIRED", screened.getString("screeningOutcome"));
        assertEquals("children-or-vulnerable-people", screened.getJsonArray("reasons").getJsonObject(0).getString("questionKey"));

        List<String> missing = errorFields(requestAdvice(screened));
        assertTrue(missing.contains("answers.step-2-processing.nature") && missing.contains("risks"), missing.toString());
        assertEquals(List.of("answers.step-9.unknown"), errorFields(lead.api().put(versionPath(screened) + "/answers",
                locked(screened).add("answers", Json.createObjectBuilder().add("step-9.unknown", "x")).build())));

        JsonObject risky = risk(answered(screened), "PROBABLE", "SEVERE");
        JsonObject r1 = risky.getJsonArray("risks").getJsonObject(0);
        assertEquals("R1", r1.getString("key"));
        assertEquals("HIGH", r1.getString("overall"), "from the template's matrix");
        assertEquals(List.of("risks.R1"), errorFields(requestAdvice(risky)), "a high risk needs a measure");
        assertEquals(List.of("residualSeverity"), errorFields(lead.api().post(versionPath(risky) + "/risks/R1/measures",
                locked(risky).add("measure", Json.createObjectBuilder().add("description", "Training").add("effect", "REDUCED")
                        .add("residualLikelihood", "REMOTE").add("approved", true)).build())));
        JsonObject measured = measure(risky, "R1", "REDUCED", "REMOTE", "SIGNIFICANT");
        JsonObject r1After = measured.getJsonArray("risks").getJsonObject(0);
        assertEquals("LOW", r1After.getJsonArray("measures").getJsonObject(0).getString("residual"));
        assertEquals("LOW", r1After.getString("residual"));
        assertEquals(1, cell(measured.getJsonObject("heatMapBefore"), 0, 2).getJsonArray("riskKeys").size(), "probable × severe before");
        assertEquals(1, cell(measured.getJsonObject("heatMapAfter"), 2, 1).getJsonArray("riskKeys").size(), "remote × significant after");
        assertFalse(measured.getBoolean("priorConsultationNeeded"));

        JsonObject awaiting = ok(requestAdvice(measured));
        assertEquals("AWAITING_DPO_ADVICE", awaiting.getString("status"));
        assertEquals(List.of("status"), errorFields(lead.api().put(versionPath(awaiting), locked(awaiting).add("title", "Changed").build())),
                "frozen while the DPO advises");
        assertEquals(1L, inbox(dpo, "Your advice is needed as DPO: MASH health information"), "the DPO hears of it");
        assertEquals(List.of("advice", "summary"), errorFields(advise(dpo, awaiting, " ", null)));
        JsonObject advised = ok(advise(dpo, awaiting, "The sharing complies if the portal is used.", "Go ahead with the portal."));
        assertEquals("AWAITING_SIGN_OFF", advised.getString("status"));
        assertEquals("Go ahead with the portal.", advised.getJsonObject("dpoAdvice").getString("summary"));

        assertEquals(1L, inbox(signatory, "DPIA ready for sign-off: MASH health information"), "the signatory hears of it");
        assertEquals(403, signOff(lead, advised, "ACCEPTED", null).status(), "an IG lead does not sign off");
        assertEquals(List.of("overruleReasons"), errorFields(signOff(signatory, advised, "OVERRULED", null)));
        JsonObject done = ok(signOff(signatory, advised, "ACCEPTED", null));
        assertEquals("COMPLETED", done.getString("status"));
        assertEquals("Sam Patel, IG lead", done.getJsonObject("signOff").getString("keptUnderReviewBy"));
        assertEquals(1L, inbox(lead, "DPIA completed: MASH health information"), "the authors hear of it");
        assertEquals(List.of("status"), errorFields(lead.api().put(versionPath(done), locked(done).add("title", "Rewritten").build())),
                "a completed version never changes");
        assertEquals(List.of("status"), errorFields(lead.api().post(versionPath(done) + "/risks", locked(done).add("risk",
                Json.createObjectBuilder().add("source", "S").add("impact", "I").add("likelihood", "REMOTE").add("severity", "MINIMAL")).build())));
        for (String action : List.of("DPIA_DPO_ADVICE_REQUESTED", "DPIA_DPO_ADVICE_GIVEN", "DPIA_SIGNED_OFF")) {
            assertEquals(1L, Database.single("select count(*) from audit_event where subject_type = 'DpiaVersion' and subject_id = ?"
                    + " and action = ?", Long.toString(id(done, "versionId")), action), action);
        }
        assertEquals(1L, Database.single("select count(*) from audit_event where subject_type = 'Dpia' and subject_id = ?"
                + " and action = 'DPIA_DRAFTED'", Long.toString(id(done, "dpiaId"))));

        JsonObject v2 = ok(lead.api().post("/api/v1/dpias/" + id(done, "dpiaId") + "/versions", null));
        assertEquals(2, v2.getInt("number"));
        assertEquals("DRAFT", v2.getString("status"));
        assertEquals("R1", v2.getJsonArray("risks").getJsonObject(0).getString("key"), "risks keep their keys");
        assertFalse(v2.getJsonObject("dpoAdvice").containsKey("advice"), "the new version earns its advice again");
        String comparison = "/api/v1/dpias/" + id(done, "dpiaId") + "/comparison?from=1&to=2";
        assertEquals(0, lead.api().get(comparison).array().size());
        ok(lead.api().put(versionPath(v2), locked(v2).add("title", "MASH health and education information").build()));
        JsonArray changes = lead.api().get(comparison).array();
        assertEquals(1, changes.size(), changes.toString());
        assertEquals("title", changes.getJsonObject(0).getString("field"));
        assertEquals("COMPLETED", Database.single("select status from dpia_version where id = ?", id(done, "versionId")));
    }

    @Test
    void acceptingAHighResidualRiskNeedsTheIcosPriorConsultation() {
        JsonObject ready = readyForTheDpo(newDpia("Location sharing for missing children", null), true);
        assertTrue(ready.getBoolean("priorConsultationNeeded"));
        assertEquals("HIGH", ready.getJsonArray("risks").getJsonObject(0).getString("residual"));
        JsonObject advised = ok(advise(dpo, ok(requestAdvice(ready)), "A high risk remains: consult the ICO first.",
                "Consult the ICO before starting."));
        JsonObject signed = ok(signOff(signatory, advised, "ACCEPTED", null));
        assertEquals("PRIOR_CONSULTATION_REQUIRED", signed.getString("status"));
        assertEquals("PRIOR_CONSULTATION_REQUIRED", Database.single("select status from dpia_version where id = ?", id(signed, "versionId")));
        long versionId = id(signed, "versionId");
        assertThrows(SQLException.class, () -> Database.execute("update dpia_version set status = 'COMPLETED' where id = ?", versionId),
                "completed only with the ICO's advice recorded");
        assertThrows(SQLException.class, () -> Database.execute("update dpia_version set ico_reference = 'X', ico_advice_received_on"
                + " = current_date, ico_advice = 'A', ico_advice_followed = 'F', ico_advice_recorded_at = now() where id = ?", versionId),
                "the ICO's advice is written only by the move to completed");

        // The ICO's written advice (UK GDPR Article 36(2)): recorded by a DPO or signatory, never an IG lead, and whole.
        assertEquals(403, icoAdvice(lead, signed, "RFA0123456", LocalDate.now()).status());
        Api.Response incomplete = dpo.api().post(versionPath(signed) + "/ico-advice", locked(signed).add("reference", " ").build());
        assertEquals(400, incomplete.status(), incomplete.body());
        assertEquals("application/problem+json", incomplete.contentType());
        for (String field : List.of("reference", "receivedOn", "advice", "howFollowed")) {
            assertTrue(incomplete.body().contains("\"" + field + "\""), field + " named: " + incomplete.body());
        }
        assertEquals("PRIOR_CONSULTATION_REQUIRED", Database.single("select status from dpia_version where id = ?", versionId));
        JsonObject done = ok(icoAdvice(dpo, signed, "RFA0123456", LocalDate.now()));
        assertEquals("COMPLETED", done.getString("status"));
        assertEquals("RFA0123456", done.getJsonObject("icoAdvice").getString("reference"));
        assertEquals("The portal releases addresses only on a named officer's request.",
                done.getJsonObject("icoAdvice").getString("howFollowed"));
        assertEquals("COMPLETED", Database.single("select status from dpia_version where id = ?", versionId));
        SQLException rewrite = assertThrows(SQLException.class,
                () -> Database.execute("update dpia_version set ico_advice = 'Rewritten' where id = ?", versionId));
        assertTrue(rewrite.getMessage().contains("cannot be written or rewritten"), rewrite.getMessage());
        assertEquals(400, icoAdvice(dpo, done, "RFA0123456", LocalDate.now()).status(), "recorded once");
    }

    private static Api.Response icoAdvice(Partnership.Member who, JsonObject dpia, String reference, LocalDate receivedOn) {
        return who.api().post(versionPath(dpia) + "/ico-advice", locked(dpia).add("reference", reference)
                .add("receivedOn", receivedOn.toString()).add("advice", "Share addresses only on a named officer's request.")
                .add("howFollowed", "The portal releases addresses only on a named officer's request.").build());
    }

    @Test
    void aNewerVersionAwaitingPriorConsultationSupersedesTheCompletedOneAndTheAgreementWaitsForIt() {
        JsonObject dsa = agreement("Health information for strategy discussions", "HEALTH_DATA", "CHILD_PROTECTION_ENQUIRY", "CA1989-S47");
        JsonObject v1 = completed(newDpia("Health information for strategy discussions", id(dsa, "agreementId")));
        assertTrue(lead.api().get("/api/v1/agreements/versions/" + id(dsa, "versionId")).json().getBoolean("canSubmit"));

        // Version 2 finds a risk the measures cannot bring down: signed off, it stands in place of version 1.
        JsonObject v2 = ok(lead.api().post("/api/v1/dpias/" + id(v1, "dpiaId") + "/versions", null));
        v2 = measure(risk(v2, "PROBABLE", "SEVERE"), "R2", "ACCEPTED", "PROBABLE", "SEVERE");
        JsonObject advised = ok(advise(dpo, ok(requestAdvice(v2)), "A high risk remains: consult the ICO.", "Consult the ICO."));
        JsonObject signed = ok(signOff(signatory, advised, "ACCEPTED", null));
        assertEquals("PRIOR_CONSULTATION_REQUIRED", signed.getString("status"));
        assertEquals("SUPERSEDED", Database.single("select status from dpia_version where id = ?", id(v1, "versionId")));
        JsonObject waiting = lead.api().get("/api/v1/agreements/versions/" + id(dsa, "versionId")).json();
        assertFalse(waiting.getBoolean("canSubmit"), "the completed version 1 no longer stands: " + waiting.getJsonObject("compliance"));
        assertEquals(400, submit(waiting).status());

        ok(icoAdvice(signatory, signed, "RFA0999", LocalDate.now()));
        JsonObject ready = lead.api().get("/api/v1/agreements/versions/" + id(dsa, "versionId")).json();
        assertTrue(ready.getBoolean("canSubmit"), ready.getJsonObject("compliance").toString());
    }

    /** A draft agreement from the council to the school with one lawful flow of education and social care data. */
    private JsonObject agreement(String title, String category, String purpose, String gateway) {
        JsonObject draft = ok(lead.api().post("/api/v1/agreements", Json.createObjectBuilder()
                .add("templateVersionId", builtInTemplate("DSA")).add("title", title).add("effectiveDate", "2026-04-01")
                .add("parties", Json.createArrayBuilder().add(Json.createObjectBuilder().add("organisationId", school).add("role", "CONTROLLER")))
                .build()));
        var flow = Json.createObjectBuilder().add("sender", "P1").add("recipient", "P2")
                .add("dataSubjects", Json.createArrayBuilder().add("CHILD"))
                .add("dataCategories", Json.createArrayBuilder().add(category).add("SOCIAL_CARE"))
                .add("purpose", purpose).add("transferMethod", "SECURE_EMAIL").add("frequency", "Within a day of each referral")
                .add("retention", "Until the child is 25, then securely destroyed").add("regime", "GENERAL")
                .add("lawfulBases", Json.createArrayBuilder().add("A6-1-e"))
                .add("statutoryGateways", Json.createArrayBuilder().add(gateway)).add("confidentialityBasis", "CL-PUBLIC-INTEREST");
        if (category.equals("HEALTH_DATA")) {
            flow.add("article9Condition", "A9-2-g").add("schedule1Condition", "S1-P2-18");
        }
        return ok(lead.api().post("/api/v1/agreements/versions/" + id(draft, "versionId") + "/flows",
                Json.createObjectBuilder().add("lockVersion", id(draft, "lockVersion")).add("flow", flow).build()));
    }

    private Api.Response submit(JsonObject agreement) {
        return lead.api().post("/api/v1/agreements/versions/" + id(agreement, "versionId") + "/submission",
                Json.createObjectBuilder().add("lockVersion", id(agreement, "lockVersion")).build());
    }

    @Test
    void onlyADpoOfTheLeadOrganisationGivesTheAdvice() {
        // The school takes part in a submitted agreement the DPIA is linked to, so it sees the DPIA once past drafting.
        JsonObject dsa = agreement("Children in need", "EDUCATION_DATA", "CHILD_IN_NEED", "CA1989-S17");
        assertTrue(dsa.getBoolean("canSubmit"), dsa.getJsonObject("compliance").toString());
        ok(submit(dsa));
        JsonObject draft = newDpia("Children in need", null);
        ok(lead.api().put("/api/v1/dpias/" + id(draft, "dpiaId") + "/agreements/" + id(dsa, "agreementId"), null));
        Partnership.Member schoolDpo = partnership.createMember(school, "DPO");
        assertEquals(404, schoolDpo.api().get(versionPath(draft)).status(), "a draft is the lead's alone");

        JsonObject awaiting = ok(requestAdvice(readyForTheDpo(lead.api().get(versionPath(draft)).json(), false)));
        JsonObject seenBySchool = ok(schoolDpo.api().get("/api/v1/dpias/" + id(awaiting, "dpiaId")));
        assertEquals("AWAITING_DPO_ADVICE", seenBySchool.getString("status"));
        assertFalse(seenBySchool.getBoolean("canGiveDpoAdvice"));

        assertEquals(403, advise(lead, awaiting, "I am not the DPO.", "No.").status(), "an IG lead is not a DPO");
        assertEquals(403, advise(schoolDpo, awaiting, "Another organisation's view.", "No.").status(),
                "a DPO of another organisation does not advise");
        assertEquals(404, advise(partnership.createMember(police, "DPO"), awaiting, "Unseen.", "No.").status(),
                "an organisation not taking part does not even see it");
        assertEquals(2L, Database.single("select count(*) from audit_event where action = 'ACCESS_REFUSED' and actor_email in (?, ?)",
                lead.email(), schoolDpo.email()));
        assertEquals("AWAITING_DPO_ADVICE", Database.single("select status from dpia_version where id = ?", id(awaiting, "versionId")));
        JsonObject advised = ok(advise(dpo, awaiting, "The sharing complies.", "Go ahead."));
        assertEquals("AWAITING_SIGN_OFF", advised.getString("status"));
        assertEquals(403, signOff(partnership.createMember(school, "SIGNATORY"), advised, "ACCEPTED", null).status(),
                "the lead organisation's own signatory signs off");
    }

    @Test
    void anotherOrganisationSeesNothingAndDraftsStayWithTheAuthors() {
        JsonObject draft = newDpia("Private to the council", null);
        String dpiaPath = "/api/v1/dpias/" + id(draft, "dpiaId");
        Partnership.Member policeLead = partnership.createMember(police, "IG_LEAD", "DPO");
        assertEquals(404, policeLead.api().get(dpiaPath).status());
        assertEquals(404, policeLead.api().get(versionPath(draft)).status());
        assertEquals(404, policeLead.api().put(versionPath(draft), locked(draft).add("title", "Ours now").build()).status());
        assertEquals(404, policeLead.api().put(dpiaPath + "/agreements/1", null).status());
        assertTrue(policeLead.api().get("/api/v1/dpias").array().stream()
                .noneMatch(d -> d.asJsonObject().getJsonNumber("dpiaId").longValue() == id(draft, "dpiaId")));
        assertEquals(404, signatory.api().get(dpiaPath).status(), "the council's signatory sees it once it leaves drafting");
        assertEquals(200, dpo.api().get(dpiaPath).status(), "the council's DPO sees the draft");

        JsonObject dsa = agreement("Police cannot see this", "EDUCATION_DATA", "CHILD_IN_NEED", "CA1989-S17");
        Partnership.Member schoolLead = partnership.createMember(school, "IG_LEAD");
        assertEquals(List.of("agreementId"), errorFields(schoolLead.api().post("/api/v1/dpias", Json.createObjectBuilder()
                .add("templateVersionId", builtInTemplate("DPIA")).add("title", "Linked to a draft I cannot see")
                .add("agreementIds", Json.createArrayBuilder().add(id(dsa, "agreementId"))).build())));
    }

    /** The PDF of a DPIA version over the API, as the caller may see it (status, file name, text, attached JSON). */
    private byte[] pdf(Partnership.Member who, JsonObject dpia, int expected) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(base.toURI().resolve(versionPath(dpia).substring(1)
                + "/document.pdf")).header("Authorization", "Bearer " + who.token()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(expected, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        if (expected == 200) {
            assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
            assertEquals("attachment; filename=\"" + dpia.getString("reference") + "-v" + dpia.getInt("number")
                            + (dpia.getString("status").equals("COMPLETED") ? "" : "-draft") + ".pdf\"",
                    response.headers().firstValue("Content-Disposition").orElse(""));
        }
        return response.body();
    }

    @Test
    void theDpiaPdfIsForThoseWhoMaySeeTheVersionAndCarriesTheDraftMarkUntilSignedOff() throws Exception {
        JsonObject draft = screened(newDpia("MASH health information, as a PDF", null));
        byte[] pdf = pdf(lead, draft, 200);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("DRAFT \u00b7 " + draft.getString("reference") + " \u00b7 Version 1 \u00b7 Page 1 of "), text);
            assertTrue(text.contains("DPIA required"), "the screening outcome");
            byte[] attached = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames().values().iterator().next()
                    .getEmbeddedFile().toByteArray();
            JsonObject copy = Json.createReader(new StringReader(new String(attached, StandardCharsets.UTF_8))).readObject();
            assertEquals("concordat.dpia-version/1", copy.getString("format"));
            assertEquals(draft.getString("reference"), copy.getString("reference"));
            assertEquals("REQUIRED", copy.getString("screeningOutcome"));
            assertFalse(copy.containsKey("canEdit"), "nothing that depends on the reader");
        }
        pdf(dpo, draft, 200);
        pdf(signatory, draft, 404);
        Partnership.Member outsider = partnership.createMember(police, "IG_LEAD", "DPO");
        pdf(outsider, draft, 404);
        assertEquals(404, outsider.web().get("/app/documents/dpia/" + id(draft, "versionId") + "/document.pdf").status(),
                "the browser download follows the same rules");
        assertEquals(200, lead.web().get("/app/documents/dpia/" + id(draft, "versionId") + "/document.pdf").status());
        assertTrue(lead.web().get("/app/dpia.xhtml?id=" + id(draft, "versionId")).body().contains("id=\"dpiaPdfLink\""),
                "the DPIA page links to its PDF");

        JsonObject done = completed(lead.api().get(versionPath(draft)).json());
        try (PDDocument document = Loader.loadPDF(pdf(signatory, done, 200))) {
            String text = new PDFTextStripper().getText(document);
            assertFalse(text.contains("DRAFT"), "a completed DPIA carries no draft mark");
            assertTrue(text.contains("Go ahead with the portal."), "the DPO's advice");
            assertTrue(text.contains("A referral is emailed to the wrong school"), "the risk register");
        }
        pdf(outsider, done, 404);
        JsonObject paths = lead.api().get("/openapi?format=JSON").json().getJsonObject("paths");
        assertTrue(paths.containsKey("/api/v1/dpias/versions/{versionId}/document.pdf"), paths.keySet().toString());
    }

    @Test
    void aStaleLockVersionIsAConflictAndChangesNothing() {
        JsonObject draft = newDpia("Two editors", null);
        ok(lead.api().put(versionPath(draft), locked(draft).add("title", "First editor's title").build()));
        Api.Response stale = dpo.api().put(versionPath(draft), locked(draft).add("title", "Second editor's title").build());
        assertEquals(409, stale.status(), stale.body());
        assertEquals("application/problem+json", stale.contentType());
        assertEquals("First editor's title", Database.single("select title from dpia_version where id = ?", id(draft, "versionId")));
    }

    @Test
    void anAgreementSharingChildrensHealthDataWaitsForACompletedLinkedDpia() {
        JsonObject dsa = agreement("Health information for child protection", "HEALTH_DATA", "CHILD_PROTECTION_ENQUIRY", "CA1989-S47");
        List<String> errors = dsa.getJsonObject("compliance").getJsonArray("findings").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("severity").equals("ERROR")).map(f -> f.getString("rule")).toList();
        assertEquals(List.of("DPIA-REQUIRED"), errors, dsa.getJsonObject("compliance").toString());
        assertFalse(dsa.getBoolean("canSubmit"));
        assertEquals(400, submit(dsa).status(), "no DPIA: no submission");

        JsonObject dpia = newDpia("Health information for child protection", id(dsa, "agreementId"));
        assertEquals(id(dsa, "agreementId"), id(dpia.getJsonArray("agreements").getJsonObject(0), "agreementId"));
        JsonObject answers = dpia.getJsonObject("answers");
        String scope = answers.getString("step-2-processing.scope");
        assertTrue(scope.contains("Child") && scope.contains("Health") && scope.contains("Within a day of each referral")
                && scope.contains("Until the child is 25"), scope);
        assertTrue(answers.getString("step-2-processing.nature").contains("DPIA School"), answers.toString());
        String lawfulBasis = answers.getString("step-4-necessity-and-proportionality.lawful-basis");
        assertTrue(lawfulBasis.contains("UK GDPR Article 6(1)(e)") && lawfulBasis.contains("F1"), lawfulBasis);
        assertEquals(1, lead.api().get("/api/v1/dpias?agreementId=" + id(dsa, "agreementId")).array().size());

        JsonObject waiting = lead.api().get("/api/v1/agreements/versions/" + id(dsa, "versionId")).json();
        assertTrue(waiting.getJsonObject("compliance").toString().contains("its DPIA is not completed yet"), waiting.toString());
        assertEquals(400, submit(waiting).status(), "a DPIA in progress is not enough");

        JsonObject done = completed(dpia);
        assertEquals(answers.getString("step-2-processing.scope"), done.getJsonObject("answers").getString("step-2-processing.scope"),
                "the pre-filled answers are kept");
        JsonObject ready = lead.api().get("/api/v1/agreements/versions/" + id(dsa, "versionId")).json();
        assertTrue(ready.getBoolean("canSubmit"), ready.getJsonObject("compliance").toString());
        assertEquals("SUBMITTED", ok(submit(ready)).getString("status"));

        // Each controller's record of the conditions it relies on (DPA 2018 Schedule 1 paragraph 41).
        jakarta.json.JsonArray record = lead.api().get("/api/v1/agreements/versions/" + id(dsa, "versionId")
                + "/conditions-record").array();
        assertEquals(2, record.size(), "the council discloses and the school receives: " + record);
        JsonObject entry = record.getJsonObject(0).getJsonArray("entries").getJsonObject(0);
        assertEquals("S1-P2-18", entry.getJsonObject("condition").getString("code"));
        assertEquals("A6-1-e", entry.getJsonArray("lawfulness").getJsonObject(0).getString("code"));
        assertEquals("Until the child is 25, then securely destroyed", entry.getString("retention"));
        assertEquals(403, partnership.createMember(council, "PRACTITIONER").api().get("/api/v1/agreements/versions/"
                + id(dsa, "versionId") + "/conditions-record").status(), "for IG leads and DPOs");
    }

    @Test
    void theDatabaseRefusesToRewriteACompletedDpia() {
        JsonObject done = completed(newDpia("Frozen once signed off", null));
        long versionId = id(done, "versionId");
        SQLException retitle = assertThrows(SQLException.class,
                () -> Database.execute("update dpia_version set title = 'Rewritten' where id = ?", versionId));
        assertTrue(retitle.getMessage().contains("cannot be changed"), retitle.getMessage());
        assertThrows(SQLException.class, () -> Database.execute("update dpia_version set status = 'DRAFT' where id = ?", versionId));
        assertThrows(SQLException.class, () -> Database.execute("update dpia_version set dpo_advice_summary = 'Never mind' where id = ?", versionId));
        assertThrows(SQLException.class, () -> Database.execute("update dpia_version set overrule_reasons = 'Late' where id = ?", versionId));
        assertThrows(SQLException.class, () -> Database.execute("update dpia_risk set likelihood = 'REMOTE' where dpia_version_id = ?", versionId));
        assertThrows(SQLException.class, () -> Database.execute("update dpia_measure set approved = false where dpia_risk_id in"
                + " (select id from dpia_risk where dpia_version_id = ?)", versionId));
        assertThrows(SQLException.class, () -> Database.execute("update dpia_screening_answer set answer = true where dpia_version_id = ?", versionId));
        assertThrows(SQLException.class, () -> Database.execute("delete from dpia_step_answer where dpia_version_id = ?", versionId));
        assertThrows(SQLException.class, () -> Database.execute("delete from dpia_version where id = ?", versionId));
        assertEquals("Frozen once signed off", Database.single("select title from dpia_version where id = ?", versionId));

        // The application still moves it on: a newer completed version supersedes it.
        JsonObject v2 = ok(lead.api().post("/api/v1/dpias/" + id(done, "dpiaId") + "/versions", null));
        JsonObject advised = ok(advise(dpo, ok(requestAdvice(v2)), "Still sound.", "Go ahead."));
        assertEquals("COMPLETED", ok(signOff(signatory, advised, "ACCEPTED", null)).getString("status"));
        assertEquals("SUPERSEDED", Database.single("select status from dpia_version where id = ?", versionId));
    }

    /** The emails received for the address whose subject starts so, waiting up to the timeout for at least that many. */
    private static List<MimeMessage> mailTo(String email, String subject, int atLeast, long timeoutMillis) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (true) {
            List<MimeMessage> mine = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
                try {
                    return m.getSubject().startsWith(subject)
                            && Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(email));
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            if (mine.size() >= atLeast || System.currentTimeMillis() > deadline) {
                return mine;
            }
            Thread.sleep(100);
        }
    }

    /** The subjects in the member's inbox that start so, read over the API. */
    private static List<String> inboxSubjects(Partnership.Member member, String subject) {
        return member.api().get("/api/v1/notifications").array().stream().map(n -> n.asJsonObject().getString("subject"))
                .filter(s -> s.startsWith(subject)).toList();
    }

    @Test
    void aCompletedDpiaWhoseReviewIsNearIsRemindedOnceInTheInboxAndByEmailAndASupersededVersionNever() throws Exception {
        LocalDate today = LocalDate.now();
        JsonObject soon = completed(newDpia("Review soon", null), today.plusDays(20));
        String soonSubject = "DPIA review due in 20 days: Review soon (" + soon.getString("reference") + ")";
        JsonObject consult = readyForTheDpo(newDpia("Review soon, ICO consulted", null), true);
        JsonObject consulted = ok(signOff(signatory, ok(advise(dpo, ok(requestAdvice(consult)), "Consult the ICO first.",
                "Consult the ICO.")), "ACCEPTED", null, today.plusDays(5)));
        assertEquals("PRIOR_CONSULTATION_REQUIRED", consulted.getString("status"));
        // Version 1 is due soon, but version 2 (due in a year) supersedes it: nobody is reminded about version 1.
        JsonObject replaced = completed(newDpia("Replaced before its review", null), today.plusDays(20));
        JsonObject v2 = ok(lead.api().post("/api/v1/dpias/" + id(replaced, "dpiaId") + "/versions", null));
        assertEquals("COMPLETED", ok(signOff(signatory, ok(advise(dpo, ok(requestAdvice(v2)), "Still sound.", "Go ahead.")),
                "ACCEPTED", null)).getString("status"));
        assertEquals("SUPERSEDED", Database.single("select status from dpia_version where id = ?", id(replaced, "versionId")));

        assertEquals(403, lead.api().post("/api/v1/dpias/calendar-runs", null).status(), "administrators only");
        Api.Response run = partnership.admin().post("/api/v1/dpias/calendar-runs", null);
        assertEquals(200, run.status(), run.body());
        assertTrue(run.json().getInt("reminders") >= 2, run.body());
        assertEquals(today.toString(), run.json().getString("day"));

        for (Partnership.Member author : List.of(lead, dpo)) {
            assertEquals(List.of(soonSubject), inboxSubjects(author, "DPIA review due in 20 days: Review soon ("), "the IG lead and the DPO");
            assertEquals(1, inboxSubjects(author, "DPIA review due in 5 days: Review soon, ICO consulted (").size(),
                    "a DPIA awaiting prior consultation is kept under review too");
            assertEquals(List.of(), inboxSubjects(author, "DPIA review due in 20 days: Replaced before its review ("),
                    "a superseded version is never reminded about");
        }
        assertEquals(List.of(), inboxSubjects(signatory, "DPIA review"), "signatories are not reminded");
        JsonObject notice = lead.api().get("/api/v1/notifications").array().stream().map(JsonValue::asJsonObject)
                .filter(n -> n.getString("subject").equals(soonSubject)).findFirst().orElseThrow();
        assertTrue(notice.getString("body").contains("kept under review by Sam Patel, IG lead"), notice.getString("body"));
        assertEquals("/app/dpia.xhtml?id=" + id(soon, "versionId") + "&step=7", notice.getString("link"));

        List<MimeMessage> mail = mailTo(lead.email(), soonSubject, 1, 15_000);
        assertEquals(1, mail.size(), "one email to the IG lead");
        assertTrue(mail.get(0).getContent().toString().contains("http://localhost:8180/app/dpia.xhtml?id=" + id(soon, "versionId")),
                mail.get(0).getContent().toString());
        assertEquals(1, mailTo(dpo.email(), soonSubject, 1, 15_000).size(), "one email to the DPO");

        Api.Response again = partnership.admin().post("/api/v1/dpias/calendar-runs", null);
        assertEquals(200, again.status(), again.body());
        assertEquals(0, again.json().getInt("reminders"), "a second run the same day sends nothing again: " + again.body());
        assertEquals(List.of(soonSubject), inboxSubjects(lead, "DPIA review due in 20 days: Review soon ("));
        assertEquals(List.of(soonSubject), inboxSubjects(dpo, "DPIA review due in 20 days: Review soon ("));
        assertEquals(1, mailTo(lead.email(), soonSubject, 2, 3_000).size(), "and no second email");
        assertEquals(1L, Database.single("select count(*) from dpia_review_reminder where dpia_version_id = ?", id(soon, "versionId")));
        assertEquals("DAYS_30", Database.single("select reminder from dpia_review_reminder where dpia_version_id = ?", id(soon, "versionId")));
        assertEquals("DAYS_7", Database.single("select reminder from dpia_review_reminder where dpia_version_id = ?", id(consulted, "versionId")));
        assertEquals(0L, Database.single("select count(*) from dpia_review_reminder where dpia_version_id in (?, ?)",
                id(replaced, "versionId"), id(v2, "versionId")));

        JsonArray reviews = lead.api().get("/api/v1/dpias/reviews").array();
        JsonObject item = reviews.stream().map(JsonValue::asJsonObject).filter(r -> id(r, "dpiaId") == id(soon, "dpiaId"))
                .findFirst().orElseThrow(() -> new AssertionError(reviews.toString()));
        assertEquals("WITHIN_30_DAYS", item.getString("band"));
        assertEquals(20, item.getInt("daysLeft"));
        assertTrue(item.getBoolean("led"));
        assertEquals("Sam Patel, IG lead", item.getString("keptUnderReviewBy"));
        assertTrue(reviews.stream().noneMatch(r -> id(r.asJsonObject(), "dpiaId") == id(replaced, "dpiaId")),
                "the current version of the replaced DPIA is due in a year: " + reviews);
        assertTrue(partnership.createMember(police, "IG_LEAD").api().get("/api/v1/dpias/reviews").array().stream()
                .noneMatch(r -> id(r.asJsonObject(), "dpiaId") == id(soon, "dpiaId")), "another organisation sees none of it");
    }
}
