package org.concordat.it.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.concordat.it.support.Browser;
import org.concordat.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An IG lead copies the built-in agreement template, adapts a section's guidance and publishes it. */
@ExtendWith(ArquillianExtension.class)
class TemplateJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @ArquillianResource
    URL base;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(base.toString());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anIgLeadAdaptsTheBuiltInAgreementTemplate() {
        browser.open("/login.xhtml");
        browser.type("#login\\:email", "iglead@brightstart.example");
        browser.type("#login\\:password", DemoPartnershipIT.DEMO_PASSWORD);
        browser.clickAndWait("#login\\:signIn");

        browser.clickAndWait("a[href='/app/templates.xhtml']");
        assertTrue(browser.text().contains("Built in"), browser.text());
        assertNoSeriousViolations("templates");

        browser.clickAndWait("#templates a");
        assertTrue(browser.text().contains("published"), browser.text());
        assertNoSeriousViolations("template-built-in");

        browser.clickAndWait("#form\\:copy");
        assertTrue(browser.text().contains("The template was copied to your organisation as a draft."), browser.text());
        assertNoSeriousViolations("template-draft");

        String guidance = "Brightstart: name the family support worker who is the single point of contact.";
        browser.type("textarea[id$=':0:guidance']", guidance);
        browser.clickAndWait("#form\\:save");
        assertTrue(browser.text().contains("The draft was saved."), browser.text());

        browser.clickAndWait("#form\\:publish");
        assertTrue(browser.text().contains("was published. It will not change from now on."), browser.text());
        assertTrue(browser.text().contains(guidance), "the published version shows the adapted guidance");
        assertNoSeriousViolations("template-published");
    }

    private void assertNoSeriousViolations(String page) {
        browser.screenshot(page);
        String violations = browser.seriousAccessibilityViolations();
        assertTrue(violations.isEmpty(), "Accessibility violations on " + page + ":\n" + violations);
    }
}
