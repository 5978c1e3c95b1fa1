package org.concordat.it.demo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.concordat.it.support.BrowserJourney;
import org.concordat.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A practitioner looks up the law in the catalogue: by words, by topic, and reads the citation. */
@ExtendWith(ArquillianExtension.class)
class CatalogueJourneyIT extends BrowserJourney {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @Test
    void aPractitionerFindsTheSafeguardingCondition() {
        signIn("dsl@riverside.northshire.example");

        browser.clickAndWait("a[href='/app/catalogue.xhtml']");
        assertTrue(browser.text().contains("catalogue version 2026.2"), browser.text());
        assertTrue(browser.text().contains("A6-1-e"));
        assertAccessible("catalogue");

        browser.type("#search\\:q", "safeguarding children");
        browser.clickAndWaitForUpdate("#search\\:go", "#results");
        String results = browser.textOf("#results");
        assertTrue(results.contains("DPA 2018 Schedule 1 Part 2 paragraph 18"), results);
        assertTrue(results.contains("S1-P2-18"), results);
        assertFalse(results.contains("A6-1-b"), "only matching entries");
        assertAccessible("catalogue-search");

        browser.choose("#search\\:topic", "Lawful bases (UK GDPR Article 6)");
        browser.type("#search\\:q", "");
        browser.clickAndWaitForUpdate("#search\\:go", "#results");
        String lawfulBases = browser.textOf("#results");
        assertTrue(lawfulBases.contains("7 entries"), lawfulBases);
        assertTrue(lawfulBases.contains("Recognised legitimate interest"), lawfulBases);
    }

}
