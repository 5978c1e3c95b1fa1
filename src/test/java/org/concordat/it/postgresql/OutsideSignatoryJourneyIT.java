package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concordat.it.support.Browser;
import org.concordat.it.support.Database;
import org.concordat.it.support.Deployments;
import org.concordat.it.support.Partnership;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole journey of a signatory outside Concordat, in the browser: the council's IG lead names the academy's head
 * (a wrong address first, refused beside the field), submits; the head reads the link in their e-mail (GreenMail),
 * gets a code by e-mail, enters it, reads the agreement and approves it. Every page passes axe-core.
 */
@ExtendWith(ArquillianExtension.class)
class OutsideSignatoryJourneyIT {

    private static final Pattern LINK = Pattern.compile("(/signatory/open\\.xhtml\\?t=[A-Za-z0-9_-]{43})");
    private static final Pattern CODE = Pattern.compile(" is (\\d{6})\\.");

    static GreenMail smtp;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @ArquillianResource
    URL base;

    Browser browser;

    @BeforeAll
    static void mailServer() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    private void assertAccessible(String page) {
        String violations = browser.seriousAccessibilityViolations();
        browser.screenshot(page);
        assertTrue(violations.isEmpty(), "Accessibility violations on " + page + ":\n" + violations);
    }

    private static String fromMail(String email, int n, Pattern pattern) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        List<MimeMessage> mine;
        do {
            mine = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
                try {
                    return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(email));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            if (mine.size() < n) {
                Thread.sleep(100);
            }
        } while (mine.size() < n && System.currentTimeMillis() < deadline);
        assertTrue(mine.size() >= n, "mail number " + n + " to " + email);
        String body = mine.get(n - 1).getContent().toString();
        Matcher m = pattern.matcher(body);
        assertTrue(m.find(), body);
        return m.group(1);
    }

    @Test
    void aSignatoryWithoutAnAccountReadsTheAgreementAndApprovesIt() throws Exception {
        Partnership partnership = Partnership.asAdministrator(base.toURI());
        long council = partnership.createOrganisation(Partnership.unique("Journey Council"), "LOCAL_AUTHORITY", true)
                .getJsonNumber("id").longValue();
        String academy = Partnership.unique("Journey Academy");
        long school = partnership.createOrganisation(academy, "EDUCATION", true).getJsonNumber("id").longValue();
        Partnership.Member lead = partnership.createMember(council, "IG_LEAD");
        Partnership.Member councilSignatory = partnership.createMember(council, "SIGNATORY");
        String head = "head-" + UUID.randomUUID().toString().substring(0, 8) + "@academy.example";

        long template = lead.api().get("/api/v1/templates").array().stream().map(t -> t.asJsonObject())
                .filter(t -> t.getBoolean("builtIn") && t.getString("kind").equals("DSA")).findFirst().orElseThrow()
                .getJsonArray("versions").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject draft = lead.api().post("/api/v1/agreements", Json.createObjectBuilder().add("templateVersionId", template)
                .add("title", "Attendance and welfare").add("effectiveDate", "2026-04-01").add("reviewDate", "2027-04-01")
                .add("parties", Json.createArrayBuilder().add(Json.createObjectBuilder().add("organisationId", school)
                        .add("role", "CONTROLLER"))).build()).json();
        long versionId = draft.getJsonNumber("versionId").longValue();
        lead.api().post("/api/v1/agreements/versions/" + versionId + "/flows",
                Json.createObjectBuilder().add("lockVersion", draft.getJsonNumber("lockVersion").longValue()).add("flow",
                        Json.createObjectBuilder().add("sender", "P2").add("recipient", "P1")
                                .add("dataSubjects", Json.createArrayBuilder().add("CHILD"))
                                .add("dataCategories", Json.createArrayBuilder().add("EDUCATION_DATA"))
                                .add("purpose", "CHILD_IN_NEED").add("transferMethod", "SECURE_EMAIL")
                                .add("retention", "Until the child is 25").add("regime", "GENERAL")
                                .add("lawfulBases", Json.createArrayBuilder().add("A6-1-e"))
                                .add("statutoryGateways", Json.createArrayBuilder().add("CA1989-S17"))
                                .add("confidentialityBasis", "CL-PUBLIC-INTEREST")).build());

        browser = new Browser(base.toString());
        browser.open("/login.xhtml");
        browser.type("#login\\:email", lead.email());
        browser.type("#login\\:password", Partnership.MEMBER_PASSWORD);
        browser.clickAndWait("#login\\:signIn");
        browser.open("/app/agreement.xhtml?id=" + versionId + "&part=parties");
        assertTrue(browser.text().contains("Signatories outside Concordat"), browser.text());
        browser.choose("#outsideSignatory\\:signatoryParty", "P2 · " + academy);
        browser.type("#outsideSignatory\\:signatoryName", "Dana Reed");
        browser.type("#outsideSignatory\\:signatoryRole", "Head teacher");
        browser.type("#outsideSignatory\\:signatoryEmail", "dana at academy");
        browser.clickAndWait("#outsideSignatory\\:saveSignatory");
        assertTrue(browser.fieldText("outsideSignatory:signatoryEmail").contains("Enter an e-mail address in the correct format"),
                browser.text());
        assertAccessible("outside-signatory-1-name-refused");
        browser.type("#outsideSignatory\\:signatoryEmail", head);
        browser.clickAndWait("#outsideSignatory\\:saveSignatory");
        assertTrue(browser.text().contains("Dana Reed is named."), browser.text());
        assertTrue(browser.text().contains("Sent when submitted"), browser.text());
        assertAccessible("outside-signatory-2-named");
        browser.clickAndWait("#tasks a[href*='part=submit']");
        browser.clickAndWait("#submission\\:submit");
        assertTrue(browser.text().contains("Sent, not yet opened with its code"), browser.text());
        browser.clickAndWait("#signOutForm\\:signOut");

        String link = fromMail(head, 1, LINK);
        browser.open(link);
        assertEquals("/signatory/open.xhtml", browser.currentPath());
        assertFalse(browser.text().contains("Attendance and welfare"), "nothing of the agreement before the code");
        assertAccessible("outside-signatory-3-open");
        browser.clickAndWait("#signatoryOpen\\:sendCode");
        assertEquals("/signatory/code.xhtml", browser.currentPath());
        assertFalse(browser.text().contains("Attendance and welfare"), "nothing of the agreement before the code");
        assertAccessible("outside-signatory-4-code");
        browser.type("#signatoryCode\\:code", "12345");
        browser.clickAndWait("#signatoryCode\\:enterCode");
        assertTrue(browser.fieldText("signatoryCode:code").contains("That code is not right"), browser.text());
        assertAccessible("outside-signatory-5-wrong-code");
        browser.type("#signatoryCode\\:code", fromMail(head, 2, CODE));
        browser.clickAndWait("#signatoryCode\\:enterCode");
        assertEquals("/signatory/agreement.xhtml", browser.currentPath());
        String page = browser.text();
        assertTrue(page.contains("Attendance and welfare"), page);
        assertTrue(page.contains("you are deciding on behalf of " + academy), page);
        assertAccessible("outside-signatory-6-agreement");

        assertEquals(201, councilSignatory.api().post("/api/v1/agreements/versions/" + versionId + "/decisions",
                Json.createObjectBuilder().add("decision", "APPROVED").build()).status());
        browser.driver().findElements(org.openqa.selenium.By.cssSelector("#decision input[type=radio]")).stream()
                .filter(r -> "APPROVED".equals(r.getAttribute("value"))).findFirst().orElseThrow().click();
        browser.clickAndWait("#decision\\:decide");
        assertTrue(browser.text().contains("Your approval was recorded."), browser.text());
        assertAccessible("outside-signatory-7-approved");
        assertEquals("APPROVED", Database.single("select status from agreement_version where id = ?", versionId));

        browser.open(link);
        assertTrue(browser.text().contains("no longer applies") || browser.text().contains("withdrawn"), browser.text());
        assertAccessible("outside-signatory-8-link-spent");
    }
}
