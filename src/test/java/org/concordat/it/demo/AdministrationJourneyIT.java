package org.concordat.it.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.concordat.document.signing.infrastructure.TestCertificates;
import org.concordat.it.support.BrowserJourney;
import org.concordat.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The administrator's journey in a real browser: sign in, add an organisation and a user, see them listed, sign
 * out; a wrong password explained; an organisation's signing credential issued by Concordat, then a file that is not a
 * PKCS#12, a wrong password and an expired certificate refused beside the field, then the organisation's own PKCS#12
 * uploaded; the organisation's own IG lead finds the same section on their organisation's page. Every page visited
 * passes axe-core with no serious or critical violation.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationJourneyIT extends BrowserJourney {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @Test
    void wrongPasswordIsExplainedNextToTheForm() {
        browser.open("/login.xhtml");
        assertAccessible("sign-in");
        browser.type("#login\\:email", "admin@council.northshire.example");
        browser.type("#login\\:password", "not-the-password");
        browser.clickAndWait("#login\\:signIn");
        assertTrue(browser.text().contains("The email address or password is not right"), browser.text());
        assertAccessible("sign-in-failed");

        browser.type("#login\\:email", "");
        browser.clickAndWait("#login\\:signIn");
        assertTrue(browser.text().contains("Enter your email address."));
        assertAccessible("sign-in-empty");
    }

    @Test
    void administratorAddsAnOrganisationAndAUserThenSignsOut() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String organisation = "Westbrook Family Hub " + suffix;
        String email = "lead-" + suffix + "@westbrook.example";

        browser.open("/app/home.xhtml");
        assertTrue(browser.currentPath().startsWith("/login.xhtml"), "asked to sign in first");
        browser.type("#login\\:email", "admin@council.northshire.example");
        browser.type("#login\\:password", DEMO_PASSWORD);
        browser.clickAndWait("#login\\:signIn");
        assertTrue(browser.text().contains("Welcome, Alex Morgan"), browser.text());
        assertAccessible("home");

        browser.open("/app/organisations.xhtml");
        assertTrue(browser.text().contains("Northshire Police"));
        assertAccessible("organisations");
        browser.clickAndWait("#search\\:add");
        assertEquals("Add an organisation – Concordat", browser.title());
        assertAccessible("organisation-new");

        browser.type("#form\\:name", organisation);
        browser.type("#form\\:dpoEmail", "not-an-email");
        browser.type("#form\\:apdDate", "31/02/2026");
        browser.clickAndWait("#form\\:save");
        String errors = browser.text();
        assertTrue(errors.contains("Choose the sector the organisation works in."), errors);
        assertTrue(errors.contains("Enter the DPO's email address in the form name@example.org."), errors);
        assertTrue(browser.find("#form\\:dpoEmail").getAttribute("value").equals("not-an-email"), "what was typed stays");
        assertTrue(errors.contains("Enter a real date as day/month/year, for example 1/4/2026."), errors);
        assertAccessible("organisation-errors");

        browser.choose("#form\\:sector", "Voluntary or community");
        browser.type("#form\\:dpoEmail", "dpo@westbrook.example");
        browser.type("#form\\:apdDate", "1/4/2026");
        browser.clickAndWait("#form\\:save");
        assertTrue(browser.text().contains("The organisation " + organisation + " was saved."), browser.text());
        assertTrue(browser.text().contains(organisation));

        browser.open("/admin/users.xhtml");
        assertAccessible("users");
        browser.clickAndWait("#search\\:add");
        assertAccessible("user-new");
        browser.type("#form\\:fullName", "Robin Ash");
        browser.type("#form\\:email", email);
        browser.choose("#form\\:organisationId", organisation);
        browser.driver().findElement(By.cssSelector("input[value='IG_LEAD']")).click();
        browser.driver().findElement(By.cssSelector("input[value='SIGNATORY']")).click();
        browser.clickAndWait("#form\\:save");
        assertTrue(browser.text().contains("The user Robin Ash was added."), browser.text());
        String oneTimePassword = browser.find("#oneTimePassword").getText();
        assertEquals(23, oneTimePassword.length(), oneTimePassword);
        browser.screenshot("user-created");

        // The list is read a page at a time, by name: the new user is found by the search, kept in the address.
        browser.open("/admin/users.xhtml");
        browser.type("#search\\:q", "Robin");
        browser.clickAndWait("#search\\:go");
        assertTrue(browser.currentPath().contains("q=Robin"), browser.currentPath());
        assertTrue(browser.text().contains("Robin Ash"));
        assertTrue(browser.text().contains(email));
        assertTrue(browser.textOf("#count").startsWith("Showing 1 to 1 of 1"), browser.textOf("#count"));

        browser.open("/admin/audit.xhtml");
        assertTrue(browser.text().contains("User " + email + " added"));
        assertAccessible("audit");

        browser.open("/app/account.xhtml");
        assertAccessible("account");

        signOut();
        assertTrue(browser.text().contains("You have signed out."));
        browser.open("/admin/users.xhtml");
        assertTrue(browser.currentPath().startsWith("/login.xhtml"), "signed out means signed out");
        assertFalse(browser.text().contains("Robin Ash"));
    }

    @Test
    void administratorHasACredentialIssuedThenUploadsTheOrganisationsOwn() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String organisation = "Eastgate Family Centre " + suffix;
        signIn("admin@council.northshire.example");
        browser.open("/app/organisation.xhtml");
        browser.type("#form\\:name", organisation);
        browser.choose("#form\\:sector", "Voluntary or community");
        browser.clickAndWait("#form\\:save");
        browser.follow(organisation);

        assertTrue(browser.find("#credentialNone").getText().contains("no signing credential yet"), browser.text());
        assertTrue(browser.text().contains("will issue one automatically when its signatory first approves an agreement"));
        String caLink = browser.find("#caCertificate").getAttribute("href");
        assertTrue(caLink.endsWith("/api/v1/signing-authority/certificate.pem"), caLink);
        HttpResponse<String> pem = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(caLink)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, pem.statusCode());
        assertTrue(pem.body().startsWith("-----BEGIN CERTIFICATE-----"), pem.body());
        assertAccessible("credential-none");

        browser.find("#issueSummary").click();
        assertTrue(browser.find("#credentialIssue").getText().contains("valid for three years"));
        browser.clickAndWait("#credentialIssue\\:issue");
        String issued = browser.find("#credentialFingerprint").getText();
        assertTrue(issued.matches("[0-9a-f]{64}"), issued);
        assertTrue(browser.text().contains("Concordat issued a new signing credential. Its SHA-256 fingerprint is " + issued),
                browser.text());
        assertEquals("Issued by Concordat's certification authority", browser.find("#credentialSource").getText());
        assertTrue(browser.find("#credentialDetails").getText().contains(organisation));
        assertTrue(browser.find("#credentialDetails").getText().contains("by admin@council.northshire.example"));
        assertAccessible("credential-issued");

        browser.find("#issueSummary").click();
        assertTrue(browser.find("#credentialIssue").getText().contains("It replaces the active credential at once"));
        assertAccessible("credential-issue-confirm");
        browser.clickAndWait("#credentialIssue\\:issue");
        String reissued = browser.find("#credentialFingerprint").getText();
        assertFalse(reissued.equals(issued), "a new certificate replaces the active one");

        browser.clickAndWait("#credentialUpload\\:upload");
        assertTrue(browser.fieldText("credentialUpload:file").contains("Choose the PKCS#12 file (.p12 or .pfx) to upload."),
                browser.text());

        Path notPkcs12 = Files.writeString(Files.createTempFile("not-a-credential", ".p12"), "Not a PKCS#12 file at all.");
        browser.chooseFile("#credentialUpload\\:file", notPkcs12);
        browser.type("#credentialUpload\\:password", "a-password");
        browser.clickAndWait("#credentialUpload\\:upload");
        assertTrue(browser.fieldText("credentialUpload:file").contains("This is not a PKCS#12 file (.p12 or .pfx), or it is damaged."),
                browser.text());
        assertEquals(reissued, browser.find("#credentialFingerprint").getText(), "nothing changed");
        assertEquals("", browser.find("#credentialUpload\\:password").getAttribute("value"), "the password is not sent back");
        assertAccessible("credential-not-pkcs12");

        // Over the upload limit: back on this organisation's page, with the reason beside the file field.
        String page = browser.currentPath();
        Path tooLarge = Files.write(Files.createTempFile("archive", ".p12"), new byte[11 * 1024 * 1024]);
        browser.chooseFile("#credentialUpload\\:file", tooLarge);
        browser.clickAndWait("#credentialUpload\\:upload");
        assertTrue(browser.currentPath().matches("/app/organisation\\.xhtml\\?id=\\d+&upload=tooLarge"),
                browser.currentPath() + " after " + page);
        assertTrue(browser.fieldText("credentialUpload:file").contains("The file is larger than 256 KB"), browser.text());
        assertEquals(reissued, browser.find("#credentialFingerprint").getText(), "the same organisation, nothing changed");

        Instant now = Instant.now();
        TestCertificates.Issued root = TestCertificates.root("Eastgate Root CA " + suffix, now.minus(Duration.ofDays(30)),
                now.plus(Duration.ofDays(3650)));
        TestCertificates.Issued expired = TestCertificates.leaf(root, "Eastgate signing " + suffix,
                now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(35)), KeyUsage.digitalSignature);
        Path expiredFile = Files.write(Files.createTempFile("expired", ".p12"), TestCertificates.pkcs12(
                expired.keys().getPrivate(), List.of(expired.certificate(), root.certificate()), "eastgate-p12"));
        browser.chooseFile("#credentialUpload\\:file", expiredFile);
        browser.type("#credentialUpload\\:password", "not-the-password");
        browser.clickAndWait("#credentialUpload\\:upload");
        assertTrue(browser.fieldText("credentialUpload:password").contains("This password does not open the file."), browser.text());
        browser.chooseFile("#credentialUpload\\:file", expiredFile);
        browser.type("#credentialUpload\\:password", "eastgate-p12");
        browser.clickAndWait("#credentialUpload\\:upload");
        assertTrue(browser.fieldText("credentialUpload:file").contains("The certificate expired on"), browser.text());
        assertEquals(reissued, browser.find("#credentialFingerprint").getText(), "nothing changed");
        assertAccessible("credential-expired");

        TestCertificates.Issued leaf = TestCertificates.leaf(root, "Eastgate signing " + suffix,
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(700)), KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
        Path own = Files.write(Files.createTempFile("eastgate", ".p12"), TestCertificates.pkcs12(
                leaf.keys().getPrivate(), List.of(leaf.certificate(), root.certificate()), "eastgate-p12"));
        browser.chooseFile("#credentialUpload\\:file", own);
        browser.type("#credentialUpload\\:password", "eastgate-p12");
        browser.clickAndWait("#credentialUpload\\:upload");
        String fingerprint = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(leaf.certificate().getEncoded()));
        assertTrue(browser.text().contains("The uploaded credential is now active. Its SHA-256 fingerprint is " + fingerprint),
                browser.text());
        assertEquals(fingerprint, browser.find("#credentialFingerprint").getText());
        assertEquals("Uploaded by the organisation (PKCS#12)", browser.find("#credentialSource").getText());
        assertTrue(browser.find("#credentialDetails").getText().contains("Eastgate Root CA " + suffix));
        assertFalse(browser.driver().getPageSource().contains("eastgate-p12"), "the password never reaches the page");
        assertAccessible("credential-uploaded");
        for (Path file : List.of(notPkcs12, expiredFile, own)) {
            Files.delete(file);
        }

        // The organisation's own IG lead may manage its credential too, from the card on their home page.
        signOut();
        signIn("iglead@brightstart.example");
        browser.follow("Brightstart Children's Charity");
        assertEquals("Signing credential", browser.find("#credentialHeading").getText());
        assertTrue(browser.find("#credentialUpload\\:upload").isDisplayed());
        assertAccessible("credential-ig-lead");
    }
}
