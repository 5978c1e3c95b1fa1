package org.concordat.it.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.concordat.it.support.BrowserJourney;
import org.concordat.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The council's IG lead starts a draft, downloads it as Word for comment, and — when a partner sends the file back
 * with a paragraph rewritten and one added — uploads it and reads the changes beside the draft's text. A file that is
 * not a Word document, and one too large even to read, are refused beside the field, through the error summary. Every
 * page passes axe-core.
 */
@ExtendWith(ArquillianExtension.class)
class WordCommentJourneyIT extends BrowserJourney {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String PURPOSE = "Support and protect children in need in Northshire.";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @Test
    void anIgLeadSendsADraftForCommentAndReadsThePartnersChangesBesideIt() throws Exception {
        signIn("iglead@council.northshire.example");
        browser.clickAndWait("a[href='/app/agreements.xhtml']");
        browser.clickAndWait("#startAgreement");
        browser.type("#form\\:title", "Early help: council and school (for comment)");
        browser.type("#form\\:purpose", PURPOSE);
        browser.type("#form\\:effectiveDate", "1/4/2026");
        browser.driver().findElements(By.tagName("label")).stream()
                .filter(l -> l.getText().trim().equals("Riverside Primary School")).findFirst().orElseThrow().click();
        browser.clickAndWait("#form\\:create");
        assertTrue(browser.text().contains("was started"), browser.text());

        String link = browser.find("#wordLink").getAttribute("href");
        assertEquals("Download as Word (for comment)", browser.find("#wordLink").getText());
        byte[] draft = download(link);
        Path returned = Files.write(Files.createTempFile("partner", ".docx"), markedUp(draft));

        browser.clickAndWait("#compareCommentsLink");
        assertAccessible("agreement-comments");
        browser.chooseFile("#comparison\\:file", returned);
        browser.clickAndWait("#comparison\\:compare");
        String result = browser.find("#result").getText();
        assertTrue(result.contains("2 paragraphs differ"), result);
        String changed = browser.find("#differences tbody tr").getText();
        assertTrue(changed.contains("Changed") && changed.contains(PURPOSE)
                && changed.contains("Support children in need, and their families, in Northshire."), changed);
        assertTrue(result.contains("Added") && result.contains("The school will name a designated safeguarding lead."), result);
        assertTrue(result.contains("The file has no comments."), result);
        assertAccessible("agreement-comments-result");

        // Not a Word document: the reason, in the error summary and beside the field; no result.
        Path notDocx = Files.writeString(Files.createTempFile("minutes", ".docx"), "Minutes of the partnership meeting.");
        browser.chooseFile("#comparison\\:file", notDocx);
        browser.clickAndWait("#comparison\\:compare");
        assertTrue(browser.find("#errorSummary").getText().contains("This is not a Word document (.docx)"), browser.text());
        assertTrue(browser.fieldText("comparison:file").contains("This is not a Word document (.docx)"), browser.text());
        assertTrue(browser.driver().findElements(By.id("result")).isEmpty());
        assertAccessible("agreement-comments-not-docx");

        // Over the limit, the container could not even read the form: the page says why, beside the file field.
        Path tooLarge = Files.write(Files.createTempFile("scan", ".docx"), new byte[11 * 1024 * 1024]);
        browser.chooseFile("#comparison\\:file", tooLarge);
        browser.clickAndWait("#comparison\\:compare");
        assertTrue(browser.currentPath().contains("upload=tooLarge"), browser.currentPath());
        assertTrue(browser.fieldText("comparison:file").contains("The file is larger than 10 MB"), browser.text());
        assertAccessible("agreement-comments-too-large");
    }

    /** The partner rewrites the purpose and adds a paragraph after it, in Word. */
    static byte[] markedUp(byte[] docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFParagraph purpose = document.getParagraphs().stream().filter(p -> p.getText().equals(PURPOSE))
                    .findFirst().orElseThrow();
            purpose.getRuns().get(0).setText("Support children in need, and their families, in Northshire.", 0);
            XWPFParagraph next = document.getParagraphs().get(document.getParagraphs().indexOf(purpose) + 1);
            XWPFParagraph added = document.insertNewParagraph(next.getCTP().newCursor());
            added.createRun().setText("The school will name a designated safeguarding lead.");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        }
    }

    /** The file as the signed-in browser downloads it (its session cookie). */
    private byte[] download(String url) throws Exception {
        String session = browser.driver().manage().getCookieNamed("CONCORDAT_SESSION").getValue();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "CONCORDAT_SESSION=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals(DOCX, response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").contains("-draft-for-comment.docx"));
        return response.body();
    }
}
