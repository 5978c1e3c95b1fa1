package org.concordat.it.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.concordat.it.support.BrowserJourney;
import org.concordat.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The administrator's journey in a real browser: sign in, add an organisation and a user, see them listed, sign
 * out; a wrong password explained. Every page visited passes axe-core with no serious or critical violation.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationJourneyIT extends BrowserJourney {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @Test
    void wrongPasswordIsExplainedNextToTheForm() {
        browser.open("/login.xhtml");
        assertAccessible("sign-in");
        browser.type("#login\\:email", "admin@council.northshire.example");
        browser.type("#login\\:password", "not-the-password");
        browser.clickAndWait("#login\\:signIn");
        assertTrue(browser.text().contains("The email address or password is not right"), browser.text());
        assertAccessible("sign-in-failed");

        browser.type("#login\\:email", "");
        browser.clickAndWait("#login\\:signIn");
        assertTrue(browser.text().contains("Enter your email address."));
        assertAccessible("sign-in-empty");
    }

    @Test
    void administratorAddsAnOrganisationAndAUserThenSignsOut() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String organisation = "Westbrook Family Hub " + suffix;
        String email = "lead-" + suffix + "@westbrook.example";

        browser.open("/app/home.xhtml");
        assertTrue(browser.currentPath().startsWith("/login.xhtml"), "asked to sign in first");
        browser.type("#login\\:email", "admin@council.northshire.example");
        browser.type("#login\\:password", DEMO_PASSWORD);
        browser.clickAndWait("#login\\:signIn");
        assertTrue(browser.text().contains("Welcome, Alex Morgan"), browser.text());
        assertAccessible("home");

        browser.open("/app/organisations.xhtml");
        assertTrue(browser.text().contains("Northshire Police"));
        assertAccessible("organisations");
        browser.clickAndWait("#search\\:add");
        assertEquals("Add an organisation – Concordat", browser.title());
        assertAccessible("organisation-new");

        browser.type("#form\\:name", organisation);
        browser.type("#form\\:dpoEmail", "not-an-email");
        browser.type("#form\\:apdDate", "31/02/2026");
        browser.clickAndWait("#form\\:save");
        String errors = browser.text();
        assertTrue(errors.contains("Choose the sector the organisation works in."), errors);
        assertTrue(errors.contains("Enter the DPO's email address in the form name@example.org."), errors);
        assertTrue(browser.find("#form\\:dpoEmail").getAttribute("value").equals("not-an-email"), "what was typed stays");
        assertTrue(errors.contains("Enter a real date as day/month/year, for example 1/4/2026."), errors);
        assertAccessible("organisation-errors");

        browser.choose("#form\\:sector", "Voluntary or community");
        browser.type("#form\\:dpoEmail", "dpo@westbrook.example");
        browser.type("#form\\:apdDate", "1/4/2026");
        browser.clickAndWait("#form\\:save");
        assertTrue(browser.text().contains("The organisation " + organisation + " was saved."), browser.text());
        assertTrue(browser.text().contains(organisation));

        browser.open("/admin/users.xhtml");
        assertAccessible("users");
        browser.clickAndWait("#search\\:add");
        assertAccessible("user-new");
        browser.type("#form\\:fullName", "Robin Ash");
        browser.type("#form\\:email", email);
        browser.choose("#form\\:organisationId", organisation);
        browser.driver().findElement(By.cssSelector("input[value='IG_LEAD']")).click();
        browser.driver().findElement(By.cssSelector("input[value='SIGNATORY']")).click();
        browser.clickAndWait("#form\\:save");
        assertTrue(browser.text().contains("The user Robin Ash was added."), browser.text());
        String oneTimePassword = browser.find("#oneTimePassword").getText();
        assertEquals(23, oneTimePassword.length(), oneTimePassword);
        browser.screenshot("user-created");

        browser.open("/admin/users.xhtml");
        assertTrue(browser.text().contains("Robin Ash"));
        assertTrue(browser.text().contains(email));

        browser.open("/admin/audit.xhtml");
        assertTrue(browser.text().contains("User " + email + " added"));
        assertAccessible("audit");

        browser.open("/app/account.xhtml");
        assertAccessible("account");

        signOut();
        assertTrue(browser.text().contains("You have signed out."));
        browser.open("/admin/users.xhtml");
        assertTrue(browser.currentPath().startsWith("/login.xhtml"), "signed out means signed out");
        assertFalse(browser.text().contains("Robin Ash"));
    }

}
