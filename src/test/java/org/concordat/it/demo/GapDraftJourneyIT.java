package org.concordat.it.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * From a coverage gap to a draft (issue 23): the school's safeguarding lead checks a route to the charity that no
 * agreement covers; the school's IG lead finds it among the coverage gaps, starts a draft from it — what was asked
 * ticked, one kind unticked — and lands on the flow, where the law is still to choose from suggestions. axe-core on
 * each page, wide and narrow.
 */
@ExtendWith(ArquillianExtension.class)
class GapDraftJourneyIT extends BrowserJourney {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @Test
    void anIgLeadTurnsARouteNobodyCoversIntoADraft() {
        signIn("dsl@riverside.northshire.example");
        browser.clickAndWait("#routeCheckLink");
        browser.find("#check\\:emergency input[value='false']").click();
        browser.choose("#check\\:toOrganisationId", "Brightstart Children's Charity");
        tickIfNot("CHILD");
        tickIfNot("PARENT_CARER");
        tickIfNot("EDUCATION_DATA");
        browser.choose("#check\\:purpose", "Early help");
        browser.clickAndWait("#check\\:run");
        assertTrue(browser.find("#answerHeading").getText().contains("No agreement"), browser.find("#answerHeading").getText());
        signOut();

        signIn("iglead@riverside.northshire.example");
        browser.clickAndWait("#decisionsLink");
        assertTrue(browser.find("#gaps").getText().contains("Brightstart Children's Charity"), browser.find("#gaps").getText());
        browser.clickAndWait("#gaps a[id$='draftForRoute']");
        assertTrue(browser.currentPath().startsWith("/app/gap-draft.xhtml?"), browser.currentPath());
        String route = browser.find("#gapRoute").getText();
        assertTrue(route.contains("Brightstart Children's Charity") && route.contains("Early help"), route);
        assertTrue(browser.find("#gapDraft").getText().contains("asked in 1 checks"), browser.find("#gapDraft").getText());
        assertTrue(checked("CHILD") && checked("PARENT_CARER") && checked("EDUCATION_DATA"), "everything asked, ticked");
        assertTargetsAtLeast40("#gapDraft input[type=checkbox]");
        assertAccessibleWideAndNarrow("gap-draft");

        tick("PARENT_CARER");
        browser.find("#gapDraft\\:title").clear();
        browser.clickAndWait("#gapDraft\\:start");
        assertTrue(browser.title().startsWith("Error: "), browser.title());
        assertAccessible("gap-draft-error");
        browser.type("#gapDraft\\:title", "Early help with Brightstart");
        if (checked("PARENT_CARER")) {
            tick("PARENT_CARER");
        }
        browser.clickAndWait("#gapDraft\\:start");
        assertTrue(browser.currentPath().startsWith("/app/flow.xhtml?"), browser.currentPath());
        String flow = browser.text();
        assertTrue(flow.contains("What the law most likely needs for this flow"), "suggestions, not choices: " + flow);
        assertTrue(checked("CHILD") && !checked("PARENT_CARER") && checked("EDUCATION_DATA"), "what the author kept");
        assertAccessibleWideAndNarrow("gap-draft-flow");
    }

    private void tick(String code) {
        browser.driver().findElement(By.cssSelector("input[type=checkbox][value='" + code + "']")).click();
    }

    /** The route check's form may come with a box ticked already (a child, its most common subject). */
    private void tickIfNot(String code) {
        if (!checked(code)) {
            tick(code);
        }
    }

    private boolean checked(String code) {
        return browser.driver().findElement(By.cssSelector("input[type=checkbox][value='" + code + "']")).isSelected();
    }
}
