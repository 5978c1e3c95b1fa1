package org.concordat.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Keycloak that Maven starts once per test run (src/test/keycloak/keycloak.sh, in pre-integration-test) with the
 * realms of src/test/keycloak: "concordat" (the council's provider) and "other" (the police's).
 */
public final class Keycloak {

    public static final String PASSWORD = "Sso-tests-2026";
    public static final String COUNCIL_SECRET = "it-concordat-council-secret-2026";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");
    private static volatile boolean ready;

    private Keycloak() {
    }

    public static String base() {
        return System.getProperty("it.keycloak.url", "http://localhost:18080");
    }

    public static String issuer(String realm) {
        return base() + "/realms/" + realm;
    }

    /** Waits until both realms answer discovery: Keycloak boots in the background while earlier tests run. */
    public static void awaitReady() throws InterruptedException {
        if (ready) {
            return;
        }
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            if (answers("concordat") && answers("other")) {
                ready = true;
                return;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Keycloak did not answer at " + base() + " within 4 minutes (see target/keycloak-*/keycloak.log)");
    }

    private static boolean answers(String realm) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(issuer(realm) + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The address Keycloak's sign-in page posts to, from that page. */
    public static String loginAction(String page) {
        Matcher form = LOGIN_FORM.matcher(page);
        if (!form.find()) {
            throw new IllegalStateException("Not Keycloak's sign-in page: " + page.substring(0, Math.min(500, page.length())));
        }
        Matcher action = ACTION.matcher(form.group());
        if (!action.find()) {
            throw new IllegalStateException("Keycloak's sign-in form has no action");
        }
        return action.group(1).replace("&amp;", "&");
    }

    /** Tokens straight from the token endpoint (direct grant, enabled on the test clients only). */
    public static JsonObject tokens(String realm, String clientId, String secret, String username) {
        String form = Map.of("grant_type", "password", "client_id", clientId, "client_secret", secret,
                        "username", username, "password", PASSWORD, "scope", "openid email profile")
                .entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create(issuer(realm) + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Token endpoint answered " + response.statusCode() + ": " + response.body());
            }
            return Json.createReader(new StringReader(response.body())).readObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Takes a realm role from a user through Keycloak's admin API, as an organisation's IT would when someone leaves a
     * team (the bootstrap administrator src/test/keycloak/keycloak.sh creates).
     */
    public static void removeRealmRole(String realm, String username, String role) {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password=it-keycloak-admin";
        JsonObject admin = send(HttpRequest.newBuilder(URI.create(issuer("master") + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), null).asJsonObject();
        String bearer = "Bearer " + admin.getString("access_token");
        String users = base() + "/admin/realms/" + realm + "/users";
        String id = send(HttpRequest.newBuilder(URI.create(users + "?exact=true&username=" + username)).GET(), bearer)
                .asJsonArray().getJsonObject(0).getString("id");
        jakarta.json.JsonValue roleJson = send(HttpRequest.newBuilder(URI.create(base() + "/admin/realms/" + realm + "/roles/" + role)).GET(), bearer);
        send(HttpRequest.newBuilder(URI.create(users + "/" + id + "/role-mappings/realm"))
                .header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString("[" + roleJson + "]")), bearer);
    }

    private static jakarta.json.JsonValue send(HttpRequest.Builder request, String bearer) {
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("Keycloak answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().isBlank() ? jakarta.json.JsonValue.NULL : Json.createReader(new StringReader(response.body())).readValue();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
