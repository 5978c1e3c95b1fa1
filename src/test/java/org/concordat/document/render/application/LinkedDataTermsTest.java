package org.concordat.document.render.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.concordat.agreement.application.AgreementData;
import org.junit.jupiter.api.Test;

/**
 * The linked data means what it says: each document is expanded by a real JSON-LD 1.1 processor (Titanium) with the
 * repository's own context (served by a document loader that reaches no network), and every IRI it expands to —
 * properties, types, and the vocabulary terms it points at — is either Concordat's own ({@code urn:concordat:}) or a
 * term of DPV 2.3, ODRL 2.2 (not deprecated) or the few DCMI, SKOS and DCAT terms the format uses, as listed in
 * src/test/resources/formats/agreement-ld/vocabulary-terms.txt (taken from the vocabularies' own term lists). Nothing
 * a document writes may be dropped by expansion: every key is a term of the context.
 */
class LinkedDataTermsTest {

    static final Path CONTEXT = Path.of("src", "main", "resources", "formats", "agreement-ld", "1", "context.jsonld");
    static final Set<String> ALLOWED = allowed();

    /** Serves the format's context from the repository for its address at any installation; nothing else. */
    static final DocumentLoader LOCAL = (url, options) -> {
        if (!url.toString().endsWith(AgreementLinkedData.FORMAT_PATH + "context.jsonld")) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "no network in tests: " + url);
        }
        try (InputStream in = Files.newInputStream(CONTEXT)) {
            return JsonDocument.of(MediaType.JSON_LD, in);
        } catch (IOException e) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e.getMessage());
        }
    };

    static Set<String> allowed() {
        try {
            return Files.readAllLines(Path.of("src", "test", "resources", "formats", "agreement-ld", "vocabulary-terms.txt"))
                    .stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(String::strip)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static JsonArray expand(byte[] document) throws JsonLdError {
        Document doc = JsonDocument.of(MediaType.JSON_LD, new ByteArrayInputStream(document));
        return JsonLd.expand(doc).loader(LOCAL).get();
    }

    @Test
    void theGoldenSampleExpandsToPublishedTermsOnly() throws JsonLdError {
        byte[] document = AgreementLinkedData.of(LinkedDataSamples.golden(), LinkedDataSamples.FROZEN, LinkedDataSamples.BASE_URL);
        assertOnlyPublishedTerms(document);
    }

    @Test
    void everyCodeOfTheShippedCatalogueExpandsToPublishedTermsOnly() throws JsonLdError {
        AgreementData version = LinkedDataSamples.everyCode();
        byte[] document = AgreementLinkedData.of(version, LinkedDataSamples.SHIPPED, LinkedDataSamples.BASE_URL);
        Set<String> iris = assertOnlyPublishedTerms(document);
        // The mappings the format promises are there, as absolute IRIs.
        for (String term : List.of("https://w3id.org/dpv#Child", "https://w3id.org/dpv#VulnerableDataSubject",
                "https://w3id.org/dpv/pd#Health", "https://w3id.org/dpv/pd#Criminal",
                "https://w3id.org/dpv#SpecialCategoryPersonalData", "https://w3id.org/dpv#ProtectionOfPublicSecurity",
                "https://w3id.org/dpv/legal/eu/gdpr#A6-1-e", "https://w3id.org/dpv/legal/eu/gdpr#A9-2-j",
                "https://w3id.org/dpv#OfficialAuthorityOfController", "https://w3id.org/dpv/legal/gb#law-DPA",
                "https://w3id.org/dpv#DataProcessor", "http://www.w3.org/ns/odrl/2/distribute",
                "http://www.w3.org/ns/odrl/2/delete", "http://www.w3.org/ns/odrl/2/deliveryChannel")) {
            assertTrue(iris.contains(term), term);
        }
    }

    @Test
    void theTermsExpandToTheRightAbsoluteIris() throws JsonLdError {
        JsonObject agreement = expand(AgreementLinkedData.of(LinkedDataSamples.golden(), LinkedDataSamples.FROZEN,
                LinkedDataSamples.BASE_URL)).getJsonObject(0);
        assertEquals(List.of("http://www.w3.org/ns/odrl/2/Agreement"), strings(agreement.getJsonArray("@type")));
        assertEquals("urn:concordat:agreement:DSA-2026-0042:version:3", agreement.getString("@id"));
        JsonObject permission = agreement.getJsonArray("http://www.w3.org/ns/odrl/2/permission").getJsonObject(0);
        assertEquals(List.of("http://www.w3.org/ns/odrl/2/Permission"), strings(permission.getJsonArray("@type")));
        assertEquals("http://www.w3.org/ns/odrl/2/distribute",
                permission.getJsonArray("http://www.w3.org/ns/odrl/2/action").getJsonObject(0).getString("@id"));
        assertEquals("https://w3id.org/dpv#Share",
                permission.getJsonArray("https://w3id.org/dpv#hasProcessing").getJsonObject(0).getString("@id"));
        JsonObject basis = permission.getJsonArray("https://w3id.org/dpv#hasLegalBasis").getJsonObject(1);
        assertEquals("UK GDPR Article 6(1)(e)", basis.getJsonArray("http://purl.org/dc/terms/bibliographicCitation")
                .getJsonObject(0).getString("@value"));
        assertEquals("https://w3id.org/dpv/legal/eu/gdpr#A6-1-e",
                basis.getJsonArray("http://www.w3.org/2004/02/skos/core#closeMatch").getJsonObject(0).getString("@id"));
        JsonObject purpose = permission.getJsonArray("http://www.w3.org/ns/odrl/2/constraint").getJsonObject(0);
        assertEquals("http://www.w3.org/ns/odrl/2/purpose",
                purpose.getJsonArray("http://www.w3.org/ns/odrl/2/leftOperand").getJsonObject(0).getString("@id"));
        JsonObject validFrom = agreement.getJsonArray("http://www.w3.org/ns/odrl/2/constraint").getJsonObject(0)
                .getJsonArray("http://www.w3.org/ns/odrl/2/rightOperand").getJsonObject(0);
        assertEquals("2026-04-01", validFrom.getString("@value"));
        assertEquals("http://www.w3.org/2001/XMLSchema#date", validFrom.getString("@type"));
    }

    @Test
    void aTermOutsideTheVocabulariesIsCaught() throws JsonLdError {
        // The check itself can fail: a made-up DPV term and a deprecated ODRL action are refused.
        byte[] invented = ("{\"@context\": \"" + LinkedDataSamples.BASE_URL + AgreementLinkedData.FORMAT_PATH
                + "context.jsonld\", \"type\": \"Agreement\", \"hasProcessing\": \"dpv:Safeguard2\","
                + " \"action\": \"odrl:share\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Set<String> unknown = new TreeSet<>(iris(expand(invented)));
        unknown.removeIf(ALLOWED::contains);
        assertEquals(Set.of("https://w3id.org/dpv#Safeguard2", "http://www.w3.org/ns/odrl/2/share"), unknown);
        assertThrows(JsonLdError.class, () -> expand(("{\"@context\": \"https://elsewhere.example/context.jsonld\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)), "no other context is fetched");
    }

    /** Expands the document and checks every IRI and every key; returns the IRIs. */
    private static Set<String> assertOnlyPublishedTerms(byte[] document) throws JsonLdError {
        Set<String> iris = iris(expand(document));
        Set<String> unknown = iris.stream().filter(i -> !i.startsWith("urn:concordat:") && !ALLOWED.contains(i))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unknown, "IRIs outside DPV 2.3, ODRL 2.2 and the listed terms");
        Set<String> terms = Json.createReader(new ByteArrayInputStream(readContext())).readObject()
                .getJsonObject("@context").keySet();
        Set<String> undefined = new TreeSet<>();
        keys(Json.createReader(new ByteArrayInputStream(document)).readValue(), terms, undefined);
        assertEquals(Set.of(), undefined, "keys the context does not define (expansion would drop them)");
        return iris;
    }

    private static byte[] readContext() {
        try {
            return Files.readAllBytes(CONTEXT);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every IRI of an expanded document: properties, @type values and @id values. */
    static Set<String> iris(JsonValue expanded) {
        Set<String> found = new TreeSet<>();
        collect(expanded, found);
        return found;
    }

    private static void collect(JsonValue value, Set<String> found) {
        if (value instanceof JsonArray array) {
            array.forEach(v -> collect(v, found));
        } else if (value instanceof JsonObject object) {
            object.forEach((key, v) -> {
                if (key.equals("@id") || key.equals("@type")) {
                    if (v instanceof JsonString s) {
                        found.add(s.getString());
                    } else if (v instanceof JsonArray types) {
                        types.forEach(t -> found.add(((JsonString) t).getString()));
                    }
                } else if (!key.startsWith("@")) {
                    found.add(key);
                    collect(v, found);
                } else if (!key.equals("@value")) {
                    collect(v, found);
                }
            });
        }
    }

    private static void keys(JsonValue value, Set<String> terms, Set<String> undefined) {
        if (value instanceof JsonArray array) {
            array.forEach(v -> keys(v, terms, undefined));
        } else if (value instanceof JsonObject object) {
            object.forEach((key, v) -> {
                if (key.equals("@context")) {
                    return;
                }
                if (!key.startsWith("@") && !terms.contains(key)) {
                    undefined.add(key);
                }
                keys(v, terms, undefined);
            });
        }
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString::getString);
    }
}
