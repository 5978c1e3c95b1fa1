package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concordat.it.support.Api;
import org.concordat.it.support.Deployments;
import org.concordat.it.support.Partnership;
import org.concordat.it.support.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 25 over HTTP: what browsers and proxies may keep, the verification endpoint's answer to a body that is not a
 * PDF, and the security.txt anyone can read.
 */
@ExtendWith(ArquillianExtension.class)
class HttpHardeningIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @ArquillianResource
    URL base;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void nothingPersonalIsStoredByABrowserOrAProxyButStaticResourcesMayBe() throws Exception {
        Partnership partnership = Partnership.asAdministrator(base.toURI());
        long organisation = partnership.createOrganisation(Partnership.unique("Cache Council"), "LOCAL_AUTHORITY", true)
                .getJsonNumber("id").longValue();
        Partnership.Member member = partnership.createMember(organisation, "IG_LEAD");

        Api.Response token = member.api().post("/api/v1/me/tokens",
                Json.createObjectBuilder().add("name", "case system").add("validForDays", 30).build());
        assertEquals(201, token.status(), token.body());
        assertNotStored("the answer carrying a new API token", token.raw().headers());
        Api.Response me = member.api().get("/api/v1/me");
        assertEquals(200, me.status());
        assertNotStored("an authenticated JSON answer", me.raw().headers());
        Api.Response user = partnership.admin().post("/api/v1/users", Json.createObjectBuilder()
                .add("organisationId", organisation).add("fullName", "Cache Test").add("email", Partnership.unique("cache")
                        .replace(' ', '-') + "@example.org").add("roles", Json.createArrayBuilder().add("PRACTITIONER")).build());
        assertEquals(201, user.status(), user.body());
        assertNotStored("the answer carrying a one-time password", user.raw().headers());
        assertNotStored("a refusal", new Api(base.toURI(), "cnc_not-a-token").get("/api/v1/me").raw().headers());
        HttpResponse<String> csv = http.send(HttpRequest.newBuilder(base.toURI().resolve("/api/v1/sharing-decisions/export"))
                .header("Authorization", "Bearer " + member.token()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode(), csv.body());
        assertNotStored("the decision log's CSV", csv.headers());

        WebSession.Page account = member.web().open("/app/account.xhtml");
        assertEquals(200, account.status());
        assertNotStored("an authenticated page", account.raw().headers());
        WebSession.Page home = member.web().open("/app/home.xhtml");
        assertNotStored("the home page", home.raw().headers());

        // The decision log's CSV from the page: the page resets the response to send the file.
        WebSession.Page decisions = member.web().open("/app/decisions.xhtml");
        assertEquals(200, decisions.status(), decisions.body());
        WebSession.Page download = member.web().submit("/app/decisions.xhtml", formOf(decisions.body(), "csv"), Map.of(), "csv");
        assertEquals(200, download.status(), download.body().substring(0, Math.min(500, download.body().length())));
        assertTrue(download.raw().headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
                download.raw().headers().map().toString());
        assertNotStored("the decision log's CSV from the page", download.raw().headers());
        assertEquals("nosniff", download.raw().headers().firstValue("X-Content-Type-Options").orElse(""),
                "the server's security headers too: " + download.raw().headers().map());

        // Static resources the pages use may be kept.
        WebSession visitor = new WebSession(base.toURI());
        WebSession.Page login = visitor.get("/login.xhtml");
        List<String> resources = resourcesOf(login.body());
        assertTrue(resources.stream().anyMatch(r -> r.contains(".css")), resources.toString());
        assertTrue(resources.stream().anyMatch(r -> r.contains(".js")), resources.toString());
        for (String resource : resources) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.toURI().resolve(resource)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), resource);
            assertMayBeStored(resource, r.headers());
        }
        HttpResponse<String> css = http.send(HttpRequest.newBuilder(base.toURI().resolve("/resources/concordat/concordat.css"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, css.statusCode());
        assertMayBeStored("/resources/concordat/concordat.css", css.headers());
        // A path that only looks like a static resource's is judged by where it leads.
        HttpResponse<String> dotted = http.send(HttpRequest.newBuilder(base.toURI().resolve("/api/v1/me"))
                .uri(java.net.URI.create(base.toURI().resolve("/").toString() + "resources/../api/v1/me"))
                .header("Authorization", "Bearer " + member.token()).build(), HttpResponse.BodyHandlers.ofString());
        assertNotStored("/resources/../api/v1/me (" + dotted.statusCode() + ")", dotted.headers());
    }

    @Test
    void theVerificationEndpointAsksForAPdfWhenSentSomethingElse() throws Exception {
        for (String type : List.of("application/json", "text/plain")) {
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(base.toURI().resolve("/api/v1/verifications"))
                    .header("Content-Type", type).header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"file\": \"JVBERi0xLjcK\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(415, refused.statusCode(), refused.body());
            assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
            JsonObject problem = Json.createReader(new StringReader(refused.body())).readObject();
            assertEquals(415, problem.getInt("status"));
            String detail = problem.getString("detail");
            assertTrue(detail.contains("PDF") && detail.contains("application/pdf"), detail);
            assertTrue(detail.contains("multipart/form-data"), detail);
            assertFalse(detail.contains("application/json"), "it wants a PDF, not JSON: " + detail);
        }
        // A PDF and a form still reach the check.
        HttpResponse<String> pdf = http.send(HttpRequest.newBuilder(base.toURI().resolve("/api/v1/verifications"))
                .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofString("not a PDF")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, pdf.statusCode(), pdf.body());
        HttpResponse<String> none = http.send(HttpRequest.newBuilder(base.toURI().resolve("/api/v1/verifications"))
                .POST(HttpRequest.BodyPublishers.ofString("not a PDF")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, none.statusCode(), "no Content-Type is read as application/octet-stream: " + none.body());

        // The answer for other bodies is no operation of its own in the API's description.
        JsonObject post = new Api(base.toURI(), null).get("/openapi?format=JSON").json().getJsonObject("paths")
                .getJsonObject("/api/v1/verifications").getJsonObject("post");
        assertTrue(post.getJsonObject("requestBody").getJsonObject("content").containsKey("application/pdf"), post.toString());
        assertFalse(post.getJsonObject("requestBody").getJsonObject("content").containsKey("*/*"), post.toString());

        // The signing credential's upload wants a form, and says so.
        Partnership partnership = Partnership.asAdministrator(base.toURI());
        long organisation = partnership.createOrganisation(Partnership.unique("Upload Council"), "LOCAL_AUTHORITY", true)
                .getJsonNumber("id").longValue();
        Api.Response upload = partnership.admin().put("/api/v1/organisations/" + organisation + "/signing-credential",
                Json.createObjectBuilder().add("file", "MIIK").build());
        assertEquals(415, upload.status(), upload.body());
        String detail = upload.json().getString("detail");
        assertTrue(detail.contains("multipart/form-data") && detail.contains("PKCS#12"), detail);
    }

    @Test
    void securityTxtSaysWhomToTellWithoutSignIn() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.toURI().resolve("/.well-known/security.txt"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"),
                answer.headers().firstValue("Content-Type").orElse(""));
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").toLowerCase().contains("charset=utf-8"));
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String line : answer.body().split("\r?\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(": ");
            assertTrue(colon > 0, "a field per line: " + line);
            fields.computeIfAbsent(line.substring(0, colon), k -> new ArrayList<>()).add(line.substring(colon + 2));
        }
        // The integration tests' server has no CONCORDAT_SECURITY_CONTACT: the first administrator's address stands in.
        assertEquals(List.of("mailto:" + Partnership.ADMIN_EMAIL), fields.get("Contact"), answer.body());
        assertEquals(List.of("en"), fields.get("Preferred-Languages"));
        assertEquals(List.of("http://localhost:8180/.well-known/security.txt"), fields.get("Canonical"));
        assertEquals(1, fields.get("Expires").size());
        Instant expires = Instant.parse(fields.get("Expires").get(0));
        assertTrue(expires.isAfter(Instant.now().plus(30, ChronoUnit.DAYS)), "not about to go stale: " + expires);
        assertTrue(expires.isBefore(Instant.now().plus(365, ChronoUnit.DAYS)), "less than a year ahead (RFC 9116): " + expires);
    }

    private static void assertNotStored(String what, HttpHeaders headers) {
        String cacheControl = String.join(", ", headers.allValues("Cache-Control"));
        assertTrue(cacheControl.contains("no-store"), what + ": Cache-Control " + headers.map());
        assertEquals("no-cache", headers.firstValue("Pragma").orElse(""), what + ": Pragma " + headers.map());
    }

    private static void assertMayBeStored(String what, HttpHeaders headers) {
        assertFalse(String.join(", ", headers.allValues("Cache-Control")).contains("no-store"), what + ": " + headers.map());
        assertFalse(headers.firstValue("Pragma").isPresent(), what + ": " + headers.map());
    }

    /** The style sheets and scripts a page links to, as paths with their query. */
    private static List<String> resourcesOf(String page) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("(?:href|src)=\"([^\"]*/jakarta\\.faces\\.resource/[^\"]+)\"").matcher(page);
        while (m.find()) {
            found.add(m.group(1).replace("&amp;", "&"));
        }
        return found;
    }

    /** The id of the form holding the button whose id ends with the given one. */
    private static String formOf(String page, String button) {
        Matcher m = Pattern.compile("id=\"([^\":\"]+):" + button + "\"").matcher(page);
        if (!m.find()) {
            throw new AssertionError("no button " + button + " in " + page.substring(0, Math.min(1000, page.length())));
        }
        return m.group(1);
    }
}
