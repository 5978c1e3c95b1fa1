package org.concordat.it.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import org.concordat.it.support.Api;
import org.concordat.it.support.BrowserJourney;
import org.concordat.it.support.Deployments;
import org.concordat.it.support.WebSession;
import org.concordat.shared.domain.StatusTag;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 26: one set of status words. The demo agreement is taken through an amendment — a draft, awaiting approval,
 * changes requested, awaiting approval again, approved with its review due within 90 days (the version before it
 * ended), and terminated — and at each state the agreement page, the agreements list (with its "Review by" column),
 * the history and the API say the same words; the API gives the tag's code and label beside the status it always
 * gave. The approvals carry their date and time, the history names people rather than their addresses, and the flow
 * map draws its circles large enough for the names. Every state passes axe-core at 1280 and 390 px.
 */
@ExtendWith(ArquillianExtension.class)
class StatusTagJourneyIT extends BrowserJourney {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    private Api as(String email) throws Exception {
        WebSession web = new WebSession(base.toURI());
        web.signIn(email, DEMO_PASSWORD);
        return new Api(base.toURI(), web.issueApiToken("status tags"));
    }

    @Test
    void everyPageAndTheApiUseTheSameStatusWords() throws Exception {
        Api lead = as("iglead@council.northshire.example");
        // The demo agreement (other journeys on this server may have added theirs).
        JsonObject listed = lead.get("/api/v1/agreements").array().stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("title").startsWith("Children in need, early help and child protection: Riverside"))
                .findFirst().orElseThrow();
        long agreementId = listed.getJsonNumber("agreementId").longValue();
        String reference = listed.getString("reference");
        // The demo agreement: effective 1 April 2026, review by 1 April 2027.
        StatusTag seeded = StatusTag.of(StatusTag.Stage.AGREED, LocalDate.of(2026, 4, 1), LocalDate.of(2027, 4, 1), null,
                LocalDate.now());
        assertEquals("APPROVED", listed.getString("status"), "the status keeps its meaning");
        assertEquals(seeded.name(), listed.getString("tag"));
        assertEquals(seeded.label(), listed.getString("tagLabel"));
        assertEquals("2027-04-01", listed.getString("reviewDate"));

        signIn("iglead@council.northshire.example");
        assertMenuOnOneLine();
        browser.clickAndWait("#agreementsSection");
        assertEquals(List.of("Agreements", "DPIAs", "Reviews", "Record of processing"),
                browser.driver().findElements(By.cssSelector("nav.sub-nav a"))
                .stream().map(WebElement::getText).toList(), "the section's pages, under the menu");
        assertEquals("page", browser.find("nav.sub-nav a[href='/app/agreements.xhtml']").getAttribute("aria-current"));
        assertMenuOnOneLine();
        assertEquals(seeded.label(), row(reference).findElement(By.cssSelector(".status-tag")).getText());
        assertTrue(browser.textOf("#agreements thead").contains("Review by"), browser.textOf("#agreements thead"));
        assertTrue(row(reference).getText().contains("1 April 2027"), row(reference).getText());
        assertAccessibleWideAndNarrow("agreements-tags");
        row(reference).findElement(By.cssSelector("a[href^='/app/agreement.xhtml']")).click();
        browser.waitForText("#statusTag", seeded.label());
        assertEquals(seeded.label(), browser.textOf("#statusTag"));
        assertFalse(browser.textOf(".lead").contains("Approved"), "approved is not a status of its own: " + browser.textOf(".lead"));
        String approvals = browser.textOf("#decisions");
        assertTrue(approvals.matches("(?s).*Northshire County Council: approved by Helen Carter, \\d{1,2} \\w{3,4} \\d{4}, \\d{2}:\\d{2}.*"),
                "each approval with its date and time: " + approvals);
        assertFlowMapFits();
        assertAccessibleWideAndNarrow("agreement-in-force-tag");

        // An amendment: a draft.
        JsonObject amendment = lead.post("/api/v1/agreements/" + agreementId + "/versions", null).json();
        long v2 = amendment.getJsonNumber("versionId").longValue();
        assertEquals("DRAFT", amendment.getString("tag"));
        assertEquals("Draft", amendment.getString("tagLabel"));
        LocalDate review = LocalDate.now().plusDays(45);
        JsonObject details = lead.put("/api/v1/agreements/versions/" + v2, Json.createObjectBuilder()
                .add("lockVersion", amendment.getJsonNumber("lockVersion").longValue())
                .add("title", amendment.getString("title")).add("purpose", amendment.getString("purpose"))
                .add("effectiveDate", "2026-04-01").add("reviewDate", review.toString()).build()).json();
        assertPages(v2, reference, "Draft", "agreement-draft-tag");

        // Submitted: awaiting approval.
        JsonObject submitted = lead.post("/api/v1/agreements/versions/" + v2 + "/submission", Json.createObjectBuilder()
                .add("lockVersion", details.getJsonNumber("lockVersion").longValue()).build()).json();
        assertEquals("SUBMITTED", submitted.getString("status"), submitted.toString());
        assertEquals("Awaiting approval", submitted.getString("tagLabel"));
        assertPages(v2, reference, "Awaiting approval", "agreement-awaiting-tag");

        // The school asks for changes: a draft again, but not a new one.
        Api school = as("head@riverside.northshire.example");
        assertEquals(201, school.post("/api/v1/agreements/versions/" + v2 + "/decisions", Json.createObjectBuilder()
                .add("decision", "CHANGES_REQUESTED").add("comment", "Name the school's DSL as the contact.").build()).status());
        JsonObject returned = lead.get("/api/v1/agreements/versions/" + v2).json();
        assertEquals("DRAFT", returned.getString("status"));
        assertEquals("CHANGES_REQUESTED", returned.getString("tag"));
        assertPages(v2, reference, "Changes requested", "agreement-changes-requested-tag");

        // Submitted again and approved by both: the review is due within 90 days; the version before it has ended.
        lead.post("/api/v1/agreements/versions/" + v2 + "/submission", Json.createObjectBuilder()
                .add("lockVersion", returned.getJsonNumber("lockVersion").longValue()).build());
        as("signatory@council.northshire.example").post("/api/v1/agreements/versions/" + v2 + "/decisions",
                Json.createObjectBuilder().add("decision", "APPROVED").build());
        school.post("/api/v1/agreements/versions/" + v2 + "/decisions", Json.createObjectBuilder().add("decision", "APPROVED").build());
        JsonObject approved = lead.get("/api/v1/agreements/versions/" + v2).json();
        assertEquals("APPROVED", approved.getString("status"));
        assertEquals("REVIEW_DUE", approved.getString("tag"));
        assertPages(v2, reference, "Review due", "agreement-review-due-tag");
        browser.open("/app/agreement.xhtml?id=" + v2);
        browser.clickAndWait("#historyLink");
        assertEquals(List.of("Ended", "Review due"), tagsIn("#versions"), "version 1 ended when version 2 was approved");
        String history = browser.textOf("#versions") + browser.textOf("#trail");
        assertTrue(history.contains("Sam Patel") && history.contains("Helen Carter"), "people by name: " + history);
        assertFalse(history.contains("@council.northshire.example"), "no e-mail address where the name is known: " + history);
        assertAccessibleWideAndNarrow("agreement-history-names");
        browser.clickAndWait("a[href='/app/reviews.xhtml']");
        assertTrue(tagsIn("main").contains("Review due"), browser.text());
        assertAccessibleWideAndNarrow("reviews-tags");

        // Terminated: ended.
        lead.post("/api/v1/agreements/versions/" + v2 + "/termination", Json.createObjectBuilder()
                .add("date", LocalDate.now().toString()).add("reason", "Replaced by the partnership-wide agreement").build());
        assertPages(v2, reference, "Ended", "agreement-ended-tag");
    }

    /** Every item of the menu on one line at 1280 px: the sections group what used to be a second line. */
    private void assertMenuOnOneLine() {
        List<WebElement> items = browser.driver().findElements(By.cssSelector("nav.site-nav > ul > li"));
        assertTrue(items.size() >= 8, "the IG lead's menu: " + items.size());
        assertEquals(1, items.stream().map(li -> li.getRect().getY()).distinct().count(),
                "one line: " + items.stream().map(WebElement::getText).toList());
    }

    /** The agreement page and the list show this tag for the version, in the same words. */
    private void assertPages(long versionId, String reference, String label, String screenshot) {
        browser.open("/app/agreement.xhtml?id=" + versionId);
        assertEquals(label, browser.textOf("#statusTag"));
        assertAccessibleWideAndNarrow(screenshot);
        browser.open("/app/agreements.xhtml");
        assertEquals(label, row(reference).findElement(By.cssSelector(".status-tag")).getText());
    }

    /** The agreements list's row of this agreement. */
    private WebElement row(String reference) {
        return browser.driver().findElements(By.cssSelector("#agreements tbody tr")).stream()
                .filter(tr -> tr.findElement(By.tagName("a")).getText().equals(reference)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + reference));
    }

    private List<String> tagsIn(String selector) {
        return browser.driver().findElements(By.cssSelector(selector + " .status-tag")).stream().map(WebElement::getText).toList();
    }

    /** Every line of every name is inside its circle, as the browser measures the text. */
    private void assertFlowMapFits() {
        List<WebElement> circles = browser.driver().findElements(By.cssSelector(".flow-map circle"));
        List<WebElement> names = browser.driver().findElements(By.cssSelector(".flow-map .flow-map__name"));
        assertEquals(circles.size(), names.size());
        for (int i = 0; i < circles.size(); i++) {
            var circle = circles.get(i).getRect();
            for (WebElement line : names.get(i).findElements(By.tagName("tspan"))) {
                var box = line.getRect();
                assertTrue(box.getX() >= circle.getX() && box.getX() + box.getWidth() <= circle.getX() + circle.getWidth(),
                        line.getText() + " spills out of its circle");
            }
        }
    }
}
