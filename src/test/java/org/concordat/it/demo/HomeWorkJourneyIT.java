package org.concordat.it.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import org.concordat.it.support.Api;
import org.concordat.it.support.BrowserJourney;
import org.concordat.it.support.Deployments;
import org.concordat.it.support.Partnership;
import org.concordat.it.support.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 23: the home says what needs me. On the demo partnership, the Youth Justice Service's signatory has nothing
 * waiting; its IG lead drafts one agreement and submits another with Northshire Academy; then the IG lead's home lists
 * the draft, the Academy principal's home the approval awaiting the Academy's decision (each linking to the agreement),
 * and the case worker's home leads with "Check a route" and their latest decision. Every home passes axe-core at 1280
 * and 390 px, with screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class HomeWorkJourneyIT extends BrowserJourney {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    private Partnership.Member member(String email) throws Exception {
        WebSession web = new WebSession(base.toURI());
        web.signIn(email, DEMO_PASSWORD);
        Api api = new Api(base.toURI(), web.issueApiToken("home"));
        long organisation = api.get("/api/v1/me").json().getJsonNumber("organisationId").longValue();
        return new Partnership.Member(0, organisation, email, null, web, api);
    }

    private static long organisation(Api api, String name) {
        return api.get("/api/v1/organisations?q=" + name.replace(" ", "%20")).array().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("name").equals(name)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    @Test
    void eachRoleSeesWhatNeedsThemFirst() throws Exception {
        signIn("signatory@yjs.northshire.example");
        assertEquals("/app/home.xhtml", browser.currentPath());
        assertEquals("Nothing needs you today.", browser.textOf("#nothingNeedsYou"));
        assertAccessibleWideAndNarrow("home-nothing-needs-you");
        signOut();

        Partnership.Member lead = member("iglead@yjs.northshire.example");
        long academy = organisation(lead.api(), "Northshire Academy");
        String suffix = Long.toString(System.nanoTime() % 100_000);
        String draftTitle = "Education of young people who offend " + suffix;
        String submittedTitle = "Attendance of young people on orders " + suffix;
        long template = lead.api().get("/api/v1/templates").array().stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getBoolean("builtIn") && t.getString("kind").equals("DSA")).findFirst().orElseThrow()
                .getJsonArray("versions").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Response draft = lead.api().post("/api/v1/agreements", Json.createObjectBuilder().add("templateVersionId", template)
                .add("title", draftTitle).add("parties", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("organisationId", academy).add("role", "CONTROLLER"))).build());
        assertEquals(201, draft.status(), draft.body());
        long draftVersion = draft.json().getJsonNumber("versionId").longValue();
        JsonObject submitted = Partnership.asAdministrator(base.toURI(), "admin@council.northshire.example", DEMO_PASSWORD)
                .submittedAgreement(lead, academy, submittedTitle,
                LocalDate.now().minusDays(7).toString());
        long submittedVersion = submitted.getJsonNumber("versionId").longValue();

        // The IG lead: what needs them, the draft among it, linked to the agreement.
        signIn("iglead@yjs.northshire.example");
        assertEquals("What needs you", browser.textOf("#needsYou"));
        WebElement drafts = browser.find("#queue-DRAFTS");
        assertTrue(drafts.findElement(By.tagName("h3")).getText().startsWith("Drafts"), drafts.getText());
        WebElement draftLink = drafts.findElement(By.cssSelector("a[href='/app/agreement.xhtml?id=" + draftVersion + "']"));
        assertTrue(draftLink.getText().endsWith(draftTitle), draftLink.getText());
        assertTrue(drafts.getText().contains("Last changed on"), drafts.getText());
        // The same draft among the drafts with errors (no flow yet), saying how many the rules engine found.
        WebElement withErrors = browser.find("#queue-DRAFTS_WITH_ERRORS");
        assertTrue(withErrors.findElement(By.tagName("h3")).getText().startsWith("Drafts with errors"), withErrors.getText());
        assertTrue(withErrors.findElement(By.cssSelector("a[href='/app/agreement.xhtml?id=" + draftVersion + "']")).isDisplayed());
        assertTrue(withErrors.getText().matches("(?s).*\\d+ errors? to put right · last changed on .*"), withErrors.getText());
        assertTrue(browser.text().contains("Everything else you can do"), "the links to the rest stay");
        assertAccessibleWideAndNarrow("home-ig-lead");
        browser.clickAndWait("#queue-DRAFTS a[href='/app/agreement.xhtml?id=" + draftVersion + "']");
        assertTrue(browser.currentPath().startsWith("/app/agreement.xhtml"), browser.currentPath());
        assertTrue(browser.text().contains(draftTitle));
        signOut();

        // The Academy's signatory: the approval awaiting the Academy's decision, tagged, linked to the agreement.
        signIn("principal@academy.northshire.example");
        WebElement approvals = browser.find("#queue-APPROVALS_AWAITING");
        assertTrue(approvals.getText().startsWith("Agreements awaiting your organisation's decision"), approvals.getText());
        WebElement awaiting = approvals.findElement(By.cssSelector("a[href='/app/agreement.xhtml?id=" + submittedVersion + "']"));
        assertTrue(awaiting.getText().contains(submittedTitle), awaiting.getText());
        assertTrue(approvals.findElements(By.cssSelector(".status-tag")).stream().allMatch(t -> t.getText().equals("Awaiting approval")));
        assertAccessibleWideAndNarrow("home-signatory");
        browser.clickAndWait("#queue-APPROVALS_AWAITING a[href='/app/agreement.xhtml?id=" + submittedVersion + "']");
        assertTrue(browser.text().contains(submittedTitle));
        signOut();

        // The case worker: "Check a route" first, then their latest decision.
        Partnership.Member caseWorker = member("caseworker@yjs.northshire.example");
        String caseReference = "YJ-" + suffix;
        Api.Response recorded = caseWorker.api().post("/api/v1/sharing-decisions", Json.createObjectBuilder()
                .add("decision", "NOT_SHARED").add("recipientOrganisationId", academy).add("decidedOn", LocalDate.now().toString())
                .add("dataSubjects", Json.createArrayBuilder().add("CHILD"))
                .add("dataCategories", Json.createArrayBuilder().add("EDUCATION_DATA"))
                .add("purpose", "EARLY_HELP").add("noAgreementReason", "OTHER").add("routeOutcome", "NOT_COVERED")
                .add("emergency", false).add("familyInformed", true).add("consentSought", false)
                .add("consentNotSoughtReason", "Nothing was shared.")
                .add("rationale", "No agreement covers this yet: asked the IG lead first.").add("caseReference", caseReference)
                .build());
        assertEquals(201, recorded.status(), recorded.body());
        long entry = recorded.json().getJsonNumber("id").longValue();
        signIn("caseworker@yjs.northshire.example");
        List<WebElement> links = browser.driver().findElements(By.cssSelector("main a"));
        assertEquals("checkARoute", links.get(0).getAttribute("id"), "the first thing on the page is Check a route");
        assertEquals("Check a route", links.get(0).getText());
        assertEquals("Your recent decisions", browser.textOf("#recentDecisions"));
        WebElement decision = browser.find("#recentDecisionList a[href='/app/decisions.xhtml#mine-entry-" + entry + "']");
        assertTrue(decision.getText().contains("Case " + caseReference), decision.getText());
        assertTrue(browser.textOf("#recentDecisionList").contains("Not shared with Northshire Academy"),
                browser.textOf("#recentDecisionList"));
        assertTrue(browser.driver().findElements(By.id("needsYou")).isEmpty(), "a practitioner has no queues of work");
        assertAccessibleWideAndNarrow("home-practitioner");
        browser.clickAndWait("#recentDecisionList a[href='/app/decisions.xhtml#mine-entry-" + entry + "']");
        assertEquals("/app/decisions.xhtml#mine-entry-" + entry, browser.currentPath(), "the entry on the decisions page");
        assertTrue(browser.find("#mine-entry-" + entry).isDisplayed());
        browser.open("/app/home.xhtml");
        browser.clickAndWait("#checkARoute");
        assertEquals("/app/route-check.xhtml", browser.currentPath());
    }
}
