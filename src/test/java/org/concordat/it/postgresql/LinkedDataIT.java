package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.concordat.it.support.Api;
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
 * An agreement version as linked data (JSON-LD in DPV and ODRL) on PostgreSQL: served over the API to whoever may see
 * the version and to no one else, the same bytes as the file attached to the signed PDF, and the format's context
 * published without sign-in and cacheable.
 */
@ExtendWith(ArquillianExtension.class)
class LinkedDataIT {

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

    @BeforeEach
    void partnership() throws Exception {
        partnership = Partnership.asAdministrator(base.toURI());
        council = partnership.createOrganisation(Partnership.unique("Linked Council"), "LOCAL_AUTHORITY", true)
                .getJsonNumber("id").longValue();
        school = partnership.createOrganisation(Partnership.unique("Linked School"), "EDUCATION", true)
                .getJsonNumber("id").longValue();
        lead = partnership.createMember(council, "IG_LEAD");
    }

    @Test
    void anApprovedVersionIsServedAsTheLinkedDataItsSignedPdfCarries() throws Exception {
        JsonObject submitted = partnership.submittedAgreement(lead, school, "Children in need: linked data", "2026-04-01");
        long versionId = submitted.getJsonNumber("versionId").longValue();
        String reference = submitted.getString("reference");
        for (long organisation : List.of(council, school)) {
            Api.Response decided = partnership.createMember(organisation, "SIGNATORY").api().post(
                    "/api/v1/agreements/versions/" + versionId + "/decisions",
                    Json.createObjectBuilder().add("decision", "APPROVED").build());
            assertEquals(201, decided.status(), decided.body());
        }
        SigningOutbox.awaitSigned(versionId);

        HttpResponse<byte[]> served = get(lead, "/api/v1/agreements/versions/" + versionId + "/agreement.jsonld");
        assertEquals(200, served.statusCode(), new String(served.body(), StandardCharsets.UTF_8));
        assertTrue(served.headers().firstValue("Content-Type").orElseThrow().startsWith("application/ld+json"));
        assertEquals("attachment; filename=\"" + reference + "-v1.jsonld\"",
                served.headers().firstValue("Content-Disposition").orElseThrow());
        JsonObject document = Json.createReader(new ByteArrayInputStream(served.body())).readObject();
        assertEquals("concordat.agreement-version-ld/1", document.getString("conformsTo"));
        assertEquals(reference, document.getString("identifier"));
        assertEquals("urn:concordat:agreement:" + reference + ":version:1", document.getString("id"));
        assertTrue(document.getString("@context").endsWith("/api/v1/formats/agreement-ld/1/context.jsonld"));
        // Rendered at submission, the text every party then signed: the agreement, its status as it was signed.
        assertEquals("Agreement", document.getString("type"));
        assertEquals("dpv:ContractUnderReview", document.getString("hasContractStatus"));
        JsonObject permission = document.getJsonArray("permission").getJsonObject(0);
        assertEquals("urn:concordat:organisation:" + school, permission.getString("assigner"));
        assertEquals("urn:concordat:organisation:" + council, permission.getString("assignee"));
        assertEquals("UK GDPR Article 6(1)(e)", permission.getJsonArray("hasLegalBasis").getJsonObject(0).getString("citation"));
        assertEquals("Children Act 1989 section 17", permission.getJsonArray("hasLegalBasis").stream()
                .map(b -> b.asJsonObject()).filter(b -> "CA1989-S17".equals(b.getString("identifier", null)))
                .findFirst().orElseThrow().getString("citation"));

        HttpResponse<byte[]> pdf = get(lead, "/api/v1/agreements/versions/" + versionId + "/document.pdf");
        assertEquals(200, pdf.statusCode());
        try (PDDocument signed = Loader.loadPDF(pdf.body())) {
            Map<String, PDComplexFileSpecification> files = signed.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            assertEquals(List.of(reference + "-v1.json", reference + "-v1.jsonld"), List.copyOf(files.keySet()));
            PDComplexFileSpecification linked = files.get(reference + "-v1.jsonld");
            assertEquals("Alternative", linked.getCOSObject().getNameAsString(COSName.AF_RELATIONSHIP));
            assertEquals("application/ld+json", linked.getEmbeddedFile().getSubtype());
            assertArrayEquals(served.body(), linked.getEmbeddedFile().toByteArray(), "the API serves what was signed");
            COSArray associated = signed.getDocumentCatalog().getCOSObject().getCOSArray(COSName.AF);
            assertEquals(2, associated.size());
        }

        // The agreement page links to it beside the other downloads.
        var agreementPage = lead.web().open("/app/agreement.xhtml?id=" + versionId);
        assertTrue(agreementPage.contains("id=\"linkedDataLink\""), "the link is on the agreement page");
        assertTrue(agreementPage.contains("/app/documents/" + versionId + "/agreement.jsonld\""), "it points at the download");
        assertTrue(agreementPage.contains("Linked data (JSON-LD)"), "in words from the bundle");
        // The school, a party, reads it too; the browser's download is the same file.
        assertEquals(200, get(partnership.createMember(school, "IG_LEAD"),
                "/api/v1/agreements/versions/" + versionId + "/agreement.jsonld").statusCode());
        var page = lead.web().get("/app/documents/" + versionId + "/agreement.jsonld");
        assertEquals(200, page.status());
        assertEquals(new String(served.body(), StandardCharsets.UTF_8), page.body());
    }

    @Test
    void anotherOrganisationsUserFindsNothing() throws Exception {
        JsonObject submitted = partnership.submittedAgreement(lead, school, "Children in need: not theirs", "2026-04-01");
        long versionId = submitted.getJsonNumber("versionId").longValue();
        Partnership.Member outsider = partnership.createMember(partnership.createOrganisation(
                Partnership.unique("Linked Outsider"), "HEALTH", true).getJsonNumber("id").longValue(), "IG_LEAD");
        assertEquals(404, get(outsider, "/api/v1/agreements/versions/" + versionId + "/agreement.jsonld").statusCode());
        assertEquals(404, get(outsider, "/api/v1/agreements/versions/999999999/agreement.jsonld").statusCode());
        HttpResponse<byte[]> anonymous = http.send(HttpRequest.newBuilder(base.toURI().resolve(
                "api/v1/agreements/versions/" + versionId + "/agreement.jsonld")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(401, anonymous.statusCode(), "the version needs an API token");
    }

    @Test
    void theFormatsFilesArePublicAndCacheable() throws Exception {
        HttpResponse<String> context = http.send(HttpRequest.newBuilder(base.toURI().resolve(
                "api/v1/formats/agreement-ld/1/context.jsonld")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, context.statusCode(), context.body());
        assertTrue(context.headers().firstValue("Content-Type").orElseThrow().startsWith("application/ld+json"));
        assertEquals("public, max-age=86400", context.headers().firstValue("Cache-Control").orElseThrow());
        JsonObject terms = Json.createReader(new java.io.StringReader(context.body())).readObject().getJsonObject("@context");
        assertEquals("https://w3id.org/dpv#", terms.getString("dpv"));
        assertEquals("http://www.w3.org/ns/odrl/2/", terms.getString("odrl"));
        String etag = context.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(base.toURI().resolve(
                        "api/v1/formats/agreement-ld/1/context.jsonld")).header("If-None-Match", etag).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode());
        for (String file : List.of("schema.json", "vocabulary.md")) {
            assertEquals(200, http.send(HttpRequest.newBuilder(base.toURI().resolve("api/v1/formats/agreement-ld/1/" + file))
                    .GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode(), file);
        }
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(base.toURI().resolve(
                "api/v1/formats/agreement-ld/1/secrets.txt")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("context.jsonld"), missing.body());
    }

    private HttpResponse<byte[]> get(Partnership.Member member, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.toURI().resolve(path.substring(1)))
                .header("Authorization", "Bearer " + member.token()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
