package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Set;
import java.util.stream.Collectors;
import org.concordat.it.support.Browser;
import org.concordat.it.support.Database;
import org.concordat.it.support.Deployments;
import org.concordat.it.support.Keycloak;
import org.concordat.it.support.Partnership;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Single sign-on in headless Chromium: the e-mail address on Concordat's sign-in page leads to the council's Keycloak,
 * signing in there comes back signed in to Concordat (a signatory, from the claim mapping), signing out offers the
 * provider's sign-out, which ends the provider's session too. axe-core on Concordat's pages.
 */
@ExtendWith(ArquillianExtension.class)
class SingleSignOnJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @ArquillianResource
    URL deployed;

    Browser browser;

    @BeforeAll
    static void provider() throws InterruptedException {
        Keycloak.awaitReady();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void signInThroughTheOrganisationsProviderAndOutOfBoth() throws Exception {
        String base = deployed.toString().replace("127.0.0.1", "localhost");
        if (Database.query("select id from organisation where name = ?", SingleSignOnIT.COUNCIL).isEmpty()) {
            Partnership.asAdministrator(deployed.toURI()).createOrganisation(SingleSignOnIT.COUNCIL, "LOCAL_AUTHORITY", true);
        }
        browser = new Browser(base);
        browser.open("/login.xhtml");
        assertAccessible("sso-1-sign-in");
        browser.type("#login\\:email", "cara@council.sso.test");
        browser.clickAndWait("#login\\:signIn");

        assertTrue(browser.driver().getCurrentUrl().startsWith(Keycloak.issuer("concordat")), browser.driver().getCurrentUrl());
        browser.type("#username", "cara");
        browser.type("#password", Keycloak.PASSWORD);
        browser.clickAndWait("#kc-login");

        assertEquals("/app/home.xhtml", browser.currentPath());
        assertAccessible("sso-2-home");
        long id = ((Number) Database.single("select id from app_user where email = ?", "cara@council.sso.test")).longValue();
        Set<String> roles = Database.query("select role from app_user_role where user_id = ?", id).stream()
                .map(r -> (String) r.get("role")).collect(Collectors.toSet());
        assertEquals(Set.of("PRACTITIONER", "SIGNATORY"), roles);

        // Her account page says who signs her in, and has no password to change.
        browser.open("/app/account.xhtml");
        assertTrue(browser.textOf("#singleSignOnNote").contains("Concordat holds no password for you"), browser.text());
        assertTrue(browser.driver().findElements(org.openqa.selenium.By.cssSelector("input[id$='currentPassword']")).isEmpty());
        assertAccessible("sso-account");

        browser.clickAndWait("#signOutForm\\:signOut");
        assertTrue(browser.currentPath().startsWith("/login.xhtml"), browser.currentPath());
        assertAccessible("sso-3-signed-out");
        browser.clickAndWait("#endSession");
        // The provider ended its session and sent the browser back to Concordat's sign-in page.
        assertTrue(browser.currentPath().startsWith("/login.xhtml?signedOut=true"), browser.driver().getCurrentUrl());

        // Its session ended, the provider asks for the password again.
        browser.type("#login\\:email", "cara@council.sso.test");
        browser.clickAndWait("#login\\:signIn");
        assertTrue(browser.driver().getCurrentUrl().startsWith(Keycloak.issuer("concordat")), browser.driver().getCurrentUrl());
        browser.find("#password");
    }

    private void assertAccessible(String page) {
        String violations = browser.seriousAccessibilityViolations();
        browser.screenshot(page);
        assertTrue(violations.isEmpty(), "Accessibility violations on " + page + ":\n" + violations);
    }
}
