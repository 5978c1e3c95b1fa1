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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

/**
 * The school's designated safeguarding lead checks routes (issue 26): the emergency question first, errors summarised
 * at the top, the answer on its own and focused (a one-line headline, what was asked with "Change" links, the law
 * behind "Show the legal detail"), no code on any page; records the decision on a form that carries the check over,
 * asks the case reference first and reveals follow-up questions only when they apply; corrects it; then an emergency
 * (the advice first, the status after it in neutral colours), an adult at risk, and a partly covered route (what is
 * covered, with what it requires, and what is not, with what to do). Every state passes axe-core (WCAG 2.2 A/AA, with
 * the target size rule) on a 1280 px and a 390 px wide window, with a screenshot of each.
 */
@ExtendWith(ArquillianExtension.class)
class RouteCheckJourneyIT extends BrowserJourney {

    /** Codes of the catalogue and keys of flows, which the pages never show (the API's JSON keeps them). */
    private static final Pattern CODE = Pattern.compile("\\b(CHILD_IN_NEED|SECURE_EMAIL|EDUCATION_DATA|SAFEGUARDING_CONCERNS"
            + "|A6-1-[a-f]|CL-[A-Z-]+|[A-Z]+(_[A-Z]+)+|F\\d+)\\b");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @Test
    void aSchoolPractitionerChecksRoutesAndRecordsADecision() {
        signIn("dsl@riverside.northshire.example");
        browser.clickAndWait("#routeCheckLink");
        assertTrue(browser.find("#check fieldset legend").getText().contains("Is a child or adult at immediate risk"),
                "the emergency question comes first");
        assertTargetsAtLeast40("#check input[type=radio], #check input[type=checkbox]");
        assertAccessibleWideAndNarrow("route-check");

        // Nothing answered: one summary of every problem at the top, focused, each linked to its field.
        browser.find("input[type=checkbox][value='CHILD']").click();
        browser.clickAndWait("#check\\:run");
        assertTrue(browser.title().startsWith("Error: "), browser.title());
        assertEquals("errorSummary", browser.focusedId(), "focus moves to the error summary");
        List<String> targets = browser.driver().findElements(By.cssSelector("#errorSummary a")).stream()
                .map(a -> a.getAttribute("data-field")).toList();
        assertEquals(List.of("check:emergency", "check:toOrganisationId", "check:dataSubjects", "check:dataCategories",
                "check:purpose"), targets, "in the order of the form");
        assertBefore("#check .ui-message-error", "#check\\:emergency", "the message is above the field");
        browser.find("#errorSummary a[data-field='check:purpose']").click();
        assertEquals("check:purpose", browser.focusedId(), "a summary link focuses its field");
        assertAccessibleWideAndNarrow("route-check-errors");

        no();
        browser.choose("#check\\:toOrganisationId", "Northshire County Council");
        tick("CHILD");
        tick("EDUCATION_DATA");
        tick("SAFEGUARDING_CONCERNS");
        browser.choose("#check\\:purpose", "Child in need");
        browser.clickAndWait("#check\\:run");
        assertFalse(browser.title().startsWith("Error"), browser.title());
        assertTrue(browser.driver().findElements(By.id("check")).isEmpty(), "the answer on its own, not under the form");
        assertEquals("answer", browser.focusedId(), "focus moves to the answer");
        assertEquals("An agreement in force covers this route", browser.find("#answerHeading").getText());
        String answer = browser.find("#answer").getText();
        assertEquals(1, count(answer, "covers this route"), "the status once: " + answer);
        assertTrue(browser.find("#headline").getText().contains("DSA-"), "the agreement, named");
        String asked = browser.find("#question").getText();
        assertTrue(asked.contains("Northshire County Council") && asked.contains("Education")
                && asked.contains("Child in need"), asked);
        assertEquals(5, browser.driver().findElements(By.cssSelector("#question a")).size(), "a Change link per answer");
        assertTrue(browser.find("#covered").getText().contains("Secure email"), "how to send it: " + answer);
        assertFalse(browser.find("#legalDetail").getAttribute("open") != null, "the legal detail is folded");
        assertNoCodes();
        assertAccessibleWideAndNarrow("route-covered");
        browser.find("#legalDetail summary").click();
        String law = browser.find("#legalDetail").getText();
        assertTrue(law.contains("UK GDPR Article 6(1)(e)"), "the lawful basis, cited: " + law);
        assertTrue(law.contains("Children in need, early help and child protection") || answer.contains(
                "Children in need, early help and child protection"), answer);
        assertNoCodes();
        assertAccessibleWideAndNarrow("route-covered-legal-detail");

        // "Change" brings the question back, filled in, with the focus on that answer; checking again answers again.
        browser.clickAndWait("#question a[href$='#check:purpose']");
        assertEquals("check:purpose", browser.focusedId());
        assertTrue(browser.find("#check\\:emergency input[value='false']").isSelected());
        assertTrue(checked("input[type=checkbox][value='SAFEGUARDING_CONCERNS']"));
        browser.clickAndWait("#check\\:run");
        assertEquals("An agreement in force covers this route", browser.find("#answerHeading").getText());

        browser.clickAndWait("#next\\:record");
        assertTrue(browser.text().contains("Never enter a child's or a family member's name here"), browser.text());
        assertEquals("decision:caseReference", browser.driver().findElement(By.cssSelector("#decision input:not([type=hidden])"))
                .getAttribute("id"), "the case reference first");
        String checkedRoute = browser.find("#checked").getText();
        assertTrue(checkedRoute.contains("Northshire County Council") && checkedRoute.contains("Child in need")
                && checkedRoute.contains("Education"), checkedRoute);
        assertTrue(checkedRoute.matches("(?s).*Covered: DSA-\\S+ version \\d+ \\(Children in need.*"), "the agreement, named: " + checkedRoute);
        assertTrue(browser.driver().findElements(By.cssSelector("#checked a")).size() >= 5, "Change links");
        assertTrue(browser.find("#decision\\:agreement").getText().contains("The agreement the route check found: DSA-"));
        assertTargetsAtLeast40("#decision input[type=radio]");
        assertFalse(visible("#decision\\:familyNotInformedReason"), "asked only when the family was not told");
        assertFalse(visible("#decision\\:consentNotSoughtReason"));
        assertFalse(visible("#decision\\:lawfulBasis"), "asked only when shared");
        assertAccessibleWideAndNarrow("decision-form");
        radio("decision", "SHARED");
        assertTrue(visible("#decision\\:lawfulBasis"), "revealed under Shared");
        radio("familyInformed", "false");
        assertTrue(visible("#decision\\:familyNotInformedReason"), "revealed under No");
        radio("familyInformed", "true");
        assertFalse(visible("#decision\\:familyNotInformedReason"), "hidden again");
        radio("consentSought", "false");
        assertTrue(visible("#decision\\:consentNotSoughtReason"));
        assertFalse(visible("#decision\\:consentFrom"));
        assertAccessibleWideAndNarrow("decision-form-revealed");
        browser.type("#decision\\:consentNotSoughtReason", "Shared under public task; asking for consent would not be genuine.");
        browser.type("#decision\\:caseReference", "Emma Jones");
        browser.type("#decision\\:rationale", "Attendance has dropped to 60% and the child told me she is frightened at home.");
        browser.type("#decision\\:decidedOn\\:day", "31");
        browser.type("#decision\\:decidedOn\\:month", "2");
        browser.clickAndWait("#decision\\:save");
        assertTrue(browser.title().startsWith("Error: "), browser.title());
        assertEquals("errorSummary", browser.focusedId());
        String problems = browser.find("#errorSummary").getText();
        assertTrue(problems.indexOf("never the child's name") < problems.indexOf("must be a real date")
                && problems.indexOf("never the child's name") > 0, "both, in the form's order: " + problems);
        assertTrue(browser.find("#decision\\:decidedOn").getText().contains("The date of the decision must be a real date"));
        browser.find("#errorSummary a[data-field='decision:decidedOn']").click();
        assertEquals("decision:decidedOn:day", browser.focusedId(), "the date's first field");
        assertAccessibleWideAndNarrow("decision-form-errors");
        browser.type("#decision\\:decidedOn\\:day", "2");
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
        checkedRoute = browser.find("#checked").getText();
        assertTrue(checkedRoute.contains("Northshire County Council") && checkedRoute.contains("Child in need")
                && checkedRoute.contains("Education, Safeguarding concerns"), checkedRoute);
        assertTrue(checked("#decision\\:decision input[value='SHARED']"));
        assertTrue(checked("#decision\\:familyInformed input[value='true']"));
        assertTrue(checked("#decision\\:consentSought input[value='false']"));
        assertEquals("2", browser.find("#decision\\:decidedOn\\:month").getAttribute("value"));
        assertEquals("Shared under public task; asking for consent would not be genuine.",
                browser.find("#decision\\:consentNotSoughtReason").getAttribute("value"));
        assertTrue(browser.text().contains("The agreement the original entry relied on: DSA-"), "the agreement, named");
        assertTrue(browser.driver().findElement(By.cssSelector("#decision\\:agreement input:checked")).getAttribute("value")
                .matches("\\d+"), "the agreement version relied on is chosen");
        assertNoCodes();
        assertAccessibleWideAndNarrow("decision-correction");
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

        // An emergency: the advice opens the answer, as a warning; the status follows in neutral colours.
        browser.clickAndWait("#routeCheckLink");
        yes();
        browser.choose("#check\\:toOrganisationId", "Brightstart Children's Charity");
        tick("EDUCATION_DATA");
        browser.choose("#check\\:purpose", "Early help");
        browser.clickAndWait("#check\\:run");
        WebElement opening = browser.find("#answer > *");
        assertEquals("emergencyAdvice", opening.getAttribute("id"), "the emergency advice first");
        assertTrue(opening.getText().contains("Share what is necessary and proportionate now"), opening.getText());
        assertTrue(browser.find("#headline").getAttribute("class").contains("panel--neutral"), "the status after it, neutral");
        assertEquals("No agreement in force covers this route", browser.find("#answerHeading").getText());
        answer = browser.find("#answer").getText();
        assertEquals(0, count(answer, "Not covered"), "no red 'Not covered' heading: " + answer);
        assertTrue(answer.contains("That does not mean you must not share"), "not covered is no refusal: " + answer);
        assertTrue(answer.contains("Whom to ask") && answer.contains("dpo@riverside.northshire.example"), answer);
        assertNoCodes();
        assertAccessibleWideAndNarrow("route-emergency");

        // About an adult at risk, with no emergency: the referral and the advice are the Care Act's, not the children's.
        browser.clickAndWait("#routeCheckLink");
        assertTrue(browser.find("#notPermission").getText().contains("you do not need an agreement to make a referral"),
                browser.find("#notPermission").getText());
        no();
        browser.choose("#check\\:toOrganisationId", "Brightstart Children's Charity");
        tick("CHILD");
        tick("ADULT_AT_RISK");
        tick("HEALTH_DATA");
        browser.choose("#check\\:purpose", "Domestic abuse risk");
        browser.clickAndWait("#check\\:run");
        answer = browser.find("#answer").getText();
        assertEquals("No agreement in force covers this route", browser.find("#answerHeading").getText());
        assertTrue(answer.contains("raise a safeguarding concern with the council's adult social care"), answer);
        assertTrue(answer.contains("Care Act 2014 section 42") && answer.contains("No agreement is needed to do so."), answer);
        assertTrue(answer.contains("What applies when the information is about an adult at risk"), answer);
        assertTrue(answer.contains("Mental Capacity Act 2005") && answer.contains("Making Safeguarding Personal"), answer);
        assertTrue(answer.contains("Questions to decide before you share"), answer);
        assertFalse(answer.contains("children's social care"), "no child wording for an adult: " + answer);
        assertTrue(browser.driver().findElements(By.id("emergencyAdvice")).isEmpty());
        assertNoCodes();
        assertAccessibleWideAndNarrow("route-adult-at-risk");

        // Housing is not in the agreement with the council: partly covered, with what to do for each part.
        browser.clickAndWait("#routeCheckLink");
        no();
        browser.choose("#check\\:toOrganisationId", "Northshire County Council");
        tick("EDUCATION_DATA");
        tick("HOUSING");
        browser.choose("#check\\:purpose", "Child in need");
        browser.clickAndWait("#check\\:run");
        assertEquals("An agreement in force covers part of this route", browser.find("#answerHeading").getText());
        String covered = browser.find("#covered").getText();
        assertTrue(covered.contains("Education") && covered.contains("How to send it: Secure email"), covered);
        assertFalse(covered.contains("Housing"), covered);
        String notCovered = browser.find("#notCovered").getText();
        assertTrue(notCovered.contains("Housing") && notCovered.contains("refer anyway")
                && notCovered.contains("data protection officer"), notCovered);
        assertFalse(browser.find("#answer").getText().matches("(?s).*\\bFlows? F\\d.*"), "no flow keys");
        browser.find("#legalDetail summary").click();
        assertTrue(browser.find("#legalDetail").getText().contains("does not cover: Housing"), browser.find("#legalDetail").getText());
        assertNoCodes();
        assertAccessibleWideAndNarrow("route-partly-covered");
    }

    private void assertNoCodes() {
        Matcher code = CODE.matcher(browser.text());
        assertFalse(code.find(), "a code on the page: " + (code.hitEnd() ? "" : code.group()) + " in " + browser.text());
    }

    private void assertBefore(String first, String second, String why) {
        Object before = ((JavascriptExecutor) browser.driver()).executeScript(
                "return (arguments[0].compareDocumentPosition(arguments[1]) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0",
                browser.find(first), browser.driver().findElement(By.cssSelector(second)));
        assertEquals(Boolean.TRUE, before, why);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private void yes() {
        browser.find("#check\\:emergency input[value='true']").click();
    }

    private void no() {
        browser.find("#check\\:emergency input[value='false']").click();
    }

    private void radio(String group, String value) {
        browser.find("#decision\\:" + group + " input[value='" + value + "']").click();
    }

    private boolean visible(String cssSelector) {
        return browser.driver().findElement(By.cssSelector(cssSelector)).isDisplayed();
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
