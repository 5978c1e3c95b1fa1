package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.concordat.it.support.Api;
import org.concordat.it.support.Database;
import org.concordat.it.support.Deployments;
import org.concordat.it.support.Partnership;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An API token's life: issued once in the page, stored as a hash, used, listed without the secret, revoked. */
@ExtendWith(ArquillianExtension.class)
class ApiTokenIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @ArquillianResource
    URL base;

    Partnership partnership;
    long organisation;

    @BeforeEach
    void organisation() throws Exception {
        partnership = Partnership.asAdministrator(base.toURI());
        organisation = partnership.createOrganisation(Partnership.unique("Token Police"), "POLICE", true)
                .getJsonNumber("id").longValue();
    }

    @Test
    void tokenIsIssuedUsedListedAndRevoked() throws Exception {
        Partnership.Member officer = partnership.createMember(organisation, "PRACTITIONER");
        String token = officer.token();
        assertTrue(token.startsWith("cnc_") && token.length() > 40, token);

        String stored = (String) Database.single("select token_hash from api_token where user_id = ?", officer.id());
        assertEquals(64, stored.length(), "a SHA-256 in hex");
        assertFalse(stored.contains(token.substring(4)), "the token itself is never stored");

        JsonObject me = officer.api().get("/api/v1/me").json();
        assertEquals(officer.email(), me.getString("email"));
        assertEquals(organisation, me.getJsonNumber("organisationId").longValue());

        Api.Response list = officer.api().get("/api/v1/me/tokens");
        JsonObject listed = list.array().getJsonObject(0);
        assertEquals(token.substring(0, 10), listed.getString("prefix"));
        assertFalse(list.body().contains(token), "listing never shows the token");
        assertTrue(listed.containsKey("lastUsedAt"));

        Api.Response issued = officer.api().post("/api/v1/me/tokens",
                Json.createObjectBuilder().add("name", "case system").add("validForDays", 30).build());
        assertEquals(201, issued.status());
        Api second = new Api(base.toURI(), issued.json().getString("token"));
        assertEquals(200, second.get("/api/v1/me").status());

        long firstId = listed.getJsonNumber("id").longValue();
        assertEquals(204, second.delete("/api/v1/me/tokens/" + firstId).status());
        Api.Response refused = officer.api().get("/api/v1/me");
        assertEquals(401, refused.status());
        assertEquals("/problems/not-authenticated", refused.json().getString("type"));
        assertEquals(200, second.get("/api/v1/me").status(), "the other token still works");
        assertEquals(1L, Database.single("select count(*) from audit_event where action = 'API_TOKEN_REVOKED' and subject_id = ?",
                Long.toString(firstId)));
    }

    @Test
    void requestsSharingATokenRunInParallelWithoutConflict() throws Exception {
        Partnership.Member member = partnership.createMember(organisation, "PRACTITIONER");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> statuses = pool.invokeAll(IntStream.range(0, 32).<Callable<Integer>>mapToObj(i ->
                    () -> member.api().get("/api/v1/me").status()).toList());
            for (Future<Integer> status : statuses) {
                assertEquals(200, status.get(), "noting the token's use never turns a request into a conflict");
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(Database.single("select last_used_at from api_token where user_id = ?", member.id()) != null);
    }

    @Test
    void tokenStopsWorkingWhenItsUserIsDeactivated() {
        Partnership.Member member = partnership.createMember(organisation, "IG_LEAD");
        assertEquals(200, member.api().get("/api/v1/me").status());
        JsonObject user = partnership.admin().get("/api/v1/users/" + member.id()).json();

        Api.Response deactivated = partnership.admin().put("/api/v1/users/" + member.id() + "/active",
                Json.createObjectBuilder().add("version", user.getJsonNumber("version").longValue()).add("active", false).build());
        assertEquals(200, deactivated.status(), deactivated.body());

        assertEquals(401, member.api().get("/api/v1/me").status());
        assertEquals(302, member.web().get("/app/home.xhtml").status(), "the browser session ends too");
    }

    @Test
    void tokenNeedsANameAndASensibleLifetime() {
        Partnership.Member member = partnership.createMember(organisation, "DPO");
        Api.Response refused = member.api().post("/api/v1/me/tokens",
                Json.createObjectBuilder().add("name", "").add("validForDays", 9999).build());
        assertEquals(400, refused.status());
        assertEquals("name", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }
}
