package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.concordat.it.support.Api;
import org.concordat.it.support.Database;
import org.concordat.it.support.Deployments;
import org.concordat.it.support.Partnership;
import org.concordat.it.support.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every page and endpoint checks the role, and one organisation cannot read or change another's data. */
@ExtendWith(ArquillianExtension.class)
class AccessControlIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @ArquillianResource
    URL base;

    Partnership partnership;
    long council;
    long charity;

    @BeforeEach
    void partnership() throws Exception {
        partnership = Partnership.asAdministrator(base.toURI());
        council = partnership.createOrganisation(Partnership.unique("Access Council"), "LOCAL_AUTHORITY", true)
                .getJsonNumber("id").longValue();
        charity = partnership.createOrganisation(Partnership.unique("Access Charity"), "VOLUNTARY", false)
                .getJsonNumber("id").longValue();
    }

    @Test
    void practitionerIsRefusedAdministrationPagesAndApi() {
        Partnership.Member practitioner = partnership.createMember(council, "PRACTITIONER");

        for (String page : List.of("/admin/users.xhtml", "/admin/audit.xhtml", "/admin/user.xhtml")) {
            WebSession.Page refused = practitioner.web().get(page);
            assertEquals(403, refused.status(), page);
            assertTrue(refused.contains("You do not have permission"), "a calm message, not a stack trace");
        }
        Api.Response users = practitioner.api().get("/api/v1/users");
        assertEquals(403, users.status());
        assertEquals("application/problem+json", users.contentType());
        assertEquals(403, practitioner.api().post("/api/v1/organisations", Json.createObjectBuilder()
                .add("name", "Sneaky Org").add("sector", "OTHER").build()).status());
        assertEquals(0L, Database.single("select count(*) from organisation where name = 'Sneaky Org'"));

        long refusals = (Long) Database.single(
                "select count(*) from audit_event where action = 'ACCESS_REFUSED' and actor_email = ?", practitioner.email());
        assertTrue(refusals >= 2, "refusals are audited: " + refusals);
    }

    @Test
    void organisationPageIsRefusedToAnotherOrganisationsIgLead() {
        Partnership.Member charityLead = partnership.createMember(charity, "IG_LEAD");
        assertEquals(403, charityLead.web().get("/app/organisation.xhtml?id=" + council).status());
        assertEquals(200, charityLead.web().get("/app/organisation.xhtml?id=" + charity).status());
    }

    @Test
    void igLeadEditsOwnOrganisationButNotAnother() {
        Partnership.Member charityLead = partnership.createMember(charity, "IG_LEAD");
        JsonObject own = charityLead.api().get("/api/v1/organisations/" + charity).json();
        Api.Response updated = charityLead.api().put("/api/v1/organisations/" + charity, edit(own, "dpo@charity.example"));
        assertEquals(200, updated.status(), updated.body());
        assertEquals("dpo@charity.example", updated.json().getString("dpoEmail"));

        JsonObject other = charityLead.api().get("/api/v1/organisations/" + council).json();
        Api.Response refused = charityLead.api().put("/api/v1/organisations/" + council, edit(other, "evil@example.org"));
        assertEquals(403, refused.status());
        assertEquals("You can only edit your own organisation.", refused.json().getString("detail"));
        assertEquals("dpo@example.org", Database.single("select dpo_email from organisation where id = ?", council));
    }

    @Test
    void usersOfAnotherOrganisationCannotBeReadEvenWithGuessedIds() {
        Partnership.Member councilLead = partnership.createMember(council, "IG_LEAD");
        Partnership.Member charityPractitioner = partnership.createMember(charity, "PRACTITIONER");
        Partnership.Member councilPractitioner = partnership.createMember(council, "PRACTITIONER");

        assertEquals(404, councilLead.api().get("/api/v1/users/" + charityPractitioner.id()).status());
        assertEquals(200, councilLead.api().get("/api/v1/users/" + councilPractitioner.id()).status());
        assertEquals(404, charityPractitioner.api().get("/api/v1/users/" + councilLead.id()).status());
        List<Long> visible = councilLead.api().get("/api/v1/users").array().stream()
                .map(u -> u.asJsonObject().getJsonNumber("organisationId").longValue()).distinct().toList();
        assertEquals(List.of(council), visible, "an IG lead lists only their own organisation's people");
        assertEquals(404, charityPractitioner.api().delete("/api/v1/me/tokens/" + tokenIdOf(councilLead)).status(),
                "a token of another user cannot be revoked");
    }

    @Test
    void apiRefusesMissingOrBadTokensAndBrowserSessions() throws Exception {
        Api anonymous = new Api(base.toURI(), null);
        Api.Response missing = anonymous.get("/api/v1/organisations");
        assertEquals(401, missing.status());
        assertEquals("application/problem+json", missing.contentType());
        assertTrue(missing.raw().headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertEquals(401, new Api(base.toURI(), "cnc_not-a-real-token").get("/api/v1/me").status());

        Partnership.Member practitioner = partnership.createMember(council, "PRACTITIONER");
        assertEquals(401, practitioner.web().get("/api/v1/me").status(),
                "a signed-in browser session alone does not open the API (no cross-site request forgery)");
        assertEquals(practitioner.email(), practitioner.api().get("/api/v1/me").json().getString("email"));
    }

    private static long tokenIdOf(Partnership.Member member) {
        return member.api().get("/api/v1/me/tokens").array().getJsonObject(0).getJsonNumber("id").longValue();
    }

    static JsonObject edit(JsonObject organisation, String dpoEmail) {
        return Json.createObjectBuilder()
                .add("version", organisation.getJsonNumber("version").longValue())
                .add("name", organisation.getString("name"))
                .add("sector", organisation.getString("sector"))
                .add("publicAuthority", organisation.getBoolean("publicAuthority"))
                .add("competentAuthority", organisation.getBoolean("competentAuthority"))
                .add("dpoName", "Changed DPO")
                .add("dpoEmail", dpoEmail)
                .build();
    }
}
