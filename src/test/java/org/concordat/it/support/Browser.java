package org.concordat.it.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with an accessibility check (axe-core, WCAG 2.2 A/AA) and a
 * screenshot of every page a journey visits, under target/screenshots.
 */
public class Browser implements AutoCloseable {

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final WebDriver driver;
    private final String base;
    private final WebDriverWait wait;

    public Browser(String base) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=en-GB", "--window-size=1280,1000");
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().window().setSize(new Dimension(1280, 1000));
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public void open(String path) {
        driver.get(base + path);
        waitForPage();
    }

    public WebElement find(String cssSelector) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    public void type(String cssSelector, String text) {
        WebElement field = find(cssSelector);
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks and waits for the next page (the old body goes stale). */
    public void clickAndWait(String cssSelector) {
        WebElement body = driver.findElement(By.tagName("body"));
        find(cssSelector).click();
        wait.until(d -> isGone(body));
        waitForPage();
    }

    /** Follows the link with exactly this text and waits for the next page. */
    public void follow(String linkText) {
        WebElement body = driver.findElement(By.tagName("body"));
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(linkText))).click();
        wait.until(d -> isGone(body));
        waitForPage();
    }

    /** Chooses a file for a file input (Chromium reads it from this machine's disk). */
    public void chooseFile(String cssSelector, Path file) {
        driver.findElement(By.cssSelector(cssSelector)).sendKeys(file.toAbsolutePath().toString());
    }

    /** Waits until the element's text contains the expected words (after an AJAX update). */
    public void waitForText(String cssSelector, String expected) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(cssSelector), expected));
    }

    /** The text of the form field around an input (its label, hint, and the message beside it); inputId as in HTML. */
    public String fieldText(String inputId) {
        return driver.findElement(By.xpath("//*[@id='" + inputId
                + "']/ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' field ')][1]")).getText();
    }

    /** Clicks a button whose AJAX update replaces the region, and waits until the region was replaced. */
    public void clickAndWaitForUpdate(String buttonSelector, String regionSelector) {
        WebElement before = find(regionSelector);
        find(buttonSelector).click();
        wait.until(d -> isGone(before));
    }

    /** The element's text, read again when an AJAX update replaces the element between finding and reading it. */
    public String textOf(String cssSelector) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector(cssSelector)).getText());
    }

    /** Whether the element left the document: Chromium reports this as staleness, or as a node of another document. */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
        }
    }

    /** Chooses an option of a native select by its visible text. */
    public void choose(String cssSelector, String visibleText) {
        new Select(find(cssSelector)).selectByVisibleText(visibleText);
    }

    private void waitForPage() {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        find("main");
    }

    public String text() {
        return find("main").getText();
    }

    public String title() {
        return driver.getTitle();
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public WebDriver driver() {
        return driver;
    }

    /** Serious and critical WCAG violations on the current page, described for the failure message. */
    public String seriousAccessibilityViolations() {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        // WCAG 2.2's target size (2.5.8) is axe-core's rule "target-size", tagged wcag22aa: make sure it ran.
        boolean targetSizeRan = java.util.stream.Stream.of(results.getPasses(), results.getViolations(),
                        results.getIncomplete(), results.getInapplicable())
                .filter(java.util.Objects::nonNull).flatMap(List::stream).anyMatch(r -> "target-size".equals(r.getId()));
        if (!targetSizeRan) {
            return "target-size: axe-core did not run the WCAG 2.2 target size rule";
        }
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        return serious.stream().map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    /** Sets the window's width (the height stays): 1280 for a desktop, 390 for a phone. */
    public void width(int pixels) {
        Dimension window = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(pixels, window.getHeight()));
    }

    /** The id of the element that has the focus. */
    public String focusedId() {
        return driver.switchTo().activeElement().getAttribute("id");
    }

    public void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            // The whole page, not just the window: stretch the window to the page's height for the shot.
            org.openqa.selenium.Dimension window = driver.manage().window().getSize();
            long height = ((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollHeight")).longValue();
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(window.getWidth(), (int) Math.min(height + 20, 8000)));
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            driver.manage().window().setSize(window);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
