package org.concordat.it.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concordat.it.support.BrowserJourney;
import org.concordat.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The school's designated safeguarding lead checks a route to children's services (covered by the demo agreement),
 * records the decision, corrects it (the form starts from the entry; the log keeps both, linked), then checks a route to the charity (no agreement) and gets the guidance. Every page passes
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
        String first = entry(browser.text(), "Decision (\\d+) was recorded\\.");
        assertTrue(browser.find("#mine").getText().contains("CS-2026-4471"), browser.find("#mine").getText());
        assertAccessible("decisions");

        // A mistake in the reasons: the correction starts from the entry as recorded, and is a new entry.
        browser.clickAndWait(correctLink(first));
        assertTrue(browser.find("#correcting").getText().startsWith("You are correcting entry " + first + " of "),
                browser.find("#correcting").getText());
        assertTrue(browser.find("#correcting").getText().contains("The original stays in the log, marked as corrected"));
        assertEquals("CS-2026-4471", browser.find("#decision\\:caseReference").getAttribute("value"));
        assertEquals("Attendance has dropped to 60% and the child told me she is frightened at home.",
                browser.find("#decision\\:rationale").getAttribute("value"));
        assertEquals("Northshire County Council", new Select(browser.find("#decision\\:recipient")).getFirstSelectedOption().getText());
        assertEquals("Child in need", new Select(browser.find("#decision\\:purpose")).getFirstSelectedOption().getText());
        assertTrue(checked("#decision\\:decision input[value='SHARED']"));
        assertTrue(checked("#decision\\:familyInformed input[value='true']"));
        assertTrue(checked("#decision\\:consentSought input[value='false']"));
        assertEquals("Shared under public task; asking for consent would not be genuine.",
                browser.find("#decision\\:consentNotSoughtReason").getAttribute("value"));
        assertTrue(checked("input[type=checkbox][value='EDUCATION_DATA']") && checked("input[type=checkbox][value='SAFEGUARDING_CONCERNS']"));
        assertTrue(browser.text().contains("The agreement the original entry relied on: DSA-"), "the agreement, named");
        assertTrue(browser.driver().findElement(By.cssSelector("#decision\\:agreement input:checked")).getAttribute("value")
                .matches("\\d+"), "the agreement version relied on is chosen");
        assertAccessible("decision-correction");
        browser.type("#decision\\:rationale", "Attendance has dropped to 60% since September and the child told me she is frightened at home.");
        browser.clickAndWait("#decision\\:save");
        String second = entry(browser.text(), "Decision (\\d+) was recorded, correcting entry " + first + "\\.");
        String log = browser.find("#mine").getText();
        assertTrue(log.contains("Corrects entry " + first), "the new entry points to the old: " + log);
        assertTrue(log.replaceAll("\\s+", " ").contains("Corrected by entry " + second), "the old entry is marked: " + log);
        assertTrue(log.contains("since September") && log.contains("dropped to 60% and the child"), "both entries stay: " + log);
        assertTrue(browser.driver().findElements(By.cssSelector(correctLink(first))).isEmpty(), "no correcting twice");
        assertEquals(1, browser.driver().findElements(By.cssSelector(correctLink(second))).size());
        assertAccessible("decisions-corrected");

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
        assertTrue(answer.contains("That does not mean you must not share"), "not covered is no refusal: " + answer);
        assertAccessible("route-not-covered");

        // About an adult at risk, with no emergency: the referral and the advice are the Care Act's, not the children's.
        browser.clickAndWait("#routeCheckLink");
        assertTrue(browser.find("#notPermission").getText().contains("you do not need an agreement to make a referral"),
                browser.find("#notPermission").getText());
        browser.choose("#check\\:to", "Brightstart Children's Charity");
        tick("CHILD");
        tick("ADULT_AT_RISK");
        tick("HEALTH_DATA");
        browser.choose("#check\\:purpose", "Domestic abuse risk");
        browser.clickAndWait("#check\\:run");
        answer = browser.find("#answer").getText();
        assertTrue(answer.startsWith("Not covered"), answer);
        assertTrue(answer.contains("raise a safeguarding concern with the council's adult social care"), answer);
        assertTrue(answer.contains("Care Act 2014 section 42") && answer.contains("No agreement is needed to do so."), answer);
        assertTrue(answer.contains("What applies when the information is about an adult at risk"), answer);
        assertTrue(answer.contains("Mental Capacity Act 2005") && answer.contains("Making Safeguarding Personal"), answer);
        assertTrue(answer.contains("Questions to decide before you share"), answer);
        assertFalse(answer.contains("children's social care"), "no child wording for an adult: " + answer);
        assertAccessible("route-adult-at-risk");

        // Housing is not in the agreement with the council: partly covered, and why is listed under that agreement.
        browser.clickAndWait("#routeCheckLink");
        browser.choose("#check\\:to", "Northshire County Council");
        tick("EDUCATION_DATA");
        tick("HOUSING");
        browser.choose("#check\\:purpose", "Child in need");
        browser.clickAndWait("#check\\:run");
        answer = browser.find("#answer").getText();
        assertTrue(answer.startsWith("Partly covered"), answer);
        List<WebElement> groups = browser.driver().findElements(By.cssSelector("#answer details.reasons[open]"));
        assertFalse(groups.isEmpty(), "a few reasons are shown open, under their agreement: " + answer);
        String group = groups.get(0).getText();
        assertTrue(group.matches("(?s)DSA-\\S+ version \\d+: (one reason|\\d+ reasons)\n.*(does|do) not cover: Housing.*"), group);
        assertAccessible("route-partly-covered");
    }

    private static String correctLink(String entry) {
        return "#mine a[href$='corrects=" + entry + "']";
    }

    private boolean checked(String cssSelector) {
        return browser.driver().findElement(By.cssSelector(cssSelector)).isSelected();
    }

    private static String entry(String page, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(page);
        assertTrue(m.find(), "'" + pattern + "' in: " + page);
        return m.group(1);
    }

    private void tick(String code) {
        browser.driver().findElement(By.cssSelector("input[type=checkbox][value='" + code + "']")).click();
    }
}
