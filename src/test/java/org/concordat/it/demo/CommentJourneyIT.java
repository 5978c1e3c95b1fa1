package org.concordat.it.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.concordat.it.support.Api;
import org.concordat.it.support.BrowserJourney;
import org.concordat.it.support.Deployments;
import org.concordat.it.support.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Comments on drafts (issue 23, part 4) in the browser: the council's IG lead starts a draft, follows "Comments" from
 * its page, sends the form empty (the error summary), comments on a section, replies, marks the thread as resolved
 * and reopens it, and the agreement page counts the open thread, the history links it and notes each step. Riverside's signatory then reads the demo
 * agreement's first version, which is approved: its comments are read-only. Every state passes axe-core.
 */
@ExtendWith(ArquillianExtension.class)
class CommentJourneyIT extends BrowserJourney {

    static final String COMMENT = "Please say how long the school keeps what it receives.";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @Test
    void anIgLeadDiscussesADraftAndAnApprovedVersionsCommentsAreReadOnly() throws Exception {
        signIn("iglead@council.northshire.example");
        browser.clickAndWait("a[href='/app/agreements.xhtml']");
        browser.clickAndWait("#startAgreement");
        browser.type("#form\\:title", "Early help: council and school (comments)");
        browser.type("#form\\:purpose", "Support children in need in Northshire.");
        browser.type("#form\\:effectiveDate", "1/4/2026");
        browser.driver().findElements(By.tagName("label")).stream()
                .filter(l -> l.getText().trim().equals("Riverside Primary School")).findFirst().orElseThrow().click();
        browser.clickAndWait("#form\\:create");
        assertEquals("Comments (none open)", browser.find("#discussionLink").getText());

        browser.clickAndWait("#discussionLink");
        assertTrue(browser.title().startsWith("Comments"), browser.title());
        assertTrue(browser.textOf("#noOpen").contains("There are no open comments"));
        assertTrue(browser.text().contains("Only your organisation's IG leads see this draft"), browser.text());
        assertAccessible("discussion-empty");

        // Sent empty: the error summary, focused, the title starting "Error:", linked to the field.
        browser.clickAndWait("#comment\\:add");
        assertTrue(browser.title().startsWith("Error: "), browser.title());
        assertTrue(browser.textOf("#errorSummary").contains("Enter your comment."), browser.text());
        assertEquals("errorSummary", browser.focusedId());
        assertTrue(browser.fieldText("comment:text").contains("Enter your comment."));
        assertAccessible("discussion-error");

        // A comment on a section: the thread on its own page, with a confirmation.
        String section = browser.driver().findElements(By.cssSelector("#comment\\:anchor option")).stream()
                .map(o -> o.getText()).filter(t -> t.startsWith("Section: ")).findFirst().orElseThrow();
        browser.choose("#comment\\:anchor", section);
        browser.type("#comment\\:text", COMMENT);
        browser.clickAndWait("#comment\\:add");
        assertTrue(browser.text().contains("Your comment has been added"), browser.text());
        assertTrue(browser.textOf("#threadHeading").contains(section.substring("Section: ".length())), browser.textOf("#threadHeading"));
        assertTrue(browser.text().contains(COMMENT));
        browser.type("#reply\\:text", "Added to the retention section: until the child is 25.");
        browser.clickAndWait("#reply\\:send");
        assertTrue(browser.text().contains("Your reply has been added"), browser.text());
        assertTrue(browser.text().contains("Reply by"), browser.text());
        assertAccessible("discussion-thread");

        // Resolved: back to the list, under "Resolved comments"; then reopened.
        browser.clickAndWait("#status\\:resolve");
        assertTrue(browser.text().contains("The comment has been marked as resolved"), browser.text());
        assertTrue(browser.textOf("#resolvedHeading").contains("(1)"), browser.textOf("#resolvedHeading"));
        assertTrue(browser.textOf("#openHeading").contains("(0)"));
        assertTrue(browser.text().contains("1 reply"), browser.text());
        assertAccessible("discussion-resolved");
        browser.clickAndWait("a[id$='threadLink']");
        browser.clickAndWait("#status\\:reopen");
        assertTrue(browser.text().contains("The comment has been reopened"), browser.text());
        browser.clickAndWait("#agreementLink");
        assertEquals("Comments (1 open)", browser.find("#discussionLink").getText());
        // The history links each version's comments and notes who commented, resolved and reopened (not the words).
        browser.clickAndWait("#historyLink");
        assertTrue(browser.textOf("#versions").contains("Comments (1 open)"), browser.textOf("#versions"));
        String trail = browser.textOf("#trail");
        assertTrue(trail.contains("Comment added") && trail.contains("Comment resolved") && trail.contains("Comment reopened"), trail);
        assertTrue(!trail.contains(COMMENT), trail);
        assertAccessible("discussion-history");
        signOut();

        // The demo agreement's first version is approved (or superseded by another journey's amendment): read-only.
        WebSession web = new WebSession(base.toURI());
        web.signIn("head@riverside.northshire.example", DEMO_PASSWORD);
        Api school = new Api(base.toURI(), web.issueApiToken("comments journey"));
        JsonObject demo = school.get("/api/v1/agreements").array().stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("title").startsWith("Children in need, early help and child protection: Riverside"))
                .findFirst().orElseThrow();
        long first = school.get("/api/v1/agreements/" + demo.getJsonNumber("agreementId").longValue() + "/history").json()
                .getJsonArray("versions").getJsonObject(0).getJsonNumber("versionId").longValue();
        signIn("head@riverside.northshire.example");
        browser.open("/app/agreement-discussion.xhtml?version=" + first);
        assertTrue(browser.textOf("#closed").startsWith("This version no longer takes comments"), browser.text());
        assertTrue(browser.driver().findElements(By.id("comment")).isEmpty(), "no form");
        assertTrue(browser.textOf("main").contains("No comments were made on this version")
                || browser.textOf("main").contains("Resolved comments"), browser.text());
        assertAccessible("discussion-closed");
    }
}
