package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.concordat.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API's contract, as the running server describes it at /openapi, compared with the snapshot partner
 * systems were built against (src/test/resources/golden/openapi.json). Any change to a path, a parameter, a
 * schema or its fields fails here, so that an API change is always a decision: review it, then accept it with
 * -Dgolden.update=true (and say so in the README when partner systems must adapt).
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiSnapshotIT {

    static final Path SNAPSHOT = Path.of("src", "test", "resources", "golden", "openapi.json");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @ArquillianResource
    URL base;

    @Test
    void theApiIsTheOnePartnerSystemsWereBuiltAgainst() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.toURI()
                .resolve("/openapi?format=JSON")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonObject described = Json.createReader(new StringReader(response.body())).readObject();
        assertTrue(described.containsKey("paths"), "an OpenAPI document");
        // Where the server runs is not part of the contract.
        JsonObject contract = Json.createObjectBuilder(described).remove("servers").build();
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(SNAPSHOT, pretty(contract), StandardCharsets.UTF_8);
        }
        JsonValue snapshot = Json.createReader(new StringReader(Files.readString(SNAPSHOT, StandardCharsets.UTF_8))).readValue();
        if (!snapshot.equals(contract)) {
            Path seen = Path.of("target", "openapi-actual.json");
            Files.writeString(seen, pretty(contract), StandardCharsets.UTF_8);
            assertEquals(pretty(snapshot), pretty(contract), "The API changed: compare " + SNAPSHOT + " with " + seen
                    + "; accept a deliberate change with -Dgolden.update=true.");
        }
    }

    private static String pretty(JsonValue value) {
        StringWriter out = new StringWriter();
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out).write(value);
        return out.toString().strip() + "\n";
    }
}
