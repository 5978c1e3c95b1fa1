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
import org.openqa.selenium.By;

/**
 * The council's IG lead drafts an agreement with the school and the police, adds a flow, sees what the checks
 * find, puts it right, and submits; each party's signatory approves; the agreement is in force. Every page
 * passes axe-core.
 */
@ExtendWith(ArquillianExtension.class)
class AgreementDraftingJourneyIT extends BrowserJourney {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @Test
    void anIgLeadDraftsAnAgreementAndPutsAFindingRight() {
        signIn("iglead@council.northshire.example");

        browser.clickAndWait("a[href='/app/agreements.xhtml']");
        assertAccessible("agreements");
        browser.type("#form\\:title", "Children in need: school, police and council");
        browser.type("#form\\:purpose", "Support and protect children in need in Northshire.");
        browser.type("#form\\:effectiveDate", "1/4/2026");
        checkLabelled("Riverside Primary School");
        checkLabelled("Northshire Police");
        browser.clickAndWait("#form\\:create");
        String page = browser.text();
        assertTrue(page.contains("was started"), page);
        assertTrue(page.contains("The agreement describes no sharing flows."), "the findings panel speaks at once");
        assertAccessible("agreement-draft");

        browser.clickAndWait("#flows\\:addFlow");
        assertAccessible("flow-new");
        browser.choose("#flow\\:sender", "Northshire County Council");
        browser.choose("#flow\\:recipient", "Riverside Primary School");
        checkLabelled("Child");
        checkLabelled("Education");
        browser.choose("#flow\\:purpose", titleOf("#flow\\:purpose", "CHILD_IN_NEED"));
        browser.choose("#flow\\:transferMethod", titleOf("#flow\\:transferMethod", "SECURE_EMAIL"));
        browser.type("#flow\\:retention", "Until the child is 25, then securely destroyed");
        browser.clickAndWait("#flow\\:save");
        page = browser.text();
        assertTrue(page.contains("Flow F1 was saved."), page);
        assertTrue(page.contains("This flow has no lawful basis."), page);
        assertTrue(page.contains("Suggestions"), "suggestions are offered, with reasons");
        assertAccessible("flow-findings");

        checkLabelled("Public task (A6-1-e)");
        browser.driver().findElements(By.cssSelector("#flow input[type=checkbox]")).stream()
                .filter(c -> c.getAttribute("value").equals("CA1989-S17")).findFirst().orElseThrow().click();
        browser.clickAndWait("#flow\\:save");
        page = browser.text();
        assertFalse(page.contains("This flow has no lawful basis."), page);
        assertFalse(page.contains("cites no statutory power"), page);

        browser.clickAndWait("a[href^='/app/agreement.xhtml']");
        String agreementPath = browser.currentPath();
        browser.clickAndWait("#submission\\:submit");
        assertTrue(browser.text().contains("The version was submitted for approval."), browser.text());
        signOut();

        for (String signatory : new String[] {"head@riverside.northshire.example", "signatory@police.northshire.example",
                "signatory@council.northshire.example"}) {
            signIn(signatory);
            browser.open(agreementPath);
            assertAccessible("agreement-decision");
            checkLabelled("Approve this version");
            browser.clickAndWait("#decision\\:decide");
            assertTrue(browser.text().contains("Your approval was recorded."), browser.text());
            signOut();
        }
        signIn("iglead@council.northshire.example");
        browser.open(agreementPath);
        assertTrue(browser.text().contains("This version is approved by every party and in force."), browser.text());
        assertAccessible("agreement-in-force");
    }

    /** Ticks the checkbox whose label reads exactly so. */
    private void checkLabelled(String label) {
        browser.driver().findElements(By.tagName("label")).stream().filter(l -> l.getText().trim().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("No checkbox labelled " + label)).click();
    }

    /** The visible text of the option with that catalogue code. */
    private String titleOf(String select, String code) {
        return browser.find(select).findElement(By.cssSelector("option[value='" + code + "']")).getText();
    }

}
