package org.concordat.document.render.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.concordat.agreement.application.AgreementData;
import org.concordat.agreement.domain.VersionStatus;
import org.junit.jupiter.api.Test;

/**
 * The linked-data format {@value AgreementLinkedData#FORMAT} is read by other systems and attached to signed PDFs: a
 * change to the domain or to the writer must never change it by accident. A full sample (SignedFormatTest's version,
 * on a catalogue frozen in {@link LinkedDataSamples}) is compared, value by value, with the golden file under
 * src/test/resources/golden. A deliberate change of shape is a new format version; to accept an additive change, run
 * with -Dgolden.update=true and review the diff of the golden file.
 */
class LinkedDataFormatTest {

    static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "agreement-version-ld-1.jsonld");

    static JsonObject read(byte[] document) {
        return Json.createReader(new ByteArrayInputStream(document)).readObject();
    }

    static JsonObject golden() {
        return read(AgreementLinkedData.of(LinkedDataSamples.golden(), LinkedDataSamples.FROZEN, LinkedDataSamples.BASE_URL));
    }

    @Test
    void theLinkedDataKeepsFormatVersion1() throws IOException {
        JsonObject written = golden();
        assertEquals(AgreementLinkedData.FORMAT, written.getString("conformsTo"));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, pretty(written), StandardCharsets.UTF_8);
        }
        JsonValue frozen = Json.createReader(new StringReader(Files.readString(GOLDEN, StandardCharsets.UTF_8))).readValue();
        if (!frozen.equals(written)) {
            Path seen = Path.of("target", "golden-actual-" + GOLDEN.getFileName());
            Files.createDirectories(seen.getParent());
            Files.writeString(seen, pretty(written), StandardCharsets.UTF_8);
            assertEquals(pretty(frozen), pretty(written), GOLDEN + " changed: compare it with " + seen
                    + ". A format other systems read must not change without a new format version.");
        }
    }

    @Test
    void theContextIsTheFormatsAsTheInstallationServesIt() {
        assertEquals("https://concordat.example/api/v1/formats/agreement-ld/1/context.jsonld",
                golden().getString("@context"));
    }

    @Test
    void eachFlowIsAPermissionPerDirection() {
        JsonArray permissions = golden().getJsonArray("permission");
        // F1 both ways (council to police and back), F2 one way.
        assertEquals(List.of("F1", "F1", "F2"), permissions.stream().map(p -> p.asJsonObject().getString("identifier")).toList());
        JsonObject there = permissions.getJsonObject(0);
        JsonObject back = permissions.getJsonObject(1);
        assertEquals("urn:concordat:organisation:1", there.getString("assigner"));
        assertEquals("urn:concordat:organisation:2", there.getString("assignee"));
        assertEquals(there.getString("assigner"), back.getString("assignee"));
        assertEquals(there.getString("assignee"), back.getString("assigner"));
        assertEquals("urn:concordat:organisation:1", back.getString("hasRecipient"));
        assertEquals("odrl:distribute", there.getString("action"));
    }

    @Test
    void everyProvisionCarriesConcordatsExactCitation() {
        JsonArray bases = golden().getJsonArray("permission").getJsonObject(0).getJsonArray("hasLegalBasis");
        Map<String, String> citations = new java.util.LinkedHashMap<>();
        bases.forEach(b -> citations.put(b.asJsonObject().getString("identifier"), b.asJsonObject().getString("citation")));
        assertEquals(Map.of("A6-1-c", "UK GDPR Article 6(1)(c)", "A6-1-e", "UK GDPR Article 6(1)(e)",
                "A9-2-g", "UK GDPR Article 9(2)(g)", "S1-P2-18", "DPA 2018 Schedule 1 Part 2 paragraph 18",
                "A10-DPA-S10-5", "DPA 2018 section 10(5)", "CA1989-S47", "Children Act 1989 section 47",
                "CA2004-S11", "Children Act 2004 section 11",
                "CL-PUBLIC-INTEREST", "Common law duty of confidentiality; W v Egdell [1990] Ch 359"), citations);
        // The Schedule 1 condition serves both the special category and the criminal offence data: listed in each capacity.
        assertEquals(List.of("urn:concordat:legal-part:LAWFUL_BASIS", "urn:concordat:legal-part:LAWFUL_BASIS",
                        "urn:concordat:legal-part:ARTICLE_9_CONDITION", "urn:concordat:legal-part:SCHEDULE_1_CONDITION",
                        "urn:concordat:legal-part:ARTICLE_10_AUTHORITY", "urn:concordat:legal-part:ARTICLE_10_CONDITION",
                        "urn:concordat:legal-part:STATUTORY_GATEWAY", "urn:concordat:legal-part:STATUTORY_GATEWAY",
                        "urn:concordat:legal-part:CONFIDENTIALITY_BASIS"),
                bases.stream().map(b -> b.asJsonObject().getString("kind")).toList());
        JsonObject publicTask = bases.getJsonObject(1).asJsonObject();
        assertEquals(List.of("dpv:PublicInterest", "dpv:OfficialAuthorityOfController"),
                publicTask.getJsonArray("broader").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals("eu-gdpr:A6-1-e", publicTask.getString("closeMatch"));
    }

    @Test
    void theLawEnforcementFlowComesUnderTheDpaOnly() {
        JsonObject police = golden().getJsonArray("permission").getJsonObject(2);
        assertEquals(List.of("legal-gb:law-DPA"), police.getJsonArray("hasApplicableLaw")
                .getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(List.of("LE-S35-2-B", "LE-S35-5", "LE-S8-4", "CDA1998-S115"), police.getJsonArray("hasLegalBasis")
                .stream().map(b -> b.asJsonObject().getString("identifier")).toList());
        assertFalse(police.containsKey("duty"), "no retention recorded, so no duty to delete is invented");
    }

    @Test
    void specialCategoryDataIsFlagged() {
        JsonArray data = golden().getJsonArray("permission").getJsonObject(0).getJsonObject("target")
                .getJsonArray("hasPersonalData");
        assertEquals("dpv:SensitivePersonalData", data.getJsonObject(0).getString("type"), "criminal offence data");
        assertEquals("dpv:SpecialCategoryPersonalData", data.getJsonObject(1).getString("type"), "health");
        assertEquals("pd:Health", data.getJsonObject(1).getJsonArray("broader").getString(0));
    }

    @Test
    void aDraftIsAnOfferAndTheTextThePartiesSignAnAgreement() {
        AgreementData base = LinkedDataSamples.golden();
        for (VersionStatus status : VersionStatus.values()) {
            JsonObject document = read(AgreementLinkedData.of(LinkedDataSamples.withStatus(base, status),
                    LinkedDataSamples.FROZEN, LinkedDataSamples.BASE_URL));
            boolean offer = status == VersionStatus.DRAFT;
            assertEquals(offer ? "Offer" : "Agreement", document.getString("type"), status.name());
            assertEquals(status != VersionStatus.DRAFT && status != VersionStatus.SUPERSEDED,
                    document.containsKey("hasContractStatus"), status.name());
        }
    }

    @Test
    void theSameVersionAlwaysReadsTheSame() {
        AgreementData version = LinkedDataSamples.everyCode();
        byte[] first = AgreementLinkedData.of(version, LinkedDataSamples.SHIPPED, LinkedDataSamples.BASE_URL);
        byte[] second = AgreementLinkedData.of(version, LinkedDataSamples.SHIPPED, LinkedDataSamples.BASE_URL);
        assertTrue(java.util.Arrays.equals(first, second));
    }

    /**
     * The 100-flow agreement as a reader gets it, left in target/pdf-samples/, and the time it takes to build (warm, the
     * median of 21 runs), for the record: it is built at each submission beside the PDF.
     */
    @Test
    void theHundredFlowAgreementAsLinkedData() throws IOException {
        AgreementData version = LinkedDataSamples.flows(100);
        byte[] document = AgreementLinkedData.of(version, LinkedDataSamples.SHIPPED, LinkedDataSamples.BASE_URL);
        Path samples = Path.of("target", "pdf-samples");
        Files.createDirectories(samples);
        Files.write(samples.resolve("dsa-100-flows.jsonld"), document);
        assertEquals(100 + 33, read(document).getJsonArray("permission").size(), "a third of the flows go both ways");
        for (int i = 0; i < 50; i++) {
            AgreementLinkedData.of(version, LinkedDataSamples.SHIPPED, LinkedDataSamples.BASE_URL);
        }
        long[] nanos = new long[21];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            AgreementLinkedData.of(version, LinkedDataSamples.SHIPPED, LinkedDataSamples.BASE_URL);
            nanos[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(nanos);
        System.out.printf("JSON-LD of the 100-flow agreement: %.2f ms (median of 21, warm), %d bytes%n",
                nanos[10] / 1e6, document.length);
    }

    static String pretty(JsonValue value) {
        java.io.StringWriter out = new java.io.StringWriter();
        Json.createWriterFactory(Map.of(jakarta.json.stream.JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out).write(value);
        return out.toString().strip() + "\n";
    }
}
