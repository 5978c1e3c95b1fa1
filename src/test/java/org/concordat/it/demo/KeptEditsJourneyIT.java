package org.concordat.it.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
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

/**
 * Issue 23 part 3: nothing lost when a session expires mid-edit. An IG lead types a draft's details; the session ends
 * before "Save and continue" (its cookie is gone, as after a timeout or a server restart), so the sign-in page answers.
 * Once signed in again, the page offers the way back to the edit and puts back what was typed; saved, it is kept. A
 * different person signing in in the same tab is offered nothing.
 */
@ExtendWith(ArquillianExtension.class)
class KeptEditsJourneyIT extends BrowserJourney {

    private static final String LEAD = "iglead@yjs.northshire.example";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @Test
    void whatWasTypedBeforeTheSessionEndedIsPutBackAfterSigningIn() throws Exception {
        WebSession web = new WebSession(base.toURI());
        web.signIn(LEAD, DEMO_PASSWORD);
        Api api = new Api(base.toURI(), web.issueApiToken("kept-edits"));
        long academy = api.get("/api/v1/organisations?q=Northshire%20Academy").array().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("name").equals("Northshire Academy")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        long template = api.get("/api/v1/templates").array().stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getBoolean("builtIn") && t.getString("kind").equals("DSA")).findFirst().orElseThrow()
                .getJsonArray("versions").getJsonObject(0).getJsonNumber("id").longValue();
        long title = System.nanoTime() % 100_000;
        Api.Response draft = api.post("/api/v1/agreements", Json.createObjectBuilder().add("templateVersionId", template)
                .add("title", "Kept edits " + title).add("parties", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("organisationId", academy).add("role", "CONTROLLER"))).build());
        assertEquals(201, draft.status(), draft.body());
        long versionId = draft.json().getJsonNumber("versionId").longValue();
        String details = "/app/agreement.xhtml?id=" + versionId + "&part=details";
        String purpose = "Education of young people on youth justice orders, shared so that school places are kept.";

        signIn(LEAD);
        browser.open(details);
        browser.type("#details\\:purpose", purpose);
        browser.driver().manage().deleteAllCookies();
        browser.clickAndWait("#details\\:save");
        assertTrue(browser.driver().findElements(org.openqa.selenium.By.cssSelector("#login")).size() == 1,
                "the session had ended: the sign-in page answers " + browser.currentPath());
        assertEquals("", api.get("/api/v1/agreements/versions/" + versionId).json().getString("purpose", ""),
                "nothing was saved");

        // Someone else signs in in this tab: nothing of the lead's is offered, and it is forgotten.
        signIn("iglead@council.northshire.example");
        assertTrue(browser.driver().findElements(org.openqa.selenium.By.cssSelector("#keptEdits:not([hidden])")).isEmpty(),
                browser.text());
        signOut();

        // Again, and this time the lead signs back in.
        signIn(LEAD);
        browser.open(details);
        browser.type("#details\\:purpose", purpose);
        browser.driver().manage().deleteAllCookies();
        browser.clickAndWait("#details\\:save");
        signIn(LEAD);
        if (!browser.currentPath().equals(details)) {
            // Signed in, the page offers the way back to the edit.
            assertTrue(browser.textOf("#keptEdits").contains("What you typed is kept in this browser tab"), browser.text());
            assertTrue(browser.textOf("#keptEditsLink").endsWith("Kept edits " + title), "named by the page's heading");
            assertAccessible("kept-edits-offered");
            browser.clickAndWait("#keptEditsLink");
        }
        assertEquals(details, browser.currentPath());
        assertTrue(browser.textOf("#keptEdits").contains("We have put back what you typed"), browser.text());
        assertEquals(purpose, browser.find("#details\\:purpose").getAttribute("value"));
        assertAccessible("kept-edits-restored");
        browser.clickAndWait("#details\\:save");
        assertTrue(browser.text().contains("The details were saved."), browser.text());
        assertEquals(purpose, api.get("/api/v1/agreements/versions/" + versionId).json().getString("purpose"));
        browser.open(details);
        assertFalse(browser.driver().findElement(org.openqa.selenium.By.id("keptEdits")).isDisplayed(), "put back once only");
    }

    /**
     * The timeout warning (WCAG 2.2.1): the page's clock runs fast here (a long timer fires at once), so the warning
     * shows as it would two minutes before the 30-minute session ends; "Stay signed in" renews the session.
     */
    @Test
    void theTimeoutWarningOffersToStaySignedIn() throws Exception {
        ((org.openqa.selenium.chromium.ChromiumDriver) browser.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                java.util.Map.of("source", "(function(){var later=window.setTimeout;window.setTimeout=function(f,ms){"
                        + "var rest=Array.prototype.slice.call(arguments,2);return later.apply(window,[f,ms>60000?300:ms].concat(rest));};}());"));
        signIn(LEAD);
        org.openqa.selenium.WebElement dialog = browser.find("#timeoutWarning");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> dialog.isDisplayed());
        assertEquals("1800", dialog.getAttribute("data-seconds"), "the session's 30 minutes, from the server");
        assertEquals("You will be signed out soon", browser.textOf("#timeoutHeading"));
        assertEquals("staySignedIn", browser.focusedId(), "focus on the way to stay");
        assertAccessible("timeout-warning");
        browser.find("#staySignedIn").click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> "yes".equals(dialog.getAttribute("data-renewed")));
        // Still signed in: a signed-in page opens without the sign-in page.
        browser.open("/app/account.xhtml");
        assertEquals("/app/account.xhtml", browser.currentPath());
        // And "Sign out" on the warning signs out.
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> browser.find("#timeoutWarning").isDisplayed());
        browser.clickAndWait("#timeoutSignOut");
        assertTrue(browser.currentPath().startsWith("/login.xhtml"), browser.currentPath());
        // Too late: with no session the keep-alive says so (401), and is no page to come back to after signing in.
        java.net.http.HttpResponse<String> late = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(base.toURI().resolve("/keep-alive")).POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(401, late.statusCode());
    }
}
