package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;
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

/**
 * A form is acted on only when it comes from the application's own page: a post from another site, or one without the
 * nonce of the page it came from, is refused before its action runs, even with a valid session and view state.
 */
@ExtendWith(ArquillianExtension.class)
class FormProtectionIT {

    static final Map<String, List<String>> TOKEN_FORM = Map.of("name", List.of("planted"), "validForDays", List.of("30"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @ArquillianResource
    URL base;

    Partnership partnership;
    Partnership.Member member;

    @BeforeEach
    void member() throws Exception {
        partnership = Partnership.asAdministrator(base.toURI());
        long organisation = partnership.createOrganisation(Partnership.unique("Form Council"), "LOCAL_AUTHORITY", true)
                .getJsonNumber("id").longValue();
        member = partnership.createMember(organisation, "PRACTITIONER");
    }

    @Test
    void aCrossSitePostIssuesNoTokenWhileTheSameFormFromTheApplicationsOwnPageDoes() throws Exception {
        int before = tokens();
        for (Map<String, String> crossSite : List.of(Map.of("Origin", "https://evil.example"),
                Map.of("Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site"),
                Map.of("Referer", "https://evil.example/free-prize.html"),
                Map.of("Sec-Fetch-Site", "same-site"))) {
            member.web().open("/app/account.xhtml");
            WebSession.Page refused = member.web().submit("/app/account.xhtml", "tokens", TOKEN_FORM, "issue", crossSite, true);
            assertEquals(before, tokens(), "no token issued for " + crossSite);
            assertFalse(refused.contains("issuedToken"), "no token shown");
            assertEquals(403, refused.status(), crossSite.toString());
            assertTrue(refused.contains("sent from another site"), refused.body());
        }

        member.web().open("/app/account.xhtml");
        WebSession.Page issued = member.web().submit("/app/account.xhtml", "tokens", TOKEN_FORM, "issue",
                Map.of("Origin", origin(), "Referer", origin() + "/app/account.xhtml", "Sec-Fetch-Site", "same-origin"), true);
        assertEquals(200, issued.status());
        assertTrue(issued.contains("issuedToken"), "the token is shown once");
        assertEquals(before + 1, tokens());
    }

    @Test
    void aCrossSiteSignInIsRefusedBeforeTheCredentialsAreChecked() throws Exception {
        long signIns = signIns();
        WebSession visitor = new WebSession(base.toURI());
        visitor.get("/login.xhtml");
        WebSession.Page refused = visitor.submit("/login.xhtml", "login", Map.of("email", List.of(member.email()),
                "password", List.of(Partnership.MEMBER_PASSWORD)), "signIn", Map.of("Origin", "https://evil.example"), true);
        assertEquals(signIns, signIns(), "the credentials were never checked");
        assertEquals(302, visitor.get("/app/home.xhtml").status(), "not signed in");
        assertEquals(403, refused.status());
    }

    @Test
    void aPostWithoutItsPagesNonceIsRefusedBeforeItsActionRuns() throws Exception {
        int before = tokens();
        member.web().open("/app/account.xhtml");
        WebSession.Page refused = member.web().submit("/app/account.xhtml", "tokens", TOKEN_FORM, "issue", Map.of(), false);
        assertEquals(before, tokens(), "the action never ran");
        assertFalse(refused.contains("issuedToken"));
        assertEquals(403, refused.status());
        assertTrue(refused.contains("could not be checked as coming from the page"), refused.body());

        member.web().open("/app/account.xhtml");
        assertTrue(member.web().submit("/app/account.xhtml", "tokens", TOKEN_FORM, "issue", Map.of(), true).contains("issuedToken"),
                "with its nonce the same post goes through");
        assertEquals(before + 1, tokens());
    }

    private int tokens() {
        return member.api().get("/api/v1/me/tokens").array().size();
    }

    private long signIns() {
        return (Long) Database.single("select count(*) from audit_event where action = 'SIGN_IN' and actor_email = ?", member.email());
    }

    private String origin() throws Exception {
        URI uri = base.toURI();
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }
}
