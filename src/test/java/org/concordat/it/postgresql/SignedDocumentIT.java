package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.concordat.document.signing.infrastructure.TestCertificates;
import org.concordat.it.support.ServerProperties;
import org.concordat.it.support.Api;
import org.concordat.it.support.Database;
import org.concordat.it.support.Deployments;
import org.concordat.it.support.Partnership;
import org.concordat.it.support.SigningOutbox;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signed documents end to end: rendered at submission, signed by each party as it approves, downloaded, and checked
 * by the public verification API; a signature that cannot be made leaves the approval standing and is retried; an
 * approval whose signature was left behind (the server stopped before making it) is signed by the next sweep.
 */
@ExtendWith(ArquillianExtension.class)
class SignedDocumentIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @ArquillianResource
    URL base;

    @ArquillianResource
    ManagementClient management;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    Partnership partnership;
    long council;
    long police;
    String councilName;
    Partnership.Member lead;

    @BeforeEach
    void partnership() throws Exception {
        partnership = Partnership.asAdministrator(base.toURI());
        councilName = Partnership.unique("Signing Council");
        council = partnership.createOrganisation(councilName, "LOCAL_AUTHORITY", true).getJsonNumber("id").longValue();
        police = partnership.createOrganisation(Partnership.unique("Signing Police"), "POLICE", true).getJsonNumber("id").longValue();
        lead = partnership.createMember(council, "IG_LEAD");
    }

    @Test
    void twoPartiesApproveAndTheSignedDocumentIsVerifiedAsGenuineIntactAndTrusted() throws Exception {
        JsonObject submitted = submitted();
        long versionId = submitted.getJsonNumber("versionId").longValue();
        String reference = submitted.getString("reference");
        assertEquals(1L, Database.single("select count(*) from signed_document where agreement_version_id = ?", versionId),
                "rendered once, at submission");
        Partnership.Member councilSignatory = partnership.createMember(council, "SIGNATORY");
        Partnership.Member policeSignatory = partnership.createMember(police, "SIGNATORY");
        assertEquals(201, decide(councilSignatory, versionId).status());
        JsonObject approved = decide(policeSignatory, versionId).json();
        assertEquals("APPROVED", approved.getString("status"));

        SigningOutbox.awaitSigned(versionId);
        byte[] pdf = download(lead, "/api/v1/agreements/versions/" + versionId + "/document.pdf", 200);
        assertEquals(sha256(pdf), Database.single("select content_sha256 from signed_document where agreement_version_id = ?", versionId));
        byte[] rendered = (byte[]) Database.single("select substring(content from 1 for rendered_length) from signed_document"
                + " where agreement_version_id = ?", versionId);
        assertEquals(Database.single("select sha256 from signed_document where agreement_version_id = ?", versionId), sha256(rendered));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            assertEquals(2, signatures.size());
            assertEquals("Approved on behalf of " + councilName, signatures.get(0).getReason());
            assertEquals("ETSI.CAdES.detached", signatures.get(1).getSubFilter());
        }
        assertEquals(2L, Database.single("select count(*) from document_signature s join signed_document d on d.id ="
                + " s.signed_document_id where d.agreement_version_id = ?", versionId));
        assertEquals(2L, Database.single("select count(*) from signing_credential where organisation_id in (?, ?) and active",
                council, police), "each party was issued a credential at its first signature");
        Api.Response policeCredential = policeSignatory.api().get("/api/v1/organisations/" + police + "/signing-credential");
        assertEquals(200, policeCredential.status(), policeCredential.body());
        assertFalse(policeCredential.body().contains("sealed"), "the key never leaves the server");
        assertEquals(404, lead.api().get("/api/v1/organisations/" + police + "/signing-credential").status(),
                "another organisation's credential is not for the council to see");

        JsonObject copy = Json.createReader(new StringReader(new String(download(lead, "/api/v1/agreements/versions/"
                + versionId + "/document.json", 200), StandardCharsets.UTF_8))).readObject();
        assertEquals(reference, copy.getString("reference"));
        assertEquals("SUBMITTED", copy.getString("status"), "the data the parties signed");
        download(partnership.createMember(partnership.createOrganisation(Partnership.unique("Outsider"), "VOLUNTARY", false)
                .getJsonNumber("id").longValue(), "IG_LEAD"), "/api/v1/agreements/versions/" + versionId + "/document.pdf", 404);

        JsonObject verdict = verify(pdf, "application/pdf");
        assertEquals("VALID", verdict.getString("outcome"), verdict.toString());
        assertTrue(verdict.getString("summary").startsWith(reference + " version 1"), verdict.getString("summary"));
        JsonObject facts = verdict.getJsonObject("document");
        assertTrue(facts.getBoolean("recorded"));
        assertEquals(reference, facts.getString("reference"));
        assertEquals("APPROVED", facts.getString("statusNow"));
        assertEquals(2, facts.getInt("signaturesRecorded"));
        assertEquals(2, verdict.getJsonArray("signatures").size());
        for (var s : verdict.getJsonArray("signatures")) {
            JsonObject signature = s.asJsonObject();
            assertTrue(signature.getBoolean("intact"), signature.toString());
            assertTrue(signature.getBoolean("trusted"), signature.toString());
            assertTrue(signature.getBoolean("recorded"), signature.toString());
        }
        JsonObject first = verdict.getJsonArray("signatures").getJsonObject(0);
        assertEquals(councilName, first.getString("organisation"));
        assertTrue(first.getBoolean("certification"));
        assertEquals("SIGNATURES_ONLY", first.getString("changesAfter"));
        assertTrue(verdict.getJsonArray("signatures").getJsonObject(1).getBoolean("coversWholeDocument"));

        // One byte changed inside a stream of the rendered document, which both signatures cover.
        byte[] tampered = pdf.clone();
        int stream = new String(pdf, StandardCharsets.ISO_8859_1).indexOf("stream\n", rendered.length / 2);
        tampered[stream + 40] ^= 0x01;
        assertEquals("SIGNATURE_BROKEN", verify(tampered, "application/pdf").getString("outcome"));

        byte[] half = java.util.Arrays.copyOf(pdf, pdf.length / 2);
        assertEquals("NOT_A_VALID_PDF", verify(half, "application/pdf").getString("outcome"));
    }

    /**
     * A server that stops after an approval commits and before its signature is made leaves the job in the outbox:
     * the approvals stand, the document says Signing…, and the sweep of whichever server runs next signs them, in
     * the order the parties approved. Pausing the worker (a system property on the running server) is that crash.
     */
    @Test
    void approvalsWhoseSignaturesWereLeftBehindAreSignedByTheSweepInTheOrderTheyWereMade() throws Exception {
        JsonObject submitted = submitted();
        long versionId = submitted.getJsonNumber("versionId").longValue();
        Partnership.Member policeSignatory = partnership.createMember(police, "SIGNATORY");
        Partnership.Member councilSignatory = partnership.createMember(council, "SIGNATORY");
        ServerProperties.set(management, PAUSED, "true");
        try {
            assertEquals(201, decide(policeSignatory, versionId).status());
            assertEquals("APPROVED", decide(councilSignatory, versionId).json().getString("status"),
                    "every approval counts at once; signing comes after");
            Thread.sleep(1000);
            assertEquals(2L, Database.single("select count(*) from signing_outbox where agreement_version_id = ? and state"
                    + " = 'SIGNING' and attempts = 0", versionId), "both signatures wait, untried");
            assertEquals(0L, Database.single("select count(*) from document_signature s join signed_document d on d.id ="
                    + " s.signed_document_id where d.agreement_version_id = ?", versionId));
            HttpResponse<byte[]> api = get(lead, "/api/v1/agreements/versions/" + versionId + "/document.pdf");
            assertEquals(202, api.statusCode());
            JsonObject state = Json.createReader(new StringReader(new String(api.body(), StandardCharsets.UTF_8))).readObject();
            assertEquals(2, state.getInt("signaturesWaiting"), state.toString());
            assertFalse(state.containsKey("lastError"), "nothing failed: " + state);
            var page = lead.web().get("/app/documents/" + versionId + "/document.pdf");
            assertEquals(202, page.status());
            assertTrue(page.body().startsWith("Signing\u2026"), page.body());
        } finally {
            ServerProperties.remove(management, PAUSED);
        }
        // Nothing starts the worker now but its sweep.
        SigningOutbox.awaitSigned(versionId);
        byte[] pdf = download(lead, "/api/v1/agreements/versions/" + versionId + "/document.pdf", 200);
        JsonObject verdict = verify(pdf, "application/pdf");
        assertEquals("VALID", verdict.getString("outcome"), verdict.toString());
        assertEquals(2, verdict.getJsonArray("signatures").size());
        JsonObject first = verdict.getJsonArray("signatures").getJsonObject(0);
        assertTrue(first.getString("organisation").startsWith("Signing Police"), "the police approved first: " + first);
        assertTrue(first.getBoolean("certification"));
        assertEquals(List.of(1, 2), Database.query("select s.sequence_number from document_signature s join signed_document d"
                + " on d.id = s.signed_document_id where d.agreement_version_id = ? order by s.sequence_number", versionId)
                .stream().map(r -> ((Number) r.get("sequence_number")).intValue()).toList(), "each approval signed once");
    }

    private static final String PAUSED = "concordat.signing.paused";


    @Test
    void theVerificationEndpointGivesGarbageAClearVerdictWithoutAToken() throws Exception {
        JsonObject verdict = verify("this is not a PDF at all".getBytes(StandardCharsets.US_ASCII), "application/pdf");
        assertEquals("NOT_A_VALID_PDF", verdict.getString("outcome"));
        assertEquals("This is not a PDF: it does not start as a PDF file does.", verdict.getString("summary"));
        JsonObject empty = verify(new byte[0], "application/octet-stream");
        assertEquals("The file is empty.", empty.getString("summary"));

        String boundary = "----concordat" + System.nanoTime();
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n garbage \n%%EOF\n\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpResponse<String> multipart = http.send(HttpRequest.newBuilder(base.toURI().resolve("api/v1/verifications"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, multipart.statusCode(), multipart.body());
        JsonObject fromForm = Json.createReader(new StringReader(multipart.body())).readObject();
        assertEquals("NOT_A_VALID_PDF", fromForm.getString("outcome"));
        assertFalse(multipart.body().contains("Exception"), "never a stack trace");

        // Larger than the limit: refused in words before the body is read (the server no longer cuts the connection).
        HttpResponse<String> tooLarge = http.send(HttpRequest.newBuilder(base.toURI().resolve("api/v1/verifications"))
                .header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[11 * 1024 * 1024])).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, tooLarge.statusCode(), tooLarge.body());
        assertEquals("application/problem+json", tooLarge.headers().firstValue("Content-Type").orElse(""));
        assertTrue(tooLarge.body().contains("The file is larger than 10 MB"), tooLarge.body());
    }

    @Test
    void aSignatureThatCannotBeMadeLeavesTheApprovalStandingAndIsRetriedUntilTheCredentialIsReplaced() throws Exception {
        JsonObject submitted = submitted();
        long versionId = submitted.getJsonNumber("versionId").longValue();
        Api.Response issued = partnership.admin().post("/api/v1/organisations/" + police + "/signing-credential", null);
        assertEquals(201, issued.status(), issued.body());
        // The stored key is damaged (or was sealed under another password): the police cannot sign.
        assertEquals(1, Database.execute("update signing_credential set sealed_key = ? where organisation_id = ? and active",
                new byte[] {0x30, 0x03, 0x02, 0x01, 0x00}, police));
        Partnership.Member policeSignatory = partnership.createMember(police, "SIGNATORY");
        assertEquals(201, decide(policeSignatory, versionId).status(), "the approval is recorded; its signature comes after");
        assertEquals(1L, Database.single("select count(*) from agreement_decision where agreement_version_id = ?", versionId),
                "the approval stands");
        SigningOutbox.await(() -> ((Number) Database.single("select attempts from signing_outbox where agreement_version_id = ?",
                versionId)).intValue() >= 2, "a second attempt at the police's signature");
        assertEquals("SIGNING", Database.single("select state from signing_outbox where agreement_version_id = ?", versionId));
        assertTrue(String.valueOf(Database.single("select last_error from signing_outbox where agreement_version_id = ?",
                versionId)).contains("cannot be unlocked"), "the reason is kept");
        assertEquals(1L, Database.single("select count(*) from audit_event where subject_id = ? and action = ?",
                Long.toString(versionId), "DOCUMENT_SIGNING_FAILED"), "reported once in the audit trail, however often retried");
        HttpResponse<byte[]> signing = get(lead, "/api/v1/agreements/versions/" + versionId + "/document.pdf");
        assertEquals(202, signing.statusCode(), "the signed document is not complete yet");
        assertEquals("5", signing.headers().firstValue("Retry-After").orElse(""));
        JsonObject state = Json.createReader(new StringReader(new String(signing.body(), StandardCharsets.UTF_8))).readObject();
        assertEquals("SIGNING", state.getString("state"));
        assertEquals("Signing\u2026", state.getString("label"));
        assertEquals(1, state.getInt("signaturesWaiting"));
        assertTrue(state.getString("lastError").contains("cannot be unlocked"), state.toString());
        assertEquals(0L, Database.single("select count(*) from document_signature s join signed_document d on d.id ="
                + " s.signed_document_id where d.agreement_version_id = ?", versionId));
        assertEquals(sha256((byte[]) Database.single("select content from signed_document where agreement_version_id = ?", versionId)),
                Database.single("select sha256 from signed_document where agreement_version_id = ?", versionId),
                "the document is as rendered");
        String page = lead.web().get("/app/agreement.xhtml?id=" + versionId).body();
        assertTrue(page.contains("id=\"documentSigning\""), "the agreement page says Signing\u2026");
        assertTrue(page.contains("cannot be unlocked"), "and why the signature waits");

        // An IG lead of the police uploads the organisation's own certificate; a wrong password changes nothing.
        Partnership.Member policeLead = partnership.createMember(police, "IG_LEAD");
        Instant now = Instant.now();
        TestCertificates.Issued root = TestCertificates.root("Police Root CA", now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(3650)));
        TestCertificates.Issued leaf = TestCertificates.leaf(root, "Signing Police", now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(700)), KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
        byte[] p12 = TestCertificates.pkcs12(leaf.keys().getPrivate(), List.of(leaf.certificate(), root.certificate()), "police-p12");
        HttpResponse<String> wrong = upload(policeLead, p12, "not-it");
        assertEquals(400, wrong.statusCode(), wrong.body());
        assertTrue(wrong.body().contains("\"field\":\"password\""), wrong.body());
        HttpResponse<String> uploaded = upload(policeLead, p12, "police-p12");
        assertEquals(200, uploaded.statusCode(), uploaded.body());
        assertTrue(uploaded.body().contains("UPLOADED"), uploaded.body());
        assertFalse(String.valueOf(Database.query("select * from audit_event")).contains("police-p12"),
                "the password is never recorded");

        SigningOutbox.awaitSigned(versionId);
        assertEquals(1L, Database.single("select count(*) from document_signature s join signed_document d on d.id ="
                + " s.signed_document_id where d.agreement_version_id = ?", versionId),
                "the waiting approval is signed with the uploaded certificate, without waiting for its next attempt");
        assertEquals(400, decide(policeSignatory, versionId).status(), "the police decided once");
        assertEquals(201, decide(partnership.createMember(council, "SIGNATORY"), versionId).status());
        SigningOutbox.awaitSigned(versionId);
        JsonObject verdict = verify(download(lead, "/api/v1/agreements/versions/" + versionId + "/document.pdf", 200), "application/pdf");
        assertEquals("VALID", verdict.getString("outcome"), verdict.toString());
        JsonObject policeSignature = verdict.getJsonArray("signatures").getJsonObject(0);
        assertTrue(policeSignature.getBoolean("trusted"), "the organisation's registered chain is trusted");
        assertTrue(policeSignature.getString("certificateSubject").contains("CN=Signing Police"));
    }

    @Test
    void aKeySealedBeforeVersion17IsSealedAnewAtItsFirstUseAndTheInstallationSaltNeverChanges() throws Exception {
        assertEquals(1L, Database.single("select count(*) from signing_key_sealing"), "one key derivation per installation");
        assertEquals("PBKDF2WithHmacSHA256", Database.single("select algorithm from signing_key_sealing"));
        assertTrue(((Number) Database.single("select iterations from signing_key_sealing")).intValue() >= 600_000);
        assertEquals(32, ((Number) Database.single("select octet_length(salt) from signing_key_sealing")).intValue());
        byte[] salt = (byte[]) Database.single("select salt from signing_key_sealing");
        assertThrows(SQLException.class, () -> Database.execute("update signing_key_sealing set salt = ?", new byte[32]),
                "a new salt would lock every sealed key away");
        assertThrows(SQLException.class, () -> Database.execute("delete from signing_key_sealing"));
        assertArrayEquals(salt, (byte[]) Database.single("select salt from signing_key_sealing"));

        // The police's own certificate, uploaded: its key is sealed in the current format, bound to the credential.
        Partnership.Member policeLead = partnership.createMember(police, "IG_LEAD");
        Instant now = Instant.now();
        TestCertificates.Issued root = TestCertificates.root("Legacy Police Root CA", now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(3650)));
        TestCertificates.Issued leaf = TestCertificates.leaf(root, "Legacy Police", now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(700)), KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
        HttpResponse<String> uploaded = upload(policeLead, TestCertificates.pkcs12(leaf.keys().getPrivate(),
                List.of(leaf.certificate(), root.certificate()), "legacy-p12"), "legacy-p12");
        assertEquals(200, uploaded.statusCode(), uploaded.body());
        String header = "select substring(sealed_key from 1 for 4) from signing_credential where organisation_id = ? and active";
        assertArrayEquals(CURRENT_FORMAT, (byte[]) Database.single(header, police));

        // As an installation from before version 17 holds it: PBES2 under the same password.
        byte[] legacy = TestCertificates.legacySealed(leaf.keys().getPrivate(), System.getProperty("it.ca.password",
                "Integration-tests-signing-keys-2026"));
        assertEquals(1, Database.execute("update signing_credential set sealed_key = ? where organisation_id = ? and active",
                legacy, police));
        long versionId = submitted().getJsonNumber("versionId").longValue();
        assertEquals(201, decide(partnership.createMember(police, "SIGNATORY"), versionId).status());
        SigningOutbox.awaitSigned(versionId);
        assertEquals(1L, Database.single("select count(*) from document_signature s join signed_document d on d.id ="
                + " s.signed_document_id where d.agreement_version_id = ?", versionId), "the key of the earlier format still signs");
        assertArrayEquals(CURRENT_FORMAT, (byte[]) Database.single(header, police), "and is sealed anew with its approval");
        assertFalse(java.util.Arrays.equals(legacy, (byte[]) Database.single("select sealed_key from signing_credential"
                + " where organisation_id = ? and active", police)));
        assertEquals(1L, Database.single("select count(*) from signing_credential where organisation_id = ? and active", police));
        assertEquals(201, decide(partnership.createMember(council, "SIGNATORY"), versionId).status());
        SigningOutbox.awaitSigned(versionId);

        JsonObject verdict = verify(download(lead, "/api/v1/agreements/versions/" + versionId + "/document.pdf", 200), "application/pdf");
        assertEquals("VALID", verdict.getString("outcome"), verdict.toString());
        JsonObject policeSignature = verdict.getJsonArray("signatures").getJsonObject(0);
        assertTrue(policeSignature.getString("certificateSubject").contains("CN=Legacy Police"), policeSignature.toString());
        assertTrue(policeSignature.getBoolean("intact"));
    }

    private static final byte[] CURRENT_FORMAT = {'C', 'S', 'K', 2};

    /** A two-party draft (the council leads, the police is the other party) with one lawful flow, submitted. */
    private JsonObject submitted() {
        long template = lead.api().get("/api/v1/templates").array().stream().map(t -> t.asJsonObject())
                .filter(t -> t.getBoolean("builtIn") && t.getString("kind").equals("DSA")).findFirst().orElseThrow()
                .getJsonArray("versions").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject draft = lead.api().post("/api/v1/agreements", Json.createObjectBuilder()
                .add("templateVersionId", template).add("title", "Children in need: council and police").add("effectiveDate", "2026-04-01")
                .add("parties", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("organisationId", police).add("role", "CONTROLLER")))
                .build()).json();
        Api.Response flowed = lead.api().post("/api/v1/agreements/versions/" + draft.getJsonNumber("versionId").longValue() + "/flows",
                Json.createObjectBuilder().add("lockVersion", draft.getJsonNumber("lockVersion").longValue()).add("flow",
                        Json.createObjectBuilder().add("sender", "P1").add("recipient", "P2")
                                .add("dataSubjects", Json.createArrayBuilder().add("CHILD"))
                                .add("dataCategories", Json.createArrayBuilder().add("SOCIAL_CARE"))
                                .add("purpose", "CHILD_IN_NEED").add("transferMethod", "SECURE_EMAIL")
                                .add("retention", "Until the child is 25").add("regime", "GENERAL")
                                .add("lawfulBases", Json.createArrayBuilder().add("A6-1-e"))
                                .add("statutoryGateways", Json.createArrayBuilder().add("CA1989-S17"))
                                .add("confidentialityBasis", "CL-PUBLIC-INTEREST")).build());
        assertEquals(201, flowed.status(), flowed.body());
        JsonObject ready = flowed.json();
        assertTrue(ready.getBoolean("canSubmit"), ready.getJsonObject("compliance").toString());
        Api.Response submitted = lead.api().post("/api/v1/agreements/versions/" + ready.getJsonNumber("versionId").longValue()
                + "/submission", Json.createObjectBuilder().add("lockVersion", ready.getJsonNumber("lockVersion").longValue()).build());
        assertEquals(200, submitted.status(), submitted.body());
        return submitted.json();
    }

    private static Api.Response decide(Partnership.Member signatory, long versionId) {
        return signatory.api().post("/api/v1/agreements/versions/" + versionId + "/decisions",
                Json.createObjectBuilder().add("decision", "APPROVED").build());
    }

    private HttpResponse<byte[]> get(Partnership.Member member, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.toURI().resolve(path.substring(1)))
                .header("Authorization", "Bearer " + member.token()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private byte[] download(Partnership.Member member, String path, int expected) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(base.toURI().resolve(path.substring(1)))
                .header("Authorization", "Bearer " + member.token()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(expected, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        return response.body();
    }

    private JsonObject verify(byte[] file, String type) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.toURI().resolve("api/v1/verifications"))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(file)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private HttpResponse<String> upload(Partnership.Member member, byte[] p12, String password) throws Exception {
        String boundary = "----concordat" + System.nanoTime();
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"police.p12\"\r\n"
                + "Content-Type: application/x-pkcs12\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        form.writeBytes(p12);
        form.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"password\"\r\n\r\n" + password
                + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return http.send(HttpRequest.newBuilder(base.toURI().resolve("api/v1/organisations/" + police + "/signing-credential"))
                .header("Authorization", "Bearer " + member.token())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
