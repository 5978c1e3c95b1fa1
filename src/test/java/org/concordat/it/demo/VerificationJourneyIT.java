package org.concordat.it.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.concordat.it.support.BrowserJourney;
import org.concordat.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A practitioner takes the signed PDF of the agreement that covers their route (the demo's, signed by both parties'
 * signatories as they approved it); anyone, signed in or not, then checks it on the verification page and reads that
 * it is genuine. A file not a PDF gets its own verdict, and a file too large even to read is turned back with the
 * reason beside the field. Every page passes axe-core.
 */
@ExtendWith(ArquillianExtension.class)
class VerificationJourneyIT extends BrowserJourney {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @Test
    void anyoneChecksASignedAgreementAndIsToldPlainlyWhenAFileCannotBeChecked() throws Exception {
        signIn("dsl@riverside.northshire.example");
        browser.clickAndWait("#routeCheckLink");
        browser.driver().findElement(By.cssSelector("#check\\:emergency input[value='false']")).click();
        browser.choose("#check\\:toOrganisationId", "Northshire County Council");
        browser.driver().findElement(By.cssSelector("input[type=checkbox][value='EDUCATION_DATA']")).click();
        browser.choose("#check\\:purpose", "Child in need");
        browser.clickAndWait("#check\\:run");
        String link = browser.find("#answer a[href$='/document.pdf']").getAttribute("href");
        Path signed = Files.write(Files.createTempFile("agreement", ".pdf"), download(link));
        signOut();

        browser.open("/verify.xhtml");
        assertAccessible("verify");
        browser.chooseFile("#verification\\:file", signed);
        browser.clickAndWait("#verification\\:check");
        String verdict = browser.find("#verdict").getText();
        assertTrue(verdict.startsWith("Genuine and intact"), verdict);
        assertTrue(verdict.contains("DSA-"), "the agreement it is: " + verdict);
        assertTrue(verdict.contains("Helen Carter") && verdict.contains("Mr Peter Shaw"), "both signatories: " + verdict);
        assertTrue(verdict.contains("The signature says: “Approved on behalf of"), "what each signature says of itself: " + verdict);
        assertAccessible("verify-genuine");

        Path notPdf = Files.writeString(Files.createTempFile("minutes", ".pdf"), "Minutes of the partnership meeting.");
        browser.chooseFile("#verification\\:file", notPdf);
        browser.clickAndWait("#verification\\:check");
        verdict = browser.find("#verdict").getText();
        assertTrue(verdict.startsWith("Not a valid PDF"), verdict);

        // Over the limit, the container could not even read the form: the page says why, beside the file field.
        Path tooLarge = Files.write(Files.createTempFile("scan", ".pdf"), new byte[11 * 1024 * 1024]);
        browser.chooseFile("#verification\\:file", tooLarge);
        browser.clickAndWait("#verification\\:check");
        assertEquals("/verify.xhtml?upload=tooLarge", browser.currentPath());
        String field = browser.fieldText("verification:file");
        assertTrue(field.contains("The file is larger than 10 MB, so it is not checked"), browser.text());
        assertTrue(browser.driver().findElements(By.id("verdict")).isEmpty(), "no verdict on a file never read");
        assertAccessible("verify-too-large");
    }

    /** The document as the signed-in browser would download it (its session cookie). */
    private byte[] download(String url) throws Exception {
        String session = browser.driver().manage().getCookieNamed("CONCORDAT_SESSION").getValue();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Cookie", "CONCORDAT_SESSION=" + session).build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        // The seeded approvals are signed just after start-up, by the signing worker: 202 (Signing…) until then.
        for (int i = 0; i < 60 && response.statusCode() == 202; i++) {
            Thread.sleep(1000);
            response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
        assertEquals(200, response.statusCode());
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        return response.body();
    }
}
