package org.concordat.it.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concordat.it.support.BrowserJourney;
import org.concordat.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The council's IG lead brings in an agreement signed on paper with the academy (issue 20, part 3): downloads the
 * workbook template, fills it in with one mistake, uploads it with the signed PDF, reads the row and column to fix,
 * fixes it, checks what will be created and creates it; the agreement page says "Imported — confirmed by 1 of 2
 * parties"; the academy's IG lead confirms it. Every page passes axe-core.
 */
@ExtendWith(ArquillianExtension.class)
class ImportJourneyIT extends BrowserJourney {

    static final byte[] PDF = ("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.ISO_8859_1);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @Test
    void anIgLeadBringsInAnAgreementSignedOnPaperAndThePartnerConfirmsIt() throws Exception {
        signIn("iglead@council.northshire.example");
        browser.clickAndWait("a[href='/app/agreements.xhtml']");
        browser.clickAndWait("#importAgreement");
        assertEquals("Bring in an existing agreement", browser.find("h1").getText());
        assertAccessible("agreement-import");

        byte[] template = download(browser.find("#templateXlsx").getAttribute("href"));
        Map<String, String> flow = new LinkedHashMap<>();
        flow.put("From organisation", "Northshire Academy");
        flow.put("To organisation", "Northshire County Council");
        flow.put("Data subjects", "Child");
        flow.put("Data categories", "Identifiers and contact details; Education");
        flow.put("Purpose", "Child in need");
        flow.put("Transfer method", "Secure email");
        flow.put("Retention at the recipient", "Until the child is 25");
        flow.put("Article 6 lawful bases", "Public task");
        flow.put("Statutory gateways", "CA1989-S17; CA2004-S11");
        flow.put("Common law confidentiality", "Overriding public interest");
        Map<String, String> agreement = new LinkedHashMap<>();
        agreement.put("Your reference", "NSCP/2024/031");
        agreement.put("Title", "School attendance: Northshire Academy and the council");
        agreement.put("Lead organisation", "Northshire County Council");
        agreement.put("In force from", "01/09/2025");
        agreement.put("Review date", "01/09/2026");
        Path signed = Files.write(Files.createTempFile("attendance-signed", ".pdf"), PDF);

        // One mistake: a data category the catalogue does not have.
        Map<String, String> wrong = new LinkedHashMap<>(flow);
        wrong.put("Data categories", "Identifiers and contact details; Shoe size");
        Path withMistake = Files.write(Files.createTempFile("attendance", ".xlsx"), filled(template, agreement, List.of(flow, wrong)));
        browser.chooseFile("#import\\:sheet", withMistake);
        browser.chooseFile("#import\\:document", signed);
        browser.clickAndWait("#import\\:check");
        assertTrue(browser.find("#errorSummary").getText().contains("The file has 1 problem to fix"), browser.text());
        String problem = browser.find("#problemTable tbody tr").getText();
        assertTrue(problem.contains("Flows") && problem.contains("3") && problem.contains("Data categories")
                && problem.contains("\"Shoe size\" is not one of the choices"), problem);
        assertAccessible("agreement-import-errors");

        // Fixed: every row passes, and the page says what will be created.
        Path fixed = Files.write(Files.createTempFile("attendance", ".xlsx"), filled(template, agreement, List.of(flow)));
        browser.chooseFile("#import\\:sheet", fixed);
        browser.chooseFile("#import\\:document", signed);
        browser.clickAndWait("#import\\:check");
        String summary = browser.find("#summary").getText();
        assertTrue(summary.contains("School attendance: Northshire Academy and the council") && summary.contains("NSCP/2024/031")
                && summary.contains("Northshire Academy"), summary);
        assertTrue(browser.find("#plannedFlows").getText().contains("Child in need"), browser.text());
        assertAccessible("agreement-import-check");

        browser.clickAndWait("#create\\:importAgreement");
        assertTrue(browser.text().contains("brought in"), browser.text());
        assertTrue(browser.find("#importStatusHeading").getText().contains("Imported \u2014 confirmed by 1 of 2 parties"),
                browser.find("#importStatus").getText());
        assertTrue(browser.find("#importRule").getText().contains("do not count"), browser.text());
        assertEquals("Signed PDF (signed outside Concordat)", browser.find("#importedPdfLink").getText());
        assertAccessible("agreement-imported");
        String page = browser.currentPath();

        // The academy's IG lead confirms it is the agreement they signed.
        signOut();
        signIn("iglead@academy.northshire.example");
        browser.open(page);
        browser.clickAndWait("#importConfirmation\\:confirmImport");
        assertTrue(browser.find("#importStatusHeading").getText().contains("confirmed by 2 of 2 parties"), browser.text());
        assertTrue(browser.find("#importRule").getText().contains("route checks count it"), browser.text());
        assertAccessible("agreement-imported-confirmed");
    }

    /** The template filled in as a person would in Excel: the agreement on row 2, one flow per row. */
    static byte[] filled(byte[] template, Map<String, String> agreement, List<Map<String, String>> flows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(book.getSheet("Agreement"), List.of(agreement));
            fill(book.getSheet("Flows"), flows);
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(XSSFSheet sheet, List<Map<String, String>> rows) {
        List<String> headings = new ArrayList<>();
        sheet.getRow(0).forEach(c -> headings.add(c.getStringCellValue()));
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            rows.get(r).forEach((heading, value) -> row.createCell(headings.indexOf(heading)).setCellValue(value));
        }
    }

    /** The template as the signed-in browser downloads it (its session cookie). */
    private byte[] download(String url) throws Exception {
        String session = browser.driver().manage().getCookieNamed("CONCORDAT_SESSION").getValue();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "CONCORDAT_SESSION=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                response.headers().firstValue("Content-Type").orElse(""));
        return response.body();
    }
}
