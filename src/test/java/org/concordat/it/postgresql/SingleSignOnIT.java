package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.concordat.it.support.Api;
import org.concordat.it.support.Database;
import org.concordat.it.support.Deployments;
import org.concordat.it.support.Keycloak;
import org.concordat.it.support.Partnership;
import org.concordat.it.support.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Single sign-on over HTTP against the real Keycloak the build starts (src/test/keycloak): home-realm discovery,
 * the authorization code flow with PKCE through Keycloak's own sign-in page, just-in-time provisioning with the
 * claim-mapped roles, and the refusals — an account of another organisation's domain, a deactivated user, an answer
 * this browser never asked for. The server is configured (pom.xml) with two providers: the council's (realm
 * "concordat", secret read from a file) and the police's (realm "other").
 */
@ExtendWith(ArquillianExtension.class)
class SingleSignOnIT {

    static final String COUNCIL = "SSO Test Council";
    static final String POLICE = "SSO Test Police";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @ArquillianResource
    URL deployed;

    /** Concordat as CONCORDAT_BASE_URL names it (the provider sends the browser back there, cookies and all). */
    URL base;

    long council;

    @BeforeAll
    static void provider() throws InterruptedException {
        Keycloak.awaitReady();
    }

    @BeforeEach
    void organisations() throws Exception {
        base = new URL(deployed.toString().replace("127.0.0.1", "localhost"));
        council = organisation(COUNCIL);
        organisation(POLICE);
    }

    private long organisation(String name) throws Exception {
        List<Map<String, Object>> found = Database.query("select id from organisation where name = ?", name);
        if (!found.isEmpty()) {
            return ((Number) found.get(0).get("id")).longValue();
        }
        return Partnership.asAdministrator(base.toURI()).createOrganisation(name, "LOCAL_AUTHORITY", true)
                .getJsonNumber("id").longValue();
    }

    /** What the browser saw: the authorization request, and where Concordat sent it after the provider's answer. */
    record Journey(WebSession web, URI authorizationRequest, String landing) {
    }

    /** Types the address on Concordat's sign-in page, signs in at Keycloak as the given user, comes back. */
    Journey signIn(String typedEmail, String keycloakUser) throws Exception {
        WebSession web = new WebSession(base.toURI());
        web.get("/login.xhtml");
        WebSession.Page page = web.submit("/login.xhtml", "login", Map.of("email", List.of(typedEmail),
                "password", List.of("")), "signIn");
        assertEquals(302, page.status(), "home-realm discovery sends the browser on");
        assertTrue(page.location().orElseThrow().contains("/sso/start?email="), page.location().orElseThrow());
        page = web.get(page.location().orElseThrow());
        assertEquals(200, page.status(), "a page that moves on to the provider (form-action 'self' applies to redirects)");
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("<a id=\"continue\" href=\"([^\"]+)\"").matcher(page.body());
        assertTrue(link.find(), page.body());
        URI authorization = URI.create(link.group(1).replace("&amp;", "&"));
        assertTrue(page.body().contains("http-equiv=\"refresh\""), page.body());
        assertTrue(authorization.toString().startsWith(Keycloak.base()), "sent to the organisation's provider: " + authorization);
        page = web.get(authorization.toString());
        assertEquals(200, page.status(), "Keycloak's sign-in page");
        page = web.postForm(Keycloak.loginAction(page.body()), Map.of("username", keycloakUser,
                "password", Keycloak.PASSWORD, "credentialId", ""));
        assertEquals(302, page.status(), "Keycloak sends the browser back: " + page.body());
        String callback = page.location().orElseThrow();
        assertTrue(callback.startsWith(base.toString().replaceAll("/$", "") + "/sso/callback?"), callback);
        page = web.get(callback);
        assertEquals(302, page.status());
        return new Journey(web, authorization, page.location().orElseThrow());
    }

    @Test
    void firstSignInProvisionsAPractitionerWithTheMappedRolesAndNoPassword() throws Exception {
        Journey journey = signIn("anna@council.sso.test", "anna");

        String query = journey.authorizationRequest().getRawQuery();
        assertTrue(query.contains("code_challenge_method=S256"), "PKCE: " + query);
        assertTrue(query.contains("code_challenge="), query);
        assertTrue(query.contains("state="), query);
        assertTrue(query.contains("nonce="), query);
        assertTrue(query.contains("login_hint=anna%40council.sso.test"), query);

        assertTrue(journey.landing().endsWith("/app/home.xhtml"), journey.landing());
        WebSession.Page home = journey.web().get("/app/home.xhtml");
        assertEquals(200, home.status());
        // No password here, so none to change: the account page says who signs them in instead.
        WebSession.Page account = journey.web().get("/app/account.xhtml");
        assertTrue(account.contains("id=\"singleSignOnNote\""), account.body());
        assertFalse(account.contains("currentPassword"), "no password form for an account the provider signs in");

        Map<String, Object> user = Database.query("select id, organisation_id, full_name, password_hash, sso_issuer, sso_subject,"
                + " active from app_user where email = ?", "anna@council.sso.test").get(0);
        assertEquals(council, ((Number) user.get("organisation_id")).longValue());
        assertEquals("Anna Lead", user.get("full_name"));
        assertNull(user.get("password_hash"), "an account made by single sign-on has no password");
        assertEquals(Keycloak.issuer("concordat"), user.get("sso_issuer"));
        String subject = (String) user.get("sso_subject");
        assertNotNull(subject);
        long id = ((Number) user.get("id")).longValue();
        // PRACTITIONER always, IG_LEAD from the claim mapping; the provider's "concordat-admin" is mapped to nothing
        assertEquals(Set.of("PRACTITIONER", "IG_LEAD"), roles(id));

        String provisioned = (String) Database.single("select summary from audit_event where action = 'USER_PROVISIONED'"
                + " and subject_id = ?", Long.toString(id));
        assertTrue(provisioned.contains(Keycloak.issuer("concordat")) && provisioned.contains(subject), provisioned);
        String signIn = (String) Database.single("select max(summary) from audit_event where action = 'SIGN_IN'"
                + " and actor_user_id = ?", id);
        assertTrue(signIn.contains(Keycloak.issuer("concordat")) && signIn.contains(subject), signIn);

        // Signing in again finds the same user; nobody new is made.
        Journey again = signIn("anna@council.sso.test", "anna");
        assertTrue(again.landing().endsWith("/app/home.xhtml"), again.landing());
        assertEquals(1L, Database.single("select count(*) from app_user where sso_subject = ?", subject));
    }

    /**
     * Roles follow the provider at every sign-in: a role its claim stops giving is taken away, one an administrator
     * gave in Concordat stays.
     */
    @Test
    void aRoleTheProviderTakesAwayIsGoneAtTheNextSignInAndOneGivenHereStays() throws Exception {
        assertTrue(signIn("evan@council.sso.test", "evan").landing().endsWith("/app/home.xhtml"));
        long id = ((Number) Database.single("select id from app_user where email = ?", "evan@council.sso.test")).longValue();
        assertEquals(Set.of("PRACTITIONER", "SIGNATORY"), roles(id));

        // An administrator makes Evan the council's DPO in Concordat.
        Partnership admin = Partnership.asAdministrator(base.toURI());
        JsonObject user = admin.admin().get("/api/v1/users/" + id).json();
        Api.Response updated = admin.admin().put("/api/v1/users/" + id, Json.createObjectBuilder()
                .add("version", user.getJsonNumber("version").longValue()).add("organisationId", council)
                .add("fullName", user.getString("fullName")).add("email", "evan@council.sso.test")
                .add("roles", Json.createArrayBuilder().add("PRACTITIONER").add("SIGNATORY").add("DPO")).build());
        assertEquals(200, updated.status(), updated.body());

        // The council's IT takes Evan out of the signatories.
        Keycloak.removeRealmRole("concordat", "evan", "concordat-signatory");
        assertTrue(signIn("evan@council.sso.test", "evan").landing().endsWith("/app/home.xhtml"));
        assertEquals(Set.of("PRACTITIONER", "DPO"), roles(id), "the provider's role gone, the one given here kept");
        String audited = (String) Database.single("select max(summary) from audit_event where action = 'USER_ROLES_FROM_PROVIDER'"
                + " and subject_id = ?", Long.toString(id));
        assertTrue(audited != null && audited.contains("evan@council.sso.test"), String.valueOf(audited));
    }

    @Test
    void aPersonWithoutMappedRolesIsOnlyAPractitionerAndSignOutOffersTheProvidersSignOut() throws Exception {
        Journey journey = signIn("ben@council.sso.test", "ben");
        assertTrue(journey.landing().endsWith("/app/home.xhtml"), journey.landing());
        long id = ((Number) Database.single("select id from app_user where email = ?", "ben@council.sso.test")).longValue();
        assertEquals(Set.of("PRACTITIONER"), roles(id));

        journey.web().open("/app/home.xhtml");
        WebSession.Page out = journey.web().submit("/app/home.xhtml", "signOutForm", Map.of(), "signOut");
        assertEquals(302, out.status());
        WebSession.Page login = journey.web().open(out.location().orElseThrow());
        assertTrue(login.contains("id=\"endSession\""), "the provider's sign-out is offered");
        assertTrue(login.contains(Keycloak.issuer("concordat") + "/protocol/openid-connect/logout"), login.body());
        assertEquals(302, journey.web().get("/app/home.xhtml").status(), "Concordat's session has ended");
    }

    @Test
    void anAccountOfAnotherOrganisationsDomainIsRefused() throws Exception {
        // Sent to the council's provider, the person signs in there as someone whose address is the police's.
        Journey journey = signIn("ben@council.sso.test", "mallory");
        assertTrue(journey.landing().endsWith("/login.xhtml?sso=wrong_domain"), journey.landing());
        assertEquals(0L, Database.single("select count(*) from app_user where email = ?", "mallory@police.sso.test"));
        assertEquals(302, journey.web().get("/app/home.xhtml").status(), "not signed in");
        WebSession.Page page = journey.web().get(journey.landing());
        assertTrue(page.contains("does not belong to an e-mail domain"), page.body());
        String refusal = (String) Database.single("select max(summary) from audit_event where action = 'SIGN_IN_FAILED'"
                + " and summary like 'Single sign-on through council refused (WRONG_DOMAIN)%'");
        assertNotNull(refusal);
    }

    @Test
    void aUserDeactivatedInConcordatStaysOutWhateverTheProviderSays() throws Exception {
        assertTrue(signIn("dee@council.sso.test", "dee").landing().endsWith("/app/home.xhtml"));
        Database.execute("update app_user set active = false where email = ?", "dee@council.sso.test");

        Journey journey = signIn("dee@council.sso.test", "dee");
        assertTrue(journey.landing().endsWith("/login.xhtml?sso=deactivated"), journey.landing());
        assertEquals(302, journey.web().get("/app/home.xhtml").status());
    }

    @Test
    void anAnswerThisBrowserNeverAskedForIsRefused() throws Exception {
        WebSession web = new WebSession(base.toURI());
        WebSession.Page page = web.get("/sso/callback?code=stolen&state=guessed");
        assertEquals(302, page.status());
        assertTrue(page.location().orElseThrow().endsWith("/login.xhtml?sso=state_mismatch"), page.location().orElseThrow());

        // A sign-in started in this browser, answered with another state: refused, and the started one is used up.
        web.get("/sso/start?email=ben%40council.sso.test");
        page = web.get("/sso/callback?code=stolen&state=guessed");
        assertTrue(page.location().orElseThrow().endsWith("/login.xhtml?sso=state_mismatch"), page.location().orElseThrow());
    }

    @Test
    void thePasswordFormIsNotAWayRoundTheProvider() throws Exception {
        WebSession web = new WebSession(base.toURI());
        WebSession.Page page = web.signIn("anna@council.sso.test", "any-password-at-all");
        assertEquals(302, page.status());
        assertTrue(page.location().orElseThrow().contains("/sso/start?email=anna%40council.sso.test"));
        assertEquals(302, web.get("/app/home.xhtml").status());
        // An address with no provider still needs its password.
        web.get("/login.xhtml");
        page = web.submit("/login.xhtml", "login", Map.of("email", List.of("nobody@elsewhere.test"), "password", List.of("")), "signIn");
        assertEquals(200, page.status());
        assertTrue(page.contains("Enter your password."), page.body());
        assertFalse(page.contains("/sso/start"));
    }

    private static Set<String> roles(long userId) {
        return Database.query("select role from app_user_role where user_id = ?", userId).stream()
                .map(r -> (String) r.get("role")).collect(Collectors.toSet());
    }
}
