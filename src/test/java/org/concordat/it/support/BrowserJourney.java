package org.concordat.it.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

/** What every browser journey shares: a fresh headless Chromium, signing in, and the accessibility check. */
public abstract class BrowserJourney {

    public static final String DEMO_PASSWORD = "Northshire-demo-2026";

    @ArquillianResource
    protected URL base;

    protected Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(base.toString());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** Signs a demo user in through the sign-in page. */
    protected void signIn(String email) {
        browser.open("/login.xhtml");
        browser.type("#login\\:email", email);
        browser.type("#login\\:password", DEMO_PASSWORD);
        browser.clickAndWait("#login\\:signIn");
    }

    protected void signOut() {
        browser.clickAndWait("#signOutForm\\:signOut");
    }

    /**
     * Checks the page with axe-core (no serious or critical WCAG 2.2 A/AA violation), then takes a whole-page
     * screenshot: in that order, because the screenshot resizes the window and the page settles again after.
     */
    protected void assertAccessible(String page) {
        String violations = browser.seriousAccessibilityViolations();
        browser.screenshot(page);
        assertTrue(violations.isEmpty(), "Accessibility violations on " + page + ":\n" + violations);
    }

    /**
     * {@link #assertAccessible} on a 1280 px wide window and again on a 390 px one (a phone), with a screenshot of each
     * ("page" and "page-390"); the window is wide again afterwards.
     */
    protected void assertAccessibleWideAndNarrow(String page) {
        assertAccessible(page);
        browser.width(390);
        try {
            assertAccessible(page + "-390");
            // On a phone the page reflows (WCAG 1.4.10): nothing makes the whole page scroll sideways. A wide table
            // may scroll inside its own box (.table-scroll, .table-wrap).
            Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "const w = document.documentElement.clientWidth;"
                    + "if (document.documentElement.scrollWidth <= w) return null;"
                    + "const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1"
                    + " && !(e.parentElement && e.parentElement.closest('.table-scroll, .table-wrap')) && getComputedStyle(e).position !== 'fixed');"
                    + "const e = wide.find(x => ![...x.children].some(c => wide.includes(c))) || wide[0];"
                    + "const name = x => x.tagName + (x.id ? '#' + x.id : '') + (x.className ? '.' + x.className : '');"
                    + "if (!e) return 'something';"
                    + "const path = []; for (let x = e; x && x !== document.body; x = x.parentElement) path.unshift(name(x));"
                    + "return path.join(' > ') + ' ' + Math.round(e.getBoundingClientRect().right) + 'px';");
            assertNull(overflow, page + " scrolls sideways at 390 px: " + overflow);
        } finally {
            browser.width(1280);
        }
    }

    /** Every shown target of the selector is at least 40 by 40 CSS pixels, as GOV.UK's (WCAG 2.2 2.5.8 asks for 24). */
    protected void assertTargetsAtLeast40(String cssSelector) {
        List<WebElement> targets = browser.driver().findElements(By.cssSelector(cssSelector));
        assertFalse(targets.isEmpty(), cssSelector);
        for (WebElement target : targets) {
            if (target.isDisplayed()) {
                Rectangle r = target.getRect();
                assertTrue(r.getWidth() >= 40 && r.getHeight() >= 40, target.getAttribute("id") + " is " + r.getWidth()
                        + " x " + r.getHeight());
            }
        }
    }
}
