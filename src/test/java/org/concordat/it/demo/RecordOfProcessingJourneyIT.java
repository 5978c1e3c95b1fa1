package org.concordat.it.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.concordat.it.support.BrowserJourney;
import org.concordat.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The council's DPO reads its record of processing (issue 22): from the navigation, the processing under the demo's
 * agreement in force with the school, the paragraph 41 record by condition; filters it by lawful basis (the filter then
 * in the address) and by a condition nothing relies on; a bad filter in the address is summarised at the top and
 * linked to its field. Each state passes axe-core on a wide and a narrow window. A practitioner has no such link.
 */
@ExtendWith(ArquillianExtension.class)
class RecordOfProcessingJourneyIT extends BrowserJourney {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @Test
    void theCouncilsDpoReadsAndFiltersItsRecordOfProcessing() {
        signIn("dpo@council.northshire.example");
        // In the agreements section's sub-navigation: the record is built from the agreements in force.
        browser.clickAndWait("#agreementsSection");
        browser.clickAndWait("#recordLink");
        assertEquals("Record of processing: Northshire County Council", browser.find("h1").getText());
        String page = browser.text();
        assertTrue(page.contains("Riverside Primary School"), "the partner of the agreement in force: " + page);
        assertTrue(page.contains("NCC-APD-2026"), "the council's appropriate policy document");
        assertFalse(browser.driver().findElements(By.cssSelector("#activities tbody tr")).isEmpty(), "processing listed");
        assertTrue(page.contains("Conditions that need an appropriate policy document"));
        assertAccessibleWideAndNarrow("record-of-processing");

        browser.choose("#filter\\:lawfulBasis", "Public task");
        browser.clickAndWait("#filter\\:apply");
        assertTrue(browser.currentPath().contains("lawfulBasis=A6-1-e"), "the filter is in the address: " + browser.currentPath());
        assertEquals("Public task", new org.openqa.selenium.support.ui.Select(browser.find("#filter\\:lawfulBasis"))
                .getFirstSelectedOption().getText(), "and shown as chosen");
        assertTrue(browser.find("#xlsx").getAttribute("href").contains("lawfulBasis=A6-1-e"), "the downloads keep it");

        browser.choose("#filter\\:lawfulBasis", "Any");
        browser.choose("#filter\\:article9Condition", "Not-for-profit bodies");
        browser.clickAndWait("#filter\\:apply");
        assertTrue(browser.text().contains("No processing under an agreement in force matches this filter."), browser.text());
        assertAccessible("record-of-processing-none");

        browser.open("/app/record-of-processing.xhtml?lawfulBasis=NOT-A-BASIS");
        assertTrue(browser.title().startsWith("Error: "), browser.title());
        assertEquals("errorSummary", browser.focusedId(), "focus moves to the error summary");
        List<String> targets = browser.driver().findElements(By.cssSelector("#errorSummary a")).stream()
                .map(a -> a.getAttribute("data-field")).toList();
        assertEquals(List.of("filter:lawfulBasis"), targets);
        assertAccessibleWideAndNarrow("record-of-processing-error");

        signOut();
        signIn("social.worker@council.northshire.example");
        assertTrue(browser.driver().findElements(By.id("recordLink")).isEmpty(), "not for practitioners");
    }
}
