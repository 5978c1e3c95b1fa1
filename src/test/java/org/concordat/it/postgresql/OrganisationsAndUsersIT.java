package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Map;
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

/** Organisations and users persist in PostgreSQL as the API says they do; bad input changes nothing. */
@ExtendWith(ArquillianExtension.class)
class OrganisationsAndUsersIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @ArquillianResource
    URL base;

    Partnership partnership;

    @BeforeEach
    void signIn() throws Exception {
        partnership = Partnership.asAdministrator(base.toURI());
    }

    @Test
    void schemaIsMigratedByFlyway() {
        Object success = Database.single("select success from flyway_schema_history where version = '1'");
        assertEquals(Boolean.TRUE, success);
    }

    @Test
    void organisationIsStoredWithEveryDetailAndAnAuditEntry() {
        String name = Partnership.unique("Eastvale District Council");
        Api.Response created = partnership.admin().post("/api/v1/organisations", Json.createObjectBuilder()
                .add("name", name).add("sector", "LOCAL_AUTHORITY").add("publicAuthority", true)
                .add("competentAuthority", false).add("icoRegistrationNumber", "za654321")
                .add("dpoName", "Dana Scott").add("dpoEmail", "dpo@eastvale.example").add("dpoPhone", "01632 960999")
                .add("apdReference", "EDC-APD-1").add("apdDate", "2026-03-31").build());
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();

        Map<String, Object> row = Database.query("select * from organisation where id = ?", id).get(0);
        assertEquals(name, row.get("name"));
        assertEquals("LOCAL_AUTHORITY", row.get("sector"));
        assertEquals(Boolean.TRUE, row.get("public_authority"));
        assertEquals("ZA654321", row.get("ico_registration_number"), "ICO numbers are stored upper-case");
        assertEquals("dpo@eastvale.example", row.get("dpo_email"));
        assertEquals(java.sql.Date.valueOf("2026-03-31"), row.get("apd_date"));
        assertEquals(0L, row.get("version"));

        List<Map<String, Object>> audit = Database.query(
                "select action, actor_email, after_state from audit_event where subject_type = 'Organisation' and subject_id = ?",
                Long.toString(id));
        assertEquals(1, audit.size());
        assertEquals("ORGANISATION_CREATED", audit.get(0).get("action"));
        assertEquals(Partnership.ADMIN_EMAIL, audit.get(0).get("actor_email"));
        assertTrue(audit.get(0).get("after_state").toString().contains("Dana Scott"));
    }

    @Test
    void userPasswordIsStoredOnlyAsAPbkdf2Hash() {
        JsonObject organisation = partnership.createOrganisation(Partnership.unique("Hash Test School"), "EDUCATION", true);
        Partnership.Member member = partnership.createMember(organisation.getJsonNumber("id").longValue(), "PRACTITIONER", "DPO");

        Map<String, Object> row = Database.query("select password_hash, must_change_password, email from app_user where id = ?",
                member.id()).get(0);
        String hash = row.get("password_hash").toString();
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA512:210000:"), "PBKDF2 with its parameters: " + hash.substring(0, 30));
        assertFalse(hash.contains(Partnership.MEMBER_PASSWORD));
        assertEquals(Boolean.FALSE, row.get("must_change_password"), "the one-time password was replaced");
        List<Map<String, Object>> roles = Database.query("select role from app_user_role where user_id = ? order by role", member.id());
        assertEquals(List.of("DPO", "PRACTITIONER"), roles.stream().map(r -> r.get("role")).toList());
    }

    @Test
    void invalidOrganisationIsRefusedFieldByFieldAndNothingIsStored() {
        long before = (Long) Database.single("select count(*) from organisation");
        Api.Response refused = partnership.admin().post("/api/v1/organisations", Json.createObjectBuilder()
                .add("name", " ").add("icoRegistrationNumber", "not a number").add("dpoEmail", "nobody").build());

        assertEquals(400, refused.status());
        assertEquals("application/problem+json", refused.contentType());
        JsonObject problem = refused.json();
        assertEquals("/problems/invalid-input", problem.getString("type"));
        List<String> fields = problem.getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).sorted().toList();
        assertEquals(List.of("dpoEmail", "icoRegistrationNumber", "name", "sector"), fields);
        assertEquals(before, (Long) Database.single("select count(*) from organisation"));
    }

    @Test
    void duplicateEmailIsRefusedWithAClearMessage() {
        JsonObject organisation = partnership.createOrganisation(Partnership.unique("Duplicate Test Charity"), "VOLUNTARY", false);
        long orgId = organisation.getJsonNumber("id").longValue();
        JsonObject user = Json.createObjectBuilder().add("organisationId", orgId).add("fullName", "Ann Other")
                .add("email", "it-duplicate-" + orgId + "@example.org").add("roles", Json.createArrayBuilder().add("IG_LEAD")).build();
        assertEquals(201, partnership.admin().post("/api/v1/users", user).status());

        Api.Response again = partnership.admin().post("/api/v1/users", user);
        assertEquals(400, again.status());
        JsonObject error = again.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("email", error.getString("field"));
        assertEquals("A user with this email address already exists.", error.getString("message"));
    }

    @Test
    void theVersionAnEditReturnsIsTheOneTheNextEditSends() {
        JsonObject organisation = partnership.createOrganisation(Partnership.unique("Twice Edited Trust"), "HEALTH", true);
        long id = organisation.getJsonNumber("id").longValue();
        Api.Response first = partnership.admin().put("/api/v1/organisations/" + id, AccessControlIT.edit(organisation, "one@example.org"));
        assertEquals(200, first.status(), first.body());
        assertEquals(1, first.json().getInt("version"));
        Api.Response second = partnership.admin().put("/api/v1/organisations/" + id, AccessControlIT.edit(first.json(), "two@example.org"));
        assertEquals(200, second.status(), second.body());

        Partnership.Member member = partnership.createMember(id, "DPO");
        JsonObject user = partnership.admin().get("/api/v1/users/" + member.id()).json();
        JsonObject change = Json.createObjectBuilder().add("version", user.getJsonNumber("version").longValue())
                .add("organisationId", id).add("fullName", "Renamed Once").add("email", member.email())
                .add("roles", Json.createArrayBuilder().add("DPO")).build();
        Api.Response renamed = partnership.admin().put("/api/v1/users/" + member.id(), change);
        assertEquals(200, renamed.status(), renamed.body());
        JsonObject again = Json.createObjectBuilder(change).add("version", renamed.json().getJsonNumber("version").longValue())
                .add("fullName", "Renamed Twice").build();
        assertEquals(200, partnership.admin().put("/api/v1/users/" + member.id(), again).status());
    }

    @Test
    void malformedJsonGetsAProblemNotAStackTrace() {
        Api.Response response = partnership.admin().send("POST", "/api/v1/organisations", "{\"name\": ");
        assertEquals(400, response.status());
        assertEquals("/problems/malformed-json", response.json().getString("type"));
        assertFalse(response.body().contains("Exception"));
    }

    @Test
    void healthAndOpenApiAreServed() throws Exception {
        Api anonymous = new Api(base.toURI(), null);
        Api.Response health = anonymous.get("/api/health");
        assertEquals(200, health.status());
        assertEquals("UP", health.json().getString("database"));

        Api.Response openapi = anonymous.send("GET", "/openapi?format=JSON", null);
        assertEquals(200, openapi.status());
        JsonObject paths = openapi.json().getJsonObject("paths");
        assertTrue(paths.containsKey("/api/v1/organisations"), paths.keySet().toString());
        assertTrue(paths.containsKey("/api/v1/me/tokens"));
    }
}
