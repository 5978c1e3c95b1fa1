package org.concordat.it.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import org.concordat.it.support.BrowserJourney;
import org.concordat.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 23: a health visitor switches to Welsh on the sign-in page, signs in and reads Concordat in Welsh (the page
 * says so: {@code <html lang="cy">}), accessible as in English; then switches back. A demo user no other journey
 * signs in as, left in English.
 */
@ExtendWith(ArquillianExtension.class)
class WelshJourneyIT extends BrowserJourney {

    private static final ResourceBundle ENGLISH = bundle(Locale.ROOT);
    private static final ResourceBundle WELSH = bundle(Locale.forLanguageTag("cy"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @Test
    void aHealthVisitorReadsConcordatInWelshAndSwitchesBack() {
        browser.open("/login.xhtml");
        assertEquals("en-GB", lang());
        assertEquals(ENGLISH.getString("login.title"), browser.textOf("h1"));
        assertEquals("cy", browser.find("#languageWelsh").getAttribute("hreflang"));
        assertEquals("cy", browser.find("#languageWelsh").getAttribute("lang"));

        browser.clickAndWait("#languageWelsh");
        assertEquals("/login.xhtml", browser.currentPath());
        assertEquals("cy", lang());
        assertNotEquals(ENGLISH.getString("login.title"), WELSH.getString("login.title"));
        assertEquals(WELSH.getString("login.title"), browser.textOf("h1"));
        assertEquals("en", browser.find("#languageEnglish").getAttribute("lang"));
        assertEquals(0, browser.driver().findElements(By.id("languageWelsh")).size(), "the current language is not a link");
        assertAccessible("welsh-sign-in");

        browser.type("#login\\:email", "health.visitor@hospitals.northshire.example");
        browser.type("#login\\:password", DEMO_PASSWORD);
        browser.clickAndWait("#login\\:signIn");
        assertEquals("cy", lang());
        assertEquals(WELSH.getString("nav.routeCheck"), browser.textOf("#routeCheckLink"));
        assertAccessible("welsh-home");

        browser.clickAndWait("#routeCheckLink");
        assertEquals("cy", lang());
        assertEquals(WELSH.getString("routeCheck.title"), browser.textOf("h1"));
        assertAccessibleWideAndNarrow("welsh-route-check");
        // The law's words in Welsh too (templates/legal/welsh.yaml): the purposes offered, and the catalogue.
        org.openqa.selenium.WebElement childInNeed = browser.driver().findElement(By.cssSelector("select[id$='purpose'] option[value='CHILD_IN_NEED']"));
        assertEquals("Plentyn mewn angen", childInNeed.getText());
        browser.open("/app/catalogue.xhtml");
        assertEquals("cy", lang());
        assertTrue(browser.text().contains("Tasg gyhoeddus"), browser.text());
        assertAccessible("welsh-catalogue");

        // An IG lead reading an agreement in Welsh: the built-in template's sections in its Welsh words
        // (templates/dsa/ico-data-sharing-agreement.cy.yaml); what the parties wrote stays as written.
        browser.clickAndWait("#signOutForm\\:signOut");
        browser.type("#login\\:email", "iglead@council.northshire.example");
        browser.type("#login\\:password", DEMO_PASSWORD);
        browser.clickAndWait("#login\\:signIn");
        assertEquals("cy", lang());
        // The oldest agreement the council is party to: one of the demo's, approved and shown whole.
        browser.open("/app/agreements.xhtml?sort=OLDEST");
        browser.clickAndWait("#agreements a[href^='/app/agreement.xhtml']");
        assertTrue(browser.textOf("#sec-parties").equals(welshSectionTitle("parties")), browser.textOf("#sec-parties"));
        assertAccessible("welsh-agreement");
        // A new DPIA's screening questions in the Welsh words of the DPIA template (templates/dpia/ico-dpia.cy.yaml);
        // the title as typed.
        browser.open("/app/dpias.xhtml");
        browser.clickAndWait("#startDpia");
        browser.type("#form\\:title", "Gwybodaeth iechyd yn y MASH");
        browser.clickAndWait("#form\\:create");
        String screening = browser.text();
        assertTrue(screening.contains(welshQuestionStart("systematic-evaluation")), screening);
        assertTrue(screening.contains("Erthygl 35(3)(a) GDPR y DU"), screening);
        assertAccessible("welsh-dpia-screening");
        browser.open("/app/route-check.xhtml");

        browser.clickAndWait("#languageEnglish");
        assertEquals("/app/route-check.xhtml", browser.currentPath());
        assertEquals("en-GB", lang());
        assertEquals(ENGLISH.getString("routeCheck.title"), browser.textOf("h1"));
    }

    /** A section's title in the Welsh words of the built-in agreement template. */
    private static String welshSectionTitle(String key) {
        try {
            String file = java.nio.file.Files.readString(java.nio.file.Path.of("templates/dsa/ico-data-sharing-agreement.cy.yaml"));
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("- key: " + key + "\\s*\\n\\s*title: (.+)").matcher(file);
            assertTrue(m.find(), "the Welsh template names section " + key);
            return m.group(1).strip().replaceAll("^\"(.*)\"$", "$1");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The first words of a screening question in the Welsh words of the built-in DPIA template. */
    private static String welshQuestionStart(String key) {
        try {
            String file = java.nio.file.Files.readString(java.nio.file.Path.of("templates/dpia/ico-dpia.cy.yaml"));
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("- key: " + key + "\\s*\\n\\s*question: (?:>-\\s*)?(\\S+ \\S+ \\S+ \\S+)").matcher(file);
            assertTrue(m.find(), "the Welsh DPIA template asks " + key);
            return m.group(1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String lang() {
        return browser.driver().findElement(By.tagName("html")).getAttribute("lang");
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("org.concordat.web.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
