package org.concordat.it.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.concordat.it.support.BrowserJourney;
import org.concordat.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An IG lead copies the built-in agreement template, adapts a section's guidance and publishes it. */
@ExtendWith(ArquillianExtension.class)
class TemplateJourneyIT extends BrowserJourney {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @Test
    void anIgLeadAdaptsTheBuiltInAgreementTemplate() {
        signIn("iglead@brightstart.example");

        browser.clickAndWait("a[href='/app/templates.xhtml']");
        assertTrue(browser.text().contains("Built in"), browser.text());
        assertAccessible("templates");

        browser.clickAndWait("#templates a");
        assertTrue(browser.text().contains("published"), browser.text());
        assertAccessible("template-built-in");

        browser.clickAndWait("#form\\:copy");
        assertTrue(browser.text().contains("The template was copied to your organisation as a draft."), browser.text());
        assertAccessible("template-draft");

        String guidance = "Brightstart: name the family support worker who is the single point of contact.";
        browser.type("textarea[id$=':0:guidance']", guidance);
        browser.clickAndWait("#form\\:save");
        assertTrue(browser.text().contains("The draft was saved."), browser.text());

        browser.clickAndWait("#form\\:publish");
        assertTrue(browser.text().contains("was published. It will not change from now on."), browser.text());
        assertTrue(browser.text().contains(guidance), "the published version shows the adapted guidance");
        assertAccessible("template-published");
    }

}
