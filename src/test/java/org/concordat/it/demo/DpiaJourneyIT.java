package org.concordat.it.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
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
 * The council's IG lead starts a DPIA, screens it, works through the seven steps (a risk, a measure that reduces
 * it, the heat maps before and after) and asks for the DPO's advice; the council's DPO advises; the council's
 * signatory signs it off and it is completed. Every page passes axe-core.
 */
@ExtendWith(ArquillianExtension.class)
class DpiaJourneyIT extends BrowserJourney {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @Test
    void aDpiaGoesFromScreeningThroughTheDposAdviceToSignOff() {
        signIn("iglead@council.northshire.example");
        browser.clickAndWait("a[href='/app/dpias.xhtml']");
        assertAccessible("dpias");
        browser.clickAndWait("#startDpia");
        assertAccessibleWideAndNarrow("dpia-start");
        browser.type("#form\\:title", "Health information shared at the MASH");
        browser.clickAndWait("#form\\:create");
        String page = browser.text();
        assertTrue(page.contains("was started. Begin by answering the screening questions."), page);
        assertTrue(page.contains("Screening: does this sharing need a DPIA?"), page);
        assertEquals(0, browser.driver().findElements(By.cssSelector("nav.steps")).size(), "the screening comes first, alone");
        assertAccessible("dpia-screening");

        // Every question no, but the one about children; the last one left unanswered at first.
        List<WebElement> questions = browser.driver().findElements(By.cssSelector("#screening fieldset"));
        assertEquals(15, questions.size(), "the ICO template's questions with the EDPB criteria of version 2");
        for (WebElement question : questions.subList(0, questions.size() - 1)) {
            boolean children = question.findElement(By.tagName("legend")).getText().contains("aimed at children");
            question.findElement(By.cssSelector("input[value='" + (children ? "yes" : "no") + "']")).click();
        }
        browser.clickAndWait("#screening\\:save");
        WebElement unanswered = browser.driver().findElements(By.cssSelector("#screening fieldset")).get(14);
        assertTrue(unanswered.getText().contains("Answer yes or no"), "the message sits beside the question: " + unanswered.getText());
        assertAccessible("dpia-screening-unanswered");
        unanswered.findElement(By.cssSelector("input[value='no']")).click();
        browser.clickAndWait("#screening\\:save");
        page = browser.text();
        assertTrue(page.contains("Your screening answers were saved. What they mean is below."), "no green box says required: " + page);
        assertTrue(page.contains("Because you answered yes to:"), page);
        assertTrue(page.contains("targeting of children or other vulnerable individuals"), "the reason, with its indicator");
        WebElement outcome = browser.find("#screeningOutcome");
        assertEquals("warning-text", outcome.getAttribute("class"), "DPIA required is a warning, not a success");
        assertTrue(outcome.getText().contains("DPIA required"), outcome.getText());
        assertEquals(0, browser.driver().findElements(By.cssSelector(".message--info #screeningOutcome")).size());
        assertEquals(1, browser.driver().findElements(By.id("linkedHeading")).size(), "the agreements are linked on step 1");
        assertEquals("You have completed 0 of 7 steps.", browser.textOf("#stepsProgress"));
        assertEquals("Not yet started", browser.textOf("#stepStatus1"));
        assertTrue(browser.find("#stepGuidance").getAttribute("open") == null, "the law is folded away");
        assertTrue(browser.textOf("#stepIntroduction").length() < 200, "a short introduction: " + browser.textOf("#stepIntroduction"));
        assertAccessibleWideAndNarrow("dpia-step-1");

        // Steps 1 to 4: every field answered, each save leading to the next step.
        for (int step = 1; step <= 4; step++) {
            for (WebElement answer : browser.driver().findElements(By.cssSelector("#answers textarea"))) {
                if (answer.getAttribute("value").isBlank()) {
                    answer.sendKeys("Our answer for step " + step + ", written for the partnership.");
                }
            }
            browser.clickAndWait("#answers\\:save");
            assertTrue(browser.text().contains("Step " + (step + 1) + ":"), browser.text());
            assertEquals("Completed", browser.textOf("#stepStatus" + step), "save and continue leads on, the step done");
            assertEquals("You have completed " + step + " of 7 steps.", browser.textOf("#stepsProgress"));
            assertEquals(0, browser.driver().findElements(By.id("linkedHeading")).size(), "no linking panel after step 1");
            String introduction = browser.textOf("#stepIntroduction");
            assertFalse(introduction.contains("Article"), "the law is behind the details, not in the introduction: " + introduction);
            assertAccessible("dpia-step-" + (step + 1));
        }

        // Step 5: a risk, whose overall risk the matrix gives.
        browser.type("#risk\\:source", "A referral is emailed to the wrong school");
        browser.type("#risk\\:impact", "A child's health history is disclosed to people with no role");
        browser.choose("#risk\\:likelihood", "Probable");
        browser.choose("#risk\\:severity", "Severe");
        browser.clickAndWait("#risk\\:save");
        page = browser.text();
        assertTrue(page.contains("The risk was saved."), page);
        assertEquals("High", browser.find("#risks\\:register tbody tr td:nth-child(6)").getText());
        assertAccessible("dpia-risks");

        // Step 6: a measure that brings it down to low, and the heat maps before and after.
        assertEquals("Completed", browser.textOf("#stepStatus5"));
        browser.clickAndWait("#continueToMeasures");
        assertEquals("Not yet started", browser.textOf("#stepStatus6"));
        new Select(browser.find("#measure\\:measureRisk")).selectByValue("R1");
        browser.type("#measure\\:description", "Referrals go through the secure portal only, never by email");
        browser.choose("#measure\\:effect", "Reduced");
        browser.choose("#measure\\:residualLikelihood", "Remote");
        browser.choose("#measure\\:residualSeverity", "Significant");
        browser.find("#measure\\:approved").click();
        browser.type("#measure\\:owner", "Head of information governance");
        browser.type("#measure\\:dueDate", "31/1/2027");
        browser.clickAndWait("#measure\\:save");
        page = browser.text();
        assertTrue(page.contains("The measure was saved."), page);
        assertTrue(page.contains("Before measures: High · after the approved measures: Low"), page);
        List<WebElement> maps = browser.driver().findElements(By.cssSelector("table.heat-map"));
        assertEquals(2, maps.size());
        assertEquals("1", maps.get(0).findElement(By.cssSelector("tbody tr:nth-child(1) td:nth-child(4) .heat-map__count")).getText(),
                "before: probable × severe");
        assertEquals("1", maps.get(1).findElement(By.cssSelector("tbody tr:nth-child(3) td:nth-child(3) .heat-map__count")).getText(),
                "after: remote × significant");
        assertEquals("Completed", browser.textOf("#stepStatus6"));
        assertAccessibleWideAndNarrow("dpia-measures");

        // Step 7: the DPO is asked for advice.
        browser.clickAndWait("#continueToSignOff");
        browser.clickAndWait("#request\\:requestAdvice");
        page = browser.text();
        assertTrue(page.contains("The DPO's advice was requested."), page);
        assertEquals("Awaiting approval", browser.textOf("#statusTag"), "the words agreements use");
        assertEquals("Awaiting the DPO's advice", browser.textOf("#statusDetail"), "what it waits for, after them");
        assertAccessible("dpia-awaiting-dpo");
        String dpiaPath = browser.currentPath();
        signOut();

        signIn("dpo@council.northshire.example");
        browser.clickAndWait("a[href='/app/dpias.xhtml']");
        browser.clickAndWait("#dpias a[href^='/app/dpia.xhtml']");
        browser.type("#dpoAdvice\\:advice", "The sharing complies with UK GDPR if referrals go through the portal. It can go ahead.");
        browser.type("#dpoAdvice\\:summary", "Go ahead, using the secure portal only.");
        browser.clickAndWait("#dpoAdvice\\:give");
        page = browser.text();
        assertTrue(page.contains("Your advice was recorded. The DPIA now awaits sign-off."), page);
        assertAccessible("dpia-dpo-advice");
        signOut();

        signIn("signatory@council.northshire.example");
        browser.open(dpiaPath);
        browser.clickAndWait("#signOff\\:signOffButton");
        page = browser.text();
        assertTrue(page.contains("Name who approved the measures, with their position."), page);
        assertAccessible("dpia-sign-off-errors");
        browser.type("#signOff\\:measuresApprovedBy", "Helen Carter, Director of Children's Services");
        browser.type("#signOff\\:residualRisksApprovedBy", "Helen Carter, Director of Children's Services");
        browser.driver().findElements(By.cssSelector("#signOff label")).stream().filter(l -> l.getText().trim().equals("Accepted"))
                .findFirst().orElseThrow().click();
        browser.type("#signOff\\:dpoAdviceDecidedBy", "Helen Carter");
        browser.type("#signOff\\:consultationReviewedBy", "Sam Patel, IG lead");
        browser.type("#signOff\\:keptUnderReviewBy", "Sam Patel, IG lead");
        LocalDate review = LocalDate.now().plusDays(60);
        browser.type("#signOff\\:reviewDate", review.getDayOfMonth() + "/" + review.getMonthValue() + "/" + review.getYear());
        browser.clickAndWait("#signOff\\:signOffButton");
        page = browser.text();
        assertTrue(page.contains("The DPIA was signed off and is completed."), page);
        assertEquals("Review due", browser.textOf("#statusTag"), "signed off, its review within 90 days");
        assertTrue(page.contains("Go ahead, using the secure portal only."), "the DPO's advice stays on record");
        assertAccessible("dpia-completed");

        browser.clickAndWait("a[href='/app/dpias.xhtml']");
        String listed = browser.textOf("#dpias tbody");
        assertTrue(listed.contains("Review due") && listed.contains(new org.concordat.shared.web.FormatView().date(review)),
                "the tag and the Review by column: " + listed);
        assertAccessibleWideAndNarrow("dpias-review-by");

        // Due for review within 90 days: the Reviews page lists it beside the agreements.
        browser.clickAndWait("a[href='/app/reviews.xhtml']");
        page = browser.text();
        assertTrue(page.contains("DPIAs due for review"), page);
        String row = browser.driver().findElement(By.cssSelector("#dpias tbody")).getText();
        assertTrue(row.contains("Health information shared at the MASH") && row.contains("Due within 90 days")
                && row.contains("in 60 days") && row.contains("Sam Patel, IG lead") && row.contains("Leads it"), row);
        assertTrue(row.contains("Review due"), "the same tag: " + row);
        assertAccessibleWideAndNarrow("reviews-dpias");
    }
}
