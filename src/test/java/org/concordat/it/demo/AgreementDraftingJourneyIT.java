package org.concordat.it.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        browser.clickAndWait("#startAgreement");
        assertAccessibleWideAndNarrow("agreement-start");
        // A title carrying a right-to-left override (issue 25) is refused beside the field; nothing is started.
        browser.type("#form\\:title", "Children in need \u202Efdp.exe");
        browser.type("#form\\:purpose", "Support and protect children in need in Northshire.");
        browser.type("#form\\:effectiveDate", "1/4/2026");
        checkLabelled("Riverside Primary School");
        checkLabelled("Northshire Police");
        browser.clickAndWait("#form\\:create");
        assertTrue(browser.textOf("#form").contains("Remove the hidden character U+202E (character 18)"), browser.text());
        assertFalse(browser.text().contains("was started"), browser.text());
        browser.type("#form\\:title", "Children in need: school, police and council");
        browser.clickAndWait("#form\\:create");
        String page = browser.text();
        assertTrue(page.contains("was started"), page);
        assertTrue(page.contains("The agreement describes no sharing flows."), "the findings panel speaks at once");
        assertTrue(page.contains("1 error, no warnings"), "counted in plain English: " + page);
        assertAccessible("agreement-draft");
        // The new draft opens on its task list alone: no part's form until the part is chosen.
        assertTrue(browser.driver().findElements(By.cssSelector("#details, #parties, #sections, #flows")).isEmpty(),
                "the overview holds the task list, not the forms");
        assertEquals("Has errors", browser.textOf("#taskState-flows"), "no flow yet: the rules engine's error is the flows'");

        // Details: "Save and continue" saves and opens the next part.
        browser.clickAndWait("#tasks a[href*='part=details']");
        browser.type("#details\\:benefits", "Children and families get help early, from the right service.");
        browser.clickAndWait("#details\\:save");
        assertTrue(browser.text().contains("The details were saved."), browser.text());
        assertTrue(browser.currentPath().contains("part=parties"), browser.currentPath());
        assertFalse(browser.driver().findElements(By.cssSelector("#parties")).isEmpty(), "the parties' form, next");
        assertAccessible("agreement-part-parties");
        // "Save and come back later" saves and goes back to the task list.
        browser.clickAndWait("#parties\\:savePartiesForLater");
        assertTrue(browser.text().contains("The parties were saved."), browser.text());
        assertTrue(browser.currentPath().matches("/app/agreement\\.xhtml\\?id=\\d+"), browser.currentPath());

        browser.clickAndWait("#tasks a[href*='part=flows']");
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
        assertTrue(page.contains("Flow 1 was saved."), page);
        assertTrue(page.contains("This flow has no lawful basis."), page);
        assertTrue(page.contains("Suggestions"), "suggestions are offered, with reasons");
        assertAccessible("flow-findings");

        checkLabelled("Public task");
        browser.driver().findElements(By.cssSelector("#flow input[type=checkbox]")).stream()
                .filter(c -> c.getAttribute("value").equals("CA1989-S17")).findFirst().orElseThrow().click();
        browser.clickAndWait("#flow\\:save");
        page = browser.text();
        assertFalse(page.contains("This flow has no lawful basis."), page);
        assertFalse(page.contains("cites no statutory power"), page);

        browser.clickAndWait("a[href^='/app/agreement.xhtml']");
        String flowsPath = browser.currentPath();
        assertTrue(flowsPath.endsWith("&part=flows"), "back to the flows' part: " + flowsPath);
        String agreementPath = flowsPath.substring(0, flowsPath.length() - "&part=flows".length());

        // Two more flows, each copied from the first and changed: to the police, and both ways with the school.
        browser.clickAndWait("#flows\\:flowTable\\:0\\:copy");
        assertTrue(browser.text().contains("The flow was copied."), browser.text());
        browser.clickAndWait("#flows\\:flowTable\\:1\\:flowLink");
        browser.choose("#flow\\:recipient", "Northshire Police");
        browser.clickAndWait("#flow\\:save");
        assertTrue(browser.text().contains("Flow 2 was saved."), browser.text());
        browser.open(flowsPath);
        browser.clickAndWait("#flows\\:flowTable\\:0\\:copy");
        browser.clickAndWait("#flows\\:flowTable\\:2\\:flowLink");
        browser.find("#flow\\:bothWays").click();
        browser.choose("#flow\\:purpose", titleOf("#flow\\:purpose", "EARLY_HELP"));
        browser.clickAndWait("#flow\\:save");
        assertTrue(browser.text().contains("Flow 3 was saved."), browser.text());
        browser.open(flowsPath);
        assertTrue(browser.text().contains("Showing 3 of 3 flows."), browser.text());
        browser.type("#flows\\:flowFilter", "police");
        browser.waitForText("#flows\\:flowRows", "Showing 1 of 3 flows.");
        assertEquals(1, browser.driver().findElements(By.cssSelector("#flows\\:flowTable tbody tr")).size());
        assertEquals(3, browser.driver().findElements(By.cssSelector(".flow-map path.flow-map__arrow")).size(),
                "the map: council to school (one way and both ways) and council to police");
        assertAccessible("agreement-three-flows");
        // The draft as a task list: each part with where it stands; a part opens on its own page, and back.
        assertEquals("Completed", browser.textOf("#taskState-flows"));
        assertEquals("Completed", browser.textOf("#taskState-details"), "purpose and dates given");
        browser.clickAndWait("#flowsContinue");
        assertTrue(browser.currentPath().endsWith("&part=dpia"), browser.currentPath());
        browser.clickAndWait("#dpiaContinue");
        assertTrue(browser.currentPath().endsWith("&part=submit"), browser.currentPath());
        assertFalse(browser.driver().findElements(By.cssSelector("#submission")).isEmpty(), "the submission, last");
        assertEquals("Not yet started", browser.textOf("#taskState-submit"), "no error stands in the way");
        browser.clickAndWait("#tasks a[href*='part=details']");
        assertEquals("step", browser.find("#tasks a[href*='part=details']").getAttribute("aria-current"));
        assertFalse(browser.driver().findElements(By.cssSelector("#details")).isEmpty(), "the details' form");
        assertTrue(browser.driver().findElements(By.cssSelector("#flows, #parties, #sections")).isEmpty(),
                "and nothing else of the editor");
        assertAccessible("agreement-part-details");
        browser.clickAndWait("#allParts");
        assertEquals(agreementPath, browser.currentPath());
        browser.open(agreementPath + "&part=no-such-part");
        assertTrue(browser.driver().findElements(By.cssSelector("#details, #parties, #flows")).isEmpty(),
                "a part the draft does not have shows the task list");
        assertFalse(browser.driver().findElements(By.cssSelector("#tasks")).isEmpty(), browser.text());
        browser.clickAndWait("#submission\\:submit");
        assertTrue(browser.text().contains("The version was submitted for approval."), browser.text());
        signOut();

        for (String signatory : new String[] {"head@riverside.northshire.example", "signatory@police.northshire.example",
                "signatory@council.northshire.example"}) {
            signIn(signatory);
            // The signatory hears of it in the inbox, and the notification leads to the agreement.
            browser.clickAndWait("#inboxLink");
            assertTrue(browser.text().contains("Your approval is needed: Children in need: school, police and council"), browser.text());
            assertAccessible("inbox");
            browser.clickAndWait("#inbox .inbox__item--unread a");
            assertEquals(agreementPath, browser.currentPath());
            assertAccessible("agreement-decision");
            checkLabelled("Approve this version");
            browser.clickAndWait("#decision\\:decide");
            assertTrue(browser.text().contains("Your approval was recorded."), browser.text());
            signOut();
        }
        signIn("iglead@council.northshire.example");
        browser.open(agreementPath);
        // Effective from 1 April 2026, its review a year later: in force, or its review due once that is near.
        assertEquals(org.concordat.shared.domain.StatusTag.of(org.concordat.shared.domain.StatusTag.Stage.AGREED,
                java.time.LocalDate.of(2026, 4, 1), java.time.LocalDate.of(2027, 4, 1), null, java.time.LocalDate.now()).label(),
                browser.textOf("#statusTag"));
        assertTrue(browser.textOf("#approvedByAll").contains("Every party has approved this version."), browser.text());
        assertAccessible("agreement-in-force");

        // Listed on the public register, for anyone to see without signing in.
        browser.clickAndWait("#register\\:publish");
        assertTrue(browser.text().contains("will appear on the public register"), browser.text());

        // A second version: drafted from the approved one, changed, and compared with it.
        browser.clickAndWait("#lifecycle\\:amend");
        assertTrue(browser.text().contains("Version 2 was started as a draft copy."), browser.text());
        browser.clickAndWait("#tasks a[href*='part=details']");
        browser.type("#details\\:title", "Children in need and early help: school, police and council");
        browser.clickAndWait("#details\\:save");
        browser.clickAndWait("#historyLink");
        String history = browser.text();
        assertTrue(history.contains("Compare two versions"), history);
        assertTrue(history.contains("Children in need and early help: school, police and council"), "the title change, after");
        assertTrue(history.contains("Approved by every party"), history);
        assertAccessible("agreement-history");

        browser.clickAndWait("a[href='/app/reviews.xhtml']");
        assertAccessible("reviews");
        signOut();

        browser.open("/register.xhtml");
        assertTrue(browser.text().contains("Children in need: school, police and council"), "the version in force, not the draft");
        assertFalse(browser.text().contains("Children in need and early help: school, police and council"),
                "the draft amendment is not published: " + browser.text());
        assertAccessible("public-register");
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
