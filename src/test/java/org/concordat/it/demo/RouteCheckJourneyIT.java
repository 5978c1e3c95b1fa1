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
 * The school's designated safeguarding lead checks a route to children's services (covered by the demo agreement),
 * records the decision, then checks a route to the charity (no agreement) and gets the guidance. Every page passes
 * axe-core.
 */
@ExtendWith(ArquillianExtension.class)
class RouteCheckJourneyIT extends BrowserJourney {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @Test
    void aSchoolPractitionerChecksRoutesAndRecordsADecision() {
        signIn("dsl@riverside.northshire.example");
        browser.clickAndWait("#routeCheckLink");
        assertAccessible("route-check");

        browser.choose("#check\\:to", "Northshire County Council");
        tick("EDUCATION_DATA");
        tick("SAFEGUARDING_CONCERNS");
        browser.choose("#check\\:purpose", "Child in need");
        browser.clickAndWait("#check\\:run");
        String answer = browser.find("#answer").getText();
        assertTrue(answer.startsWith("Covered"), answer);
        assertTrue(answer.contains("Children in need, early help and child protection"), answer);
        assertTrue(answer.contains("UK GDPR Article 6(1)(e)"), "the lawful basis, cited: " + answer);
        assertTrue(answer.contains("Secure email"), "how to send it: " + answer);
        assertAccessible("route-covered");

        browser.clickAndWait("#next\\:record");
        assertTrue(browser.text().contains("Never enter a child's or a family member's name here"), browser.text());
        assertAccessible("decision-form");
        browser.driver().findElement(By.cssSelector("#decision\\:decision input[value='SHARED']")).click();
        browser.driver().findElement(By.cssSelector("#decision\\:familyInformed input[value='true']")).click();
        browser.driver().findElement(By.cssSelector("#decision\\:consentSought input[value='false']")).click();
        browser.type("#decision\\:consentNotSoughtReason", "Shared under public task; asking for consent would not be genuine.");
        browser.type("#decision\\:caseReference", "Emma Jones");
        browser.type("#decision\\:rationale", "Attendance has dropped to 60% and the child told me she is frightened at home.");
        browser.clickAndWait("#decision\\:save");
        assertTrue(browser.text().contains("never the child's name"), "a name is refused beside the field: " + browser.text());
        browser.type("#decision\\:caseReference", "CS-2026-4471");
        browser.clickAndWait("#decision\\:save");
        assertTrue(browser.text().contains("was recorded."), browser.text());
        assertTrue(browser.find("#mine").getText().contains("CS-2026-4471"), browser.find("#mine").getText());
        assertAccessible("decisions");

        browser.clickAndWait("#routeCheckLink");
        browser.choose("#check\\:to", "Brightstart Children's Charity");
        tick("EDUCATION_DATA");
        browser.choose("#check\\:purpose", "Early help");
        browser.find("#check\\:emergency").click();
        browser.clickAndWait("#check\\:run");
        answer = browser.find("#answer").getText();
        assertTrue(answer.startsWith("Not covered"), answer);
        assertTrue(answer.contains("Whom to ask"), "the DPO, named: " + answer);
        assertTrue(answer.contains("dpo@riverside.northshire.example"), answer);
        assertEquals(1, browser.driver().findElements(By.cssSelector(".answer--NOT_COVERED")).size());
        assertAccessible("route-not-covered");
    }

    private void tick(String code) {
        browser.driver().findElement(By.cssSelector("input[type=checkbox][value='" + code + "']")).click();
    }
}
