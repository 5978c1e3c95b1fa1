package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.concordat.it.support.Api;
import org.concordat.it.support.Database;
import org.concordat.it.support.Deployments;
import org.concordat.it.support.Partnership;
import org.concordat.it.support.SigningOutbox;
import org.concordat.it.support.WebSession;
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
 * Signatories outside Concordat (issue 20): named on the agreement page, sent a one-time link on submission (read from
 * the mail, through a real SMTP server in this JVM), a code to the same address, then the agreement and the decision —
 * the same decision as an account holder's, identified by link and code in the decision, the audit trail and the
 * signature. Links cannot be replayed, expire, lock after five wrong codes, and stop when the version leaves its
 * submission; one decision per party whoever takes it.
 */
@ExtendWith(ArquillianExtension.class)
class OutsideSignatoryIT {

    private static final Pattern LINK = Pattern.compile("/signatory/open\\.xhtml\\?t=([A-Za-z0-9_-]{43})");
    private static final Pattern CODE = Pattern.compile(" is (\\d{6})\\.");

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
    String outsider;

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
        council = partnership.createOrganisation(Partnership.unique("Outside Council"), "LOCAL_AUTHORITY", true).getJsonNumber("id").longValue();
        school = partnership.createOrganisation(Partnership.unique("Outside Academy"), "EDUCATION", true).getJsonNumber("id").longValue();
        lead = partnership.createMember(council, "IG_LEAD");
        councilSignatory = partnership.createMember(council, "SIGNATORY");
        schoolSignatory = partnership.createMember(school, "SIGNATORY");
        outsider = "head-" + UUID.randomUUID().toString().substring(0, 8) + "@academy.example";
    }

    private JsonObject draft() {
        long template = lead.api().get("/api/v1/templates").array().stream().map(t -> t.asJsonObject())
                .filter(t -> t.getBoolean("builtIn") && t.getString("kind").equals("DSA")).findFirst().orElseThrow()
                .getJsonArray("versions").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject draft = lead.api().post("/api/v1/agreements", Json.createObjectBuilder().add("templateVersionId", template)
                .add("title", "Attendance and welfare").add("effectiveDate", "2026-04-01").add("reviewDate", "2027-04-01")
                .add("parties", Json.createArrayBuilder().add(Json.createObjectBuilder().add("organisationId", school)
                        .add("role", "CONTROLLER"))).build()).json();
        return lead.api().post("/api/v1/agreements/versions/" + draft.getJsonNumber("versionId").longValue() + "/flows",
                Json.createObjectBuilder().add("lockVersion", draft.getJsonNumber("lockVersion").longValue()).add("flow",
                        Json.createObjectBuilder().add("sender", "P2").add("recipient", "P1")
                                .add("dataSubjects", Json.createArrayBuilder().add("CHILD"))
                                .add("dataCategories", Json.createArrayBuilder().add("EDUCATION_DATA"))
                                .add("purpose", "CHILD_IN_NEED").add("transferMethod", "SECURE_EMAIL")
                                .add("retention", "Until the child is 25").add("regime", "GENERAL")
                                .add("lawfulBases", Json.createArrayBuilder().add("A6-1-e"))
                                .add("statutoryGateways", Json.createArrayBuilder().add("CA1989-S17"))
                                .add("confidentialityBasis", "CL-PUBLIC-INTEREST")).build()).json();
    }

    private JsonObject submit(JsonObject version) {
        Api.Response submitted = lead.api().post("/api/v1/agreements/versions/" + version.getJsonNumber("versionId").longValue()
                + "/submission", Json.createObjectBuilder().add("lockVersion", version.getJsonNumber("lockVersion").longValue()).build());
        assertEquals(200, submitted.status(), submitted.body());
        return submitted.json();
    }

    private WebSession.Page name(long versionId, String fullName, String role, String email) {
        String page = "/app/agreement.xhtml?id=" + versionId + "&part=parties";
        WebSession.Page shown = lead.web().open(page);
        assertTrue(shown.contains("id=\"outsideSignatories\""), "the lead's IG lead sees the fragment");
        return lead.web().submit(page, "outsideSignatory", Map.of("signatoryParty", List.of(String.valueOf(school)),
                "signatoryName", List.of(fullName), "signatoryRole", List.of(role), "signatoryEmail", List.of(email)),
                "saveSignatory");
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

    /** The n-th mail (from 1) to the address, waited for, and the pattern's first group in its body. */
    private static String fromMail(String email, int n, Pattern pattern) throws Exception {
        List<MimeMessage> mail = mailTo(email, n);
        assertTrue(mail.size() >= n, "mail number " + n + " to " + email + " arrived");
        String body = mail.get(n - 1).getContent().toString();
        Matcher m = pattern.matcher(body);
        assertTrue(m.find(), body);
        return m.group(1);
    }

    /** Opens the link as a person does: the page it opens sends nothing; its button sends the code. */
    private static WebSession.Page openLink(WebSession web, String token) {
        WebSession.Page opened = web.open("/signatory/open.xhtml?t=" + token);
        if (!opened.contains("Send me the code")) {
            return opened;
        }
        WebSession.Page sent = web.submit("/signatory/open.xhtml", "signatoryOpen", Map.of(), "sendCode");
        return sent.location().isEmpty() ? sent : web.open(java.net.URI.create(sent.location().get()).getRawPath());
    }

    private WebSession.Page enterCode(WebSession web, String code) {
        return web.submit("/signatory/code.xhtml", "signatoryCode", Map.of("code", List.of(code)), "enterCode");
    }

    private Api.Response decideAsAccountHolder(Partnership.Member signatory, long versionId) {
        return signatory.api().post("/api/v1/agreements/versions/" + versionId + "/decisions",
                Json.createObjectBuilder().add("decision", "APPROVED").build());
    }

    @Test
    void anOutsideSignatoryReadsAndApprovesAndTheSignatureSaysHowTheyWereIdentified() throws Exception {
        JsonObject draft = draft();
        long versionId = draft.getJsonNumber("versionId").longValue();
        WebSession.Page named = name(versionId, "", "Head teacher", "not-an-address");
        assertTrue(named.contains("Enter the signatory&#39;s full name.") || named.contains("Enter the signatory's full name."),
                named.body());
        assertTrue(named.contains("Enter an e-mail address in the correct format"), named.body());
        named = name(versionId, "Dana Reed", "Head teacher", outsider);
        assertTrue(named.contains("Dana Reed is named."), named.body());
        assertEquals(0, mailTo(outsider, 0).size(), "no link before submission");

        JsonObject submitted = submit(lead.api().get("/api/v1/agreements/versions/" + versionId).json());
        String token = fromMail(outsider, 1, LINK);
        assertEquals(1L, Database.single("select count(*) from agreement_signatory_invitation where agreement_version_id = ?"
                + " and token_sha256 = encode(sha256(convert_to(?, 'UTF8')), 'hex')", versionId, token), "only its hash is kept");
        assertEquals(0L, Database.single("select count(*) from agreement_signatory_invitation where token_sha256 = ?", token));

        WebSession web = new WebSession(base.toURI());
        assertEquals(404, web.get("/signatory/document.pdf").status(), "nothing before the code");
        // Opening the link, as a mail scanner or a link preview does, sends nothing and uses nothing up.
        WebSession.Page opened = web.open("/signatory/open.xhtml?t=" + token);
        assertTrue(opened.contains("Send me the code"), opened.body());
        assertTrue(!opened.body().contains(token), "the token leaves the address bar");
        assertEquals(0, ((Number) Database.single("select codes_sent from agreement_signatory_invitation where agreement_version_id = ?"
                + " and revoked_at is null", versionId)).intValue(), "no code for a GET");
        WebSession.Page codePage = openLink(web, token);
        assertTrue(codePage.contains("Enter the code we sent you"), codePage.body());
        assertTrue(!codePage.contains("Attendance and welfare"), "nothing of the agreement before the code");
        String code = fromMail(outsider, 2, CODE);
        String before = web.cookie("CONCORDAT_SESSION").map(c -> c.getValue()).orElse("");
        WebSession.Page wrong = enterCode(web, code.equals("000000") ? "000001" : "000000");
        assertTrue(wrong.contains("That code is not right"), wrong.body());
        WebSession.Page agreement = web.open(enterCode(web, code).location().map(l -> java.net.URI.create(l).getRawPath()).orElseThrow());
        assertNotEquals(before, web.cookie("CONCORDAT_SESSION").map(c -> c.getValue()).orElse(""), "a new session after the code");
        assertTrue(agreement.contains("Attendance and welfare"), agreement.body());
        assertTrue(agreement.contains("Dana Reed"), agreement.body());
        WebSession.Page pdf = web.get("/signatory/document.pdf");
        assertEquals(200, pdf.status());
        assertTrue(pdf.raw().headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertEquals(302, web.get("/app/agreements.xhtml").status(), "the session opens nothing behind the sign-in");
        assertEquals(302, web.get("/app/agreement.xhtml?id=" + versionId).status());

        assertEquals(201, decideAsAccountHolder(councilSignatory, versionId).status());
        web.open("/signatory/agreement.xhtml");
        WebSession.Page done = web.submit("/signatory/agreement.xhtml", "decision", Map.of("decision", List.of("APPROVED")), "decide");
        assertTrue(done.contains("Your approval was recorded"), done.body());

        assertEquals("APPROVED", Database.single("select status from agreement_version where id = ?", versionId));
        assertEquals("identified by a one-time link and code sent to " + outsider, Database.single(
                "select identified_by from agreement_decision where agreement_version_id = ? and organisation_id = ?", versionId, school));
        assertEquals("Dana Reed", Database.single(
                "select decided_by_name from agreement_decision where agreement_version_id = ? and organisation_id = ?", versionId, school));
        assertEquals(1L, Database.single("select count(*) from audit_event where subject_id = ? and action = 'AGREEMENT_APPROVED_BY_PARTY'"
                + " and summary like ?", String.valueOf(versionId), "%identified by a one-time link and code sent to " + outsider + "%"));

        Api.Response refused = decideAsAccountHolder(schoolSignatory, versionId);
        assertNotEquals(201, refused.status(), "one decision per party per version");

        SigningOutbox.awaitSigned(versionId);
        java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(base.toURI().resolve("api/v1/agreements/versions/" + versionId + "/document.pdf"))
                        .header("Authorization", "Bearer " + lead.token()).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        byte[] signed = response.body();
        try (PDDocument document = Loader.loadPDF(signed)) {
            List<String> reasons = document.getSignatureDictionaries().stream().map(PDSignature::getReason).toList();
            assertTrue(reasons.stream().anyMatch(r -> r.contains("identified by a one-time link and code sent to " + outsider)),
                    reasons.toString());
            assertTrue(document.getSignatureDictionaries().stream().anyMatch(s -> "Dana Reed".equals(s.getName())));
            // Named before submission, she is on the signature page as the school's signatory, with how she is identified.
            String page = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(page.contains("Dana Reed, Head teacher Approves outside Concordat: identified by a single-use link"), page);
        }

        WebSession again = new WebSession(base.toURI());
        WebSession.Page replay = openLink(again, token);
        assertTrue(replay.contains("no longer applies") || replay.contains("withdrawn"), replay.body());
    }

    @Test
    void aLinkWorksOnceExpiresAndLocksAfterFiveWrongCodes() throws Exception {
        JsonObject draft = draft();
        long versionId = draft.getJsonNumber("versionId").longValue();
        name(versionId, "Dana Reed", "Head teacher", outsider);
        submit(lead.api().get("/api/v1/agreements/versions/" + versionId).json());
        String token = fromMail(outsider, 1, LINK);

        WebSession web = new WebSession(base.toURI());
        openLink(web, token);
        String code = fromMail(outsider, 2, CODE);
        assertEquals(302, enterCode(web, code).status());

        // Replay: the link was consumed by its code.
        WebSession thief = new WebSession(base.toURI());
        WebSession.Page replay = openLink(thief, token);
        assertTrue(replay.contains("This link has already been used"), replay.body());
        assertEquals(2, mailTo(outsider, 3).size(), "a replay sends no code");
        // A guessed token.
        assertTrue(openLink(thief, "A".repeat(43)).contains("This link is not valid"));

        // A new link (the IG lead resends): the old session's invitation is revoked.
        lead.web().open("/app/agreement.xhtml?id=" + versionId);
        WebSession.Page resent = lead.web().submit("/app/agreement.xhtml?id=" + versionId, "outsideSignatory", Map.of(),
                "slots:1:resend");
        assertTrue(resent.contains("A new link was sent"), resent.body());
        assertTrue(web.open("/signatory/agreement.xhtml").contains("This link has been withdrawn"));
        String second = fromMail(outsider, 3, LINK);

        // Expiry (set in the database, as fourteen days would).
        Database.execute("update agreement_signatory_invitation set expires_at = now() - interval '1 second' where agreement_version_id = ?"
                + " and revoked_at is null", versionId);
        assertTrue(openLink(new WebSession(base.toURI()), second).contains("This link has expired"));
        Database.execute("update agreement_signatory_invitation set expires_at = now() + interval '1 day' where agreement_version_id = ?"
                + " and revoked_at is null", versionId);

        // Five wrong codes lock it; even the right one is refused then.
        WebSession guesser = new WebSession(base.toURI());
        openLink(guesser, second);
        String right = fromMail(outsider, 4, CODE);
        String wrong = right.equals("000000") ? "000001" : "000000";
        WebSession.Page last = null;
        for (int i = 0; i < 5; i++) {
            last = enterCode(guesser, wrong);
        }
        assertTrue(last.contains("locked after too many wrong codes") || last.contains("Too many attempts"), last.body());
        assertNotNull(Database.single("select locked_at from agreement_signatory_invitation where agreement_version_id = ?"
                + " and revoked_at is null", versionId));
        assertEquals(0L, Database.single("select count(*) from agreement_signatory_invitation where agreement_version_id = ?"
                + " and used_at is not null and revoked_at is null", versionId));
    }

    @Test
    void aLinkForASupersededRoundNoLongerAppliesAndAnAccountHolderDecidingFirstWins() throws Exception {
        JsonObject draft = draft();
        long versionId = draft.getJsonNumber("versionId").longValue();
        name(versionId, "Dana Reed", "Head teacher", outsider);
        submit(lead.api().get("/api/v1/agreements/versions/" + versionId).json());
        String first = fromMail(outsider, 1, LINK);

        // The council asks for changes: the version leaves SUBMITTED and the link is revoked.
        Api.Response changes = councilSignatory.api().post("/api/v1/agreements/versions/" + versionId + "/decisions",
                Json.createObjectBuilder().add("decision", "CHANGES_REQUESTED").add("comment", "Name the officer.").build());
        assertEquals(201, changes.status(), changes.body());
        assertNotNull(Database.single("select revoked_at from agreement_signatory_invitation where agreement_version_id = ?"
                + " and submission_round = 1", versionId));
        assertTrue(openLink(new WebSession(base.toURI()), first).contains("no longer applies"));

        // Submitted again: a new link for round 2; the old one stays dead.
        submit(lead.api().get("/api/v1/agreements/versions/" + versionId).json());
        String second = fromMail(outsider, 2, LINK);
        assertNotEquals(first, second);
        assertTrue(openLink(new WebSession(base.toURI()), first).contains("no longer applies"));

        // The school's account holder decides first; the outside signatory's session then says so, and cannot decide.
        WebSession web = new WebSession(base.toURI());
        openLink(web, second);
        String code = fromMail(outsider, 3, CODE);
        enterCode(web, code);
        assertEquals(201, decideAsAccountHolder(schoolSignatory, versionId).status());
        WebSession.Page page = web.open("/signatory/agreement.xhtml");
        assertTrue(page.contains("Your organisation has already decided on this version."), page.body());
        assertTrue(!page.contains("id=\"decision\""), "no decision form once the party has decided");
        assertEquals(1L, Database.single("select count(*) from agreement_decision where agreement_version_id = ? and organisation_id = ?"
                + " and submission_round = 2", versionId, school));
    }

    @Test
    void partnerSystemsNameAndReplaceOutsideSignatoriesThroughTheApi() throws Exception {
        JsonObject draft = draft();
        long versionId = draft.getJsonNumber("versionId").longValue();
        String path = "/api/v1/agreements/versions/" + versionId + "/outside-signatories/" + school;

        Api.Response badAddress = lead.api().put(path, Json.createObjectBuilder().add("fullName", "Dana Reed")
                .add("jobRole", "Head teacher").add("email", "dana at academy").build());
        assertEquals(400, badAddress.status(), badAddress.body());
        assertTrue(badAddress.body().contains("\"email\""), badAddress.body());
        assertTrue(!badAddress.body().contains("signatoryEmail"), "the API's own field names");
        assertEquals(0L, Database.single("select count(*) from agreement_outside_signatory where agreement_version_id = ?", versionId),
                "nothing stored for a wrong address");

        Partnership.Member practitioner = partnership.createMember(council, "PRACTITIONER");
        Api.Response notAnIgLead = practitioner.api().put(path, Json.createObjectBuilder().add("fullName", "Dana Reed")
                .add("jobRole", "Head teacher").add("email", outsider).build());
        assertTrue(notAnIgLead.status() == 403 || notAnIgLead.status() == 404, notAnIgLead.body());
        Partnership.Member schoolLead = partnership.createMember(school, "IG_LEAD");
        Api.Response partyBeforeSubmission = schoolLead.api().put(path, Json.createObjectBuilder().add("fullName", "Dana Reed")
                .add("jobRole", "Head teacher").add("email", outsider).build());
        assertEquals(404, partyBeforeSubmission.status(), "a party names its own signatory only once submitted");

        Api.Response named = lead.api().put(path, Json.createObjectBuilder().add("fullName", "Dana Reed")
                .add("jobRole", "Head teacher").add("email", outsider).build());
        assertEquals(200, named.status(), named.body());
        JsonObject slot = named.array().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getJsonNumber("organisationId").longValue() == school).findFirst().orElseThrow();
        assertEquals("Dana Reed", slot.getString("fullName"));
        assertEquals("NOT_YET_SENT", slot.getString("link"));
        assertEquals(0, mailTo(outsider, 0).size(), "no link before submission");

        submit(lead.api().get("/api/v1/agreements/versions/" + versionId).json());
        String first = fromMail(outsider, 1, LINK);
        Api.Response resent = lead.api().post(path + "/links", Json.createObjectBuilder().build());
        assertEquals(202, resent.status(), resent.body());
        String second = fromMail(outsider, 2, LINK);
        assertNotEquals(first, second);
        assertTrue(openLink(new WebSession(base.toURI()), first).contains("This link has been withdrawn"));

        Api.Response removed = lead.api().delete(path);
        assertEquals(200, removed.status(), removed.body());
        assertEquals("NONE", removed.array().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getJsonNumber("organisationId").longValue() == school).findFirst().orElseThrow().getString("link"));
        assertTrue(openLink(new WebSession(base.toURI()), second).contains("This link has been withdrawn"));
        assertEquals(404, schoolSignatory.api().get("/api/v1/agreements/versions/" + (versionId + 100_000) + "/outside-signatories")
                .status());
    }
}
