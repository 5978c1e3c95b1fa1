package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.concordat.it.support.Api;
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
 * The Word copy for comment over the API, on PostgreSQL: who may download it (whoever may see the version: a draft's
 * lead IG leads, then every party), what it is (a DOCX saying it is not the signed copy, with the draft's findings),
 * and a partner's marked-up copy compared with the draft — by the draft's editors only, for a draft only, with hostile
 * or wrong files refused in words while the server carries on.
 */
@ExtendWith(ArquillianExtension.class)
class WordDocumentIT {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String PURPOSE = "Support children in need and their families.";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @ArquillianResource
    URL base;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    Partnership partnership;
    long council;
    long school;
    Partnership.Member lead;
    Partnership.Member schoolLead;
    Partnership.Member practitioner;
    Partnership.Member outsider;

    @BeforeEach
    void partnership() throws Exception {
        partnership = Partnership.asAdministrator(base.toURI());
        council = partnership.createOrganisation(Partnership.unique("Word Council"), "LOCAL_AUTHORITY", true).getJsonNumber("id").longValue();
        school = partnership.createOrganisation(Partnership.unique("Word School"), "EDUCATION", true).getJsonNumber("id").longValue();
        long other = partnership.createOrganisation(Partnership.unique("Word Other"), "HEALTH", true).getJsonNumber("id").longValue();
        lead = partnership.createMember(council, "IG_LEAD");
        schoolLead = partnership.createMember(school, "IG_LEAD");
        practitioner = partnership.createMember(council, "PRACTITIONER");
        outsider = partnership.createMember(other, "IG_LEAD");
    }

    private JsonObject draft() {
        long template = lead.api().get("/api/v1/templates").array().stream().map(t -> t.asJsonObject())
                .filter(t -> t.getBoolean("builtIn") && t.getString("kind").equals("DSA")).findFirst().orElseThrow()
                .getJsonArray("versions").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Response created = lead.api().post("/api/v1/agreements", Json.createObjectBuilder()
                .add("templateVersionId", template).add("title", "Children in need: comments from the school")
                .add("purpose", PURPOSE).add("effectiveDate", "2026-04-01")
                .add("parties", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("organisationId", school).add("role", "CONTROLLER").add("signatoryName", "Head teacher")))
                .build());
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    private HttpResponse<byte[]> get(Partnership.Member member, long versionId) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/agreements/versions/" + versionId + "/comment.docx"))
                .header("Authorization", "Bearer " + member.token()).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> compare(Partnership.Member member, long versionId, String type, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/agreements/versions/" + versionId + "/comment.docx/comparison"))
                .header("Authorization", "Bearer " + member.token()).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    @Test
    void theLeadDownloadsADraftAsWordAndOnlyThoseWhoMaySeeItCan() throws Exception {
        long versionId = draft().getJsonNumber("versionId").longValue();
        HttpResponse<byte[]> docx = get(lead, versionId);
        assertEquals(200, docx.statusCode());
        assertEquals(DOCX, docx.headers().firstValue("Content-Type").orElse(""));
        assertTrue(docx.headers().firstValue("Content-Disposition").orElse("").matches(
                "attachment; filename=\"DSA-\\d{4}-\\d{4}-v1-draft-for-comment\\.docx\""), docx.headers().map().toString());
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            String header = document.getHeaderFooterPolicy().getDefaultHeader().getText();
            assertTrue(header.contains("Not the signed copy \u2014 for comment only") && header.contains("Draft"), header);
            String text = String.join("\n", document.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertTrue(text.contains("Children in need: comments from the school"), text);
            assertTrue(text.contains("Compliance findings (draft)"), "a draft carries its findings");
            assertTrue(document.getTables().stream().anyMatch(t -> t.getText().contains("The agreement describes no sharing flows.")),
                    "the finding the draft has now");
        }
        assertEquals(404, get(schoolLead, versionId).statusCode(), "a party sees a draft once it is submitted");
        assertEquals(404, get(practitioner, versionId).statusCode());
        assertEquals(404, get(outsider, versionId).statusCode());
        assertEquals(404, get(lead, 999_999_999L).statusCode());
    }

    @Test
    void theLeadComparesAPartnersMarkedUpCopyWithTheDraft() throws Exception {
        long versionId = draft().getJsonNumber("versionId").longValue();
        byte[] partners = markedUp(get(lead, versionId).body());

        HttpResponse<String> compared = compare(lead, versionId, DOCX, partners);
        assertEquals(200, compared.statusCode(), compared.body());
        JsonObject comparison = json(compared.body());
        assertEquals(2, comparison.getJsonArray("differences").size(), compared.body());
        JsonObject changed = comparison.getJsonArray("differences").getJsonObject(0);
        assertEquals("CHANGED", changed.getString("kind"));
        assertEquals(PURPOSE, changed.getString("current"));
        assertEquals("Support children in need, their families and their carers.", changed.getString("partners"));
        JsonObject added = comparison.getJsonArray("differences").getJsonObject(1);
        assertEquals("ADDED", added.getString("kind"));
        assertEquals("The school asks for a termly review of this flow.", added.getString("partners"));
        assertTrue(comparison.getInt("partnersParagraphs") == comparison.getInt("currentParagraphs") + 1, compared.body());

        // The same as a form, as the page sends it.
        String boundary = "----concordat" + System.nanoTime();
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"from-the-school.docx\"\r\n"
                + "Content-Type: " + DOCX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        form.write(partners);
        form.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> asForm = compare(lead, versionId, "multipart/form-data; boundary=" + boundary, form.toByteArray());
        assertEquals(200, asForm.statusCode(), asForm.body());
        assertEquals("from-the-school.docx", json(asForm.body()).getString("fileName"));
        assertEquals(2, json(asForm.body()).getJsonArray("differences").size());

        assertEquals(404, compare(schoolLead, versionId, DOCX, partners).statusCode(), "the draft is not theirs to see");
        assertEquals(404, compare(practitioner, versionId, DOCX, partners).statusCode());
    }

    @Test
    void wrongAndHostileFilesAreRefusedInWordsAndTheServerCarriesOn() throws Exception {
        long versionId = draft().getJsonNumber("versionId").longValue();

        HttpResponse<String> pdf = compare(lead, versionId, DOCX, "%PDF-1.7 minutes".getBytes(StandardCharsets.US_ASCII));
        assertEquals(400, pdf.statusCode(), pdf.body());
        assertTrue(pdf.body().contains("This is not a Word document (.docx)"), pdf.body());

        // 300 MB of zeros as the document: a few hundred KB on the wire.
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override"
                    + " PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
        }
        long start = System.nanoTime();
        HttpResponse<String> refused = compare(lead, versionId, DOCX, bomb.toByteArray());
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("would unpack to more than 100 MB"), refused.body());
        assertTrue((System.nanoTime() - start) / 1_000_000 < 10_000, "refused without inflating it all");

        HttpResponse<String> huge = compare(lead, versionId, DOCX, new byte[11 * 1024 * 1024]);
        assertEquals(413, huge.statusCode(), huge.body());

        HttpResponse<String> json = compare(lead, versionId, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, json.statusCode(), json.body());

        assertEquals(200, get(lead, versionId).statusCode(), "the server carries on");
        assertEquals(200, compare(lead, versionId, DOCX, get(lead, versionId).body()).statusCode());
    }

    @Test
    void onceSubmittedEveryPartyMayDownloadItButNoCopyIsComparedWithIt() throws Exception {
        JsonObject draft = draft();
        long versionId = draft.getJsonNumber("versionId").longValue();
        JsonObject flowed = lead.api().post("/api/v1/agreements/versions/" + versionId + "/flows",
                Json.createObjectBuilder().add("lockVersion", draft.getJsonNumber("lockVersion").longValue()).add("flow",
                        Json.createObjectBuilder().add("sender", "P2").add("recipient", "P1")
                                .add("dataSubjects", Json.createArrayBuilder().add("CHILD"))
                                .add("dataCategories", Json.createArrayBuilder().add("EDUCATION_DATA"))
                                .add("purpose", "CHILD_IN_NEED").add("transferMethod", "SECURE_EMAIL")
                                .add("retention", "Until the child is 25").add("regime", "GENERAL")
                                .add("lawfulBases", Json.createArrayBuilder().add("A6-1-e"))
                                .add("statutoryGateways", Json.createArrayBuilder().add("CA1989-S17"))
                                .add("confidentialityBasis", "CL-PUBLIC-INTEREST")).build()).json();
        byte[] draftCopy = get(lead, versionId).body();
        Api.Response submitted = lead.api().post("/api/v1/agreements/versions/" + versionId + "/submission",
                Json.createObjectBuilder().add("lockVersion", flowed.getJsonNumber("lockVersion").longValue()).build());
        assertEquals(200, submitted.status(), submitted.body());

        HttpResponse<byte[]> forTheSchool = get(schoolLead, versionId);
        assertEquals(200, forTheSchool.statusCode(), "a party may download the submitted version");
        assertTrue(forTheSchool.headers().firstValue("Content-Disposition").orElse("").endsWith("-v1-for-comment.docx\""));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(forTheSchool.body()))) {
            String header = document.getHeaderFooterPolicy().getDefaultHeader().getText();
            assertTrue(header.contains("Not the signed copy") && header.contains("Submitted for approval"), header);
            assertTrue(document.getParagraphs().stream().noneMatch(p -> p.getText().equals("Compliance findings (draft)")));
        }
        assertEquals(404, get(outsider, versionId).statusCode());
        HttpResponse<String> notADraft = compare(lead, versionId, DOCX, draftCopy);
        assertEquals(400, notADraft.statusCode(), notADraft.body());
        assertTrue(notADraft.body().contains("this version is no longer a draft"), notADraft.body());
    }

    /** The school rewrites the purpose and adds a paragraph after it. */
    static byte[] markedUp(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFParagraph purpose = document.getParagraphs().stream().filter(p -> p.getText().equals(PURPOSE))
                    .findFirst().orElseThrow();
            purpose.getRuns().get(0).setText("Support children in need, their families and their carers.", 0);
            XWPFParagraph next = document.getParagraphs().get(document.getParagraphs().indexOf(purpose) + 1);
            document.insertNewParagraph(next.getCTP().newCursor()).createRun().setText("The school asks for a termly review of this flow.");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        }
    }
}
