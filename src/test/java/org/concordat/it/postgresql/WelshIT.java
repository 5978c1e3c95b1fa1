package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.concordat.it.support.Database;
import org.concordat.it.support.Deployments;
import org.concordat.it.support.Partnership;
import org.concordat.it.support.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 23, Welsh, against the real server and PostgreSQL: a choice made with the switch is saved and is the language
 * of the next sign-in, with no cookie; an e-mail to a Welsh reader is in Welsh; the API answers in Welsh only when
 * asked to (Accept-Language: cy); the PDF of an agreement whose lead organisation chose Welsh has Welsh headings and
 * says it is Welsh (/Lang cy). One partnership for all of it (built once), so that the class stays quick.
 */
@ExtendWith(ArquillianExtension.class)
class WelshIT {

    static GreenMail smtp;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @ArquillianResource
    URL base;

    static Partnership partnership;
    static long council;
    static long school;
    static Partnership.Member lead;
    static Partnership.Member signatory;

    @BeforeAll
    static void mailServer() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    /** The council (which will lead, in Welsh) and the school (whose signatory reads Welsh), once. */
    void partnership() throws Exception {
        if (partnership != null) {
            return;
        }
        partnership = Partnership.asAdministrator(base.toURI());
        council = partnership.createOrganisation(Partnership.unique("Cyngor Sir"), "LOCAL_AUTHORITY", true)
                .getJsonNumber("id").longValue();
        school = partnership.createOrganisation(Partnership.unique("Ysgol Gynradd"), "EDUCATION", true)
                .getJsonNumber("id").longValue();
        lead = partnership.createMember(council, "IG_LEAD");
        signatory = partnership.createMember(school, "SIGNATORY");
    }

    @Test
    void theSwitchSavesTheChoiceAndTheNextSignInIsInWelsh() throws Exception {
        partnership();
        WebSession.Page switched = signatory.web().get("/language?to=cy&back=%2Fapp%2Fhome.xhtml");
        assertEquals(302, switched.status());
        assertTrue(switched.location().orElseThrow().endsWith("/app/home.xhtml"), switched.location().toString());
        assertEquals("cy", Database.single("select language from app_user where id = ?", signatory.id()));

        // Another device: no cookie, only the saved choice.
        WebSession elsewhere = new WebSession(base.toURI());
        assertEquals(Optional.empty(), elsewhere.cookie("concordat-language"));
        elsewhere.signIn(signatory.email(), Partnership.MEMBER_PASSWORD);
        WebSession.Page home = elsewhere.open("/app/home.xhtml");
        assertEquals(200, home.status());
        assertTrue(home.contains("<html lang=\"cy\""), "the page says it is Welsh");
        assertTrue(home.contains(web("nav.inbox", "cy")), "the menu is Welsh: " + web("nav.inbox", "cy"));
        assertTrue(home.contains("hreflang=\"en\""), "and offers English");
        assertTrue(elsewhere.open("/app/account.xhtml").contains("id=\"accountLanguage\">" + web("language.cy", "cy") + "<"),
                "the account page shows the choice");

        // Someone who never chose reads English, whatever their browser.
        WebSession.Page english = lead.web().open("/app/home.xhtml");
        assertTrue(english.contains("<html lang=\"en-GB\""));
        assertTrue(english.contains("hreflang=\"cy\" lang=\"cy\""), "Cymraeg is offered, marked as Welsh");
    }

    @Test
    void aWelshLeadsAgreementIsRenderedInWelshAndItsWelshSignatoryIsToldInWelsh() throws Exception {
        partnership();
        signatory.web().get("/language?to=cy&back=%2F");
        lead.web().open("/app/organisation.xhtml?id=" + council);
        WebSession.Page saved = lead.web().submit("/app/organisation.xhtml?id=" + council, "documentLanguageForm",
                Map.of("language", List.of("cy")), "saveDocumentLanguage");
        assertTrue(saved.status() < 400, "saved: " + saved.status());
        assertEquals("cy", Database.single("select document_language from organisation where id = ?", council));

        JsonObject submitted = partnership.submittedAgreement(lead, school, "Presenoldeb ysgol", "2026-04-01");
        long version = submitted.getJsonNumber("versionId").longValue();

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        base.toURI().resolve("api/v1/agreements/versions/" + version + "/document.pdf"))
                .header("Authorization", "Bearer " + lead.token()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertEquals("cy", document.getDocumentCatalog().getLanguage());
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            String heading = bundle("org.concordat.document.document-text", "cy").getString("part.flows");
            assertNotEquals(bundle("org.concordat.document.document-text", "en").getString("part.flows"), heading);
            assertTrue(text.contains(heading), "Welsh heading " + heading);
            // The template's and the law's words too (templates/dsa/*.cy.yaml, templates/legal/welsh.yaml): the
            // document's kind, and the flow's lawful basis; the attached JSON keeps the catalogue's code.
            assertTrue(text.contains("Cytundeb rhannu data"), "the template's title in Welsh");
            assertTrue(text.contains("Tasg gyhoeddus"), "Article 6(1)(e) by its Welsh title");
            assertTrue(!text.contains("Public task"), "not its English title");
        }

        // The school's signatory chose Welsh: asked to approve in Welsh, in the inbox and by e-mail.
        String reference = submitted.getString("reference");
        ResourceBundle welsh = bundle("org.concordat.notification.notification-text", "cy");
        String subject = new MessageFormat(welsh.getString("submitted.subject"), Locale.forLanguageTag("cy"))
                .format(new Object[] {reference, "Presenoldeb ysgol", "1"});
        assertNotEquals(bundle("org.concordat.notification.notification-text", "en").getString("submitted.subject"),
                welsh.getString("submitted.subject"));
        MimeMessage mail = mailTo(signatory.email());
        assertEquals(subject, mail.getSubject());
        assertEquals(subject, signatory.api().get("/api/v1/notifications").array().getJsonObject(0).getString("subject"));
    }

    @Test
    void theApiAnswersInWelshOnlyWhenAskedTo() throws Exception {
        partnership();
        String english = bundle("org.concordat.shared.shared-messages", "en").getString("shared.ProblemMapper.notFound");
        String welsh = bundle("org.concordat.shared.shared-messages", "cy").getString("shared.ProblemMapper.notFound");
        assertNotEquals(english, welsh);
        // The signatory chose Welsh for pages; the API follows the request, not the person.
        assertEquals(new MessageFormat(english).format(new Object[0]), problemTitle(null));
        assertEquals(new MessageFormat(welsh).format(new Object[0]), problemTitle("cy"));
        assertEquals(new MessageFormat(welsh).format(new Object[0]), problemTitle("cy-GB, en;q=0.5"));
        assertEquals(new MessageFormat(english).format(new Object[0]), problemTitle("en-GB, cy;q=0.5"));
    }

    /** Bean Validation's messages too: ValidationMessages_cy, for a request that asks for Welsh. */
    @Test
    void fieldMessagesAreInWelshWhenAskedFor() throws Exception {
        partnership();
        long version = lead.api().get("/api/v1/organisations/" + council).json().getJsonNumber("version").longValue();
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        base.toURI().resolve("api/v1/organisations/" + council))
                .header("Authorization", "Bearer " + lead.token()).header("Content-Type", "application/json")
                .header("Accept-Language", "cy").PUT(HttpRequest.BodyPublishers.ofString("{\"version\":" + version
                        + ",\"name\":\" \",\"sector\":\"LOCAL_AUTHORITY\",\"publicAuthority\":true,\"competentAuthority\":false}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, refused.statusCode(), refused.body());
        String welsh = bundle("ValidationMessages", "cy").getString("organisation.name.required");
        assertNotEquals(bundle("ValidationMessages", "en").getString("organisation.name.required"), welsh);
        assertTrue(refused.body().contains(welsh), refused.statusCode() + " " + refused.body());
    }

    private String problemTitle(String acceptLanguage) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve("api/v1/agreements/versions/987654321"))
                .header("Authorization", "Bearer " + signatory.token()).header("Accept", "application/json");
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode(), response.body());
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getString("title");
        }
    }

    /** A bundle as the server reads it: its own language over English, never the test machine's locale. */
    static ResourceBundle bundle(String name, String language) {
        return ResourceBundle.getBundle(name, language.equals("en") ? Locale.ROOT : Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** A page's words (messages.properties), as the page writes them: no MessageFormat there. */
    static String web(String key, String language) {
        return bundle("org.concordat.web.messages", language).getString(key);
    }

    private static MimeMessage mailTo(String email) throws Exception {
        for (int expected = 1; smtp.waitForIncomingEmail(15_000, expected); expected++) {
            Optional<MimeMessage> mine = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
                try {
                    return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(email));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).findFirst();
            if (mine.isPresent()) {
                return mine.get();
            }
        }
        throw new AssertionError("no e-mail to " + email);
    }
}
