package org.concordat.document.render.infrastructure;

import static org.concordat.document.render.infrastructure.PdfText.flat;
import static org.concordat.document.render.infrastructure.PdfText.pages;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.concordat.document.render.domain.DocumentModel;
import org.concordat.document.render.domain.DocumentModel.Answer;
import org.concordat.document.render.domain.DocumentModel.Section;
import org.concordat.document.render.domain.SectionText;
import org.concordat.shared.domain.Language;
import org.concordat.shared.domain.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Renders a realistic agreement (three parties, 100 flows with long text) and a draft, checks them with PDFBox,
 * veraPDF and qpdf, and leaves them in target/pdf-samples/ for people to look at.
 */
class PdfBoxRendererTest {

    static final Path SAMPLES = Path.of("target", "pdf-samples");
    static final ResourceBundle WORDS = Messages.bundle("org.concordat.document.document-text", Language.ENGLISH);

    static final PdfBoxRenderer renderer = new PdfBoxRenderer();
    static DocumentModel large;
    static DocumentModel draft;
    static byte[] largePdf;
    static byte[] draftPdf;

    @BeforeAll
    static void render() throws IOException {
        large = SampleDocuments.agreement(100, false);
        draft = SampleDocuments.agreement(3, true);
        largePdf = renderer.render(large);
        draftPdf = renderer.render(draft);
        Files.createDirectories(SAMPLES);
        Files.write(SAMPLES.resolve("dsa-100-flows.pdf"), largePdf);
        Files.write(SAMPLES.resolve("dsa-draft.pdf"), draftPdf);
        // Warm, as a server renders: the median of a few runs.
        long[] millis = new long[7];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            renderer.render(large);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.println("event=pdf_render flows=100 pages=" + pages(largePdf).size() + " bytes=" + largePdf.length
                + " median_ms=" + millis[millis.length / 2]);
    }

    @Test
    void everyPageHasTheFooterWithPageXOfY() throws IOException {
        List<String> pages = pages(largePdf);
        int n = pages.size();
        assertTrue(n > 10, "100 flows with long text take many pages, got " + n);
        assertTrue(pages.get(0).contains("Page 1 of " + n), pages.get(0));
        assertTrue(pages.get(n - 1).contains("Page " + n + " of " + n), pages.get(n - 1));
        for (int i = 0; i < n; i++) {
            String footer = large.reference() + " \u00b7 Version " + large.versionNumber() + " \u00b7 Page " + (i + 1) + " of " + n;
            assertTrue(pages.get(i).contains(footer), "page " + (i + 1) + " has no footer '" + footer + "'");
        }
    }

    @Test
    void theFlowTableHeaderIsRepeatedOnEveryPageWithFlowRows() throws IOException {
        List<String> pages = pages(largePdf);
        List<String> header = Stream.of("flows.route", "flows.subjects", "flows.data", "flows.transfer")
                .map(WORDS::getString).toList();
        int pagesWithRows = 0;
        for (String page : pages) {
            String flat = flat(page);
            boolean rows = large.flows().stream().anyMatch(f -> flat.contains(flat(f.retention())));
            if (rows) {
                pagesWithRows++;
                header.forEach(h -> assertTrue(flat.contains(h), "a page of flows lacks the header '" + h + "': " + page));
            }
        }
        assertTrue(pagesWithRows > 1, "the flows table spans pages, but rows were found on " + pagesWithRows);
        // The lawful basis table repeats its header too, on every page that shows a flow's provisions.
        String basisHeader = WORDS.getString("basis.meaning");
        int basisPages = 0;
        for (String page : pages) {
            String flat = flat(page);
            if (large.annex().stream().anyMatch(p -> flat.contains(flat(p.summary())))) {
                basisPages++;
                assertTrue(flat.contains(basisHeader), "a page of lawful bases lacks its header: " + page);
            }
        }
        assertTrue(basisPages > 1, "the lawful basis table spans pages, but was found on " + basisPages);
    }

    @Test
    void everyFlowRowIsShownInFull() throws IOException {
        String text = flat(String.join(" ", pages(largePdf)));
        for (DocumentModel.Flow f : large.flows()) {
            assertTrue(text.contains(flat(f.retention())), f.key());
            // Notes that continue on a new page are read across it in the test of tall rows.
            if (f.notes() != null && !SampleDocuments.LONG_NOTES_FLOWS.contains(large.flows().indexOf(f) + 1)) {
                assertTrue(text.contains(flat(f.notes())), f.key() + " notes");
            }
        }
    }

    @Test
    void aRowTallerThanWhatIsLeftOfAPageContinuesOnTheNextWithNothingLost() throws IOException {
        List<String> pages = pages(largePdf);
        // Read across a page break as a person would: without the running header, footer and repeated table header.
        String tableHeader = flat(Stream.of("flows.key", "flows.route", "flows.subjects", "flows.data", "flows.purpose",
                "flows.transfer").map(WORDS::getString).collect(Collectors.joining(" ")));
        String running = flat(large.documentType() + " \u00b7 " + large.title());
        String footer = Pattern.quote(large.reference() + " \u00b7 Version 3 \u00b7 Page ") + "\\d+ of \\d+";
        int spanning = 0;
        for (int flow : SampleDocuments.LONG_NOTES_FLOWS) {
            String notes = flat(large.flows().get(flow - 1).notes());
            int start = indexOfPageWith(pages, notes.substring(0, notes.indexOf(':')), 0);
            int end = indexOfPageWith(pages, notes.substring(notes.lastIndexOf("Step ")), Math.max(start, 0));
            assertTrue(start >= 0 && end >= start, "the long notes of F" + flow + " are shown");
            // ... and the line that says which flow goes on, on each page after the first.
            String continued = MessageFormat.format(WORDS.getString("table.continued"), "F" + flow);
            String across = pages.subList(start, end + 1).stream().map(PdfText::flat)
                    .map(p -> p.replace(running, "").replace(tableHeader, "").replaceAll(footer, ""))
                    .collect(Collectors.joining(" "));
            assertEquals(end - start, count(across, continued), "each page F" + flow + " goes on to says so");
            assertTrue(flat(across.replace(continued, "")).contains(notes), "the notes of F" + flow + " read on, whole");
            spanning += end > start ? 1 : 0;
        }
        assertTrue(spanning > 0, "one of the two tall rows continues on a new page");
    }

    @Test
    void theContentsGiveThePageEachHeadingStartsOn() throws IOException {
        List<String> pages = pages(largePdf);
        String contents = flat(pages.get(1));
        List<String> headings = new ArrayList<>();
        large.sections().forEach(s -> headings.add(s.heading()));
        Stream.of("part.flows", "part.lawfulBasis", "part.annex", "part.signatures").map(WORDS::getString).forEach(headings::add);
        for (String heading : headings) {
            Matcher entry = Pattern.compile(Pattern.quote(heading) + " (\\d+)").matcher(contents);
            assertTrue(entry.find(), "the contents list " + heading);
            int page = Integer.parseInt(entry.group(1));
            assertTrue(flat(pages.get(page - 1)).contains(heading), heading + " is on page " + page);
        }
    }

    @Test
    void everyAgreementsCoverSaysItIsNotALegalBasisForSharing() throws IOException {
        for (byte[] pdf : List.of(largePdf, draftPdf)) {
            String cover = flat(pages(pdf).get(0));
            assertTrue(cover.contains(flat(WORDS.getString("cover.notPermission"))), cover);
        }
        assertTrue(WORDS.getString("cover.notPermission").contains("not itself a legal basis for sharing"));
    }

    @Test
    void lawfulBasisTitlesSummariesAndCitationsAreExtractable() throws IOException {
        String text = flat(String.join(" ", pages(largePdf)));
        for (DocumentModel.Provision p : large.annex()) {
            assertTrue(text.contains(flat(p.title())), p.title());
            assertTrue(text.contains(flat(p.summary())), p.code() + " summary");
            assertTrue(text.contains(flat(p.citation())), p.citation());
        }
    }

    @Test
    void textIsInReadingOrder() throws IOException {
        String text = flat(String.join(" ", pages(largePdf)));
        List<String> inOrder = new ArrayList<>(List.of(large.title(), large.reference()));
        large.parties().forEach(p -> inOrder.add(p.organisation()));
        inOrder.add(WORDS.getString("document.contents"));
        large.sections().forEach(s -> inOrder.add(s.heading()));
        inOrder.add(WORDS.getString("part.flows"));
        inOrder.add(flat(large.flows().get(0).retention()));
        inOrder.add(flat(large.flows().get(99).retention()));
        inOrder.add(WORDS.getString("part.lawfulBasis"));
        inOrder.add(WORDS.getString("part.annex"));
        inOrder.add(WORDS.getString("part.signatures"));
        large.parties().forEach(p -> inOrder.add(flat(p.signatoryName())));
        // Each after the previous one (contents entries repeat headings, so search on from the last find).
        int at = 0;
        for (String expected : inOrder) {
            int found = text.indexOf(flat(expected), at);
            assertTrue(found >= 0, "'" + expected + "' is missing or out of order");
            at = found + 1;
        }
    }

    @Test
    void authorsTextKeepsItsParagraphsAndBulletsAndShowsMarkupAsText() throws IOException {
        String text = String.join("\n", pages(largePdf));
        assertTrue(flat(text).contains(SampleDocuments.SCRIPT), "the script tag is printed literally");
        assertTrue(flat(text).contains("<b>not bold</b>"));
        Answer contacts = large.sections().get(0).answers().get(2);
        for (SectionText.Block item : SectionText.blocks(contacts.text())) {
            assertTrue(item.bullet());
            assertTrue(text.contains("\u2022 " + item.text()) || text.contains("\u2022" + item.text()),
                    "bullet item '" + item.text() + "' is shown with its bullet");
        }
    }

    @Test
    void onlyDraftsCarryTheDraftMarkOnEveryPage() throws IOException {
        String mark = WORDS.getString("watermark") + " \u00b7 " + draft.reference();
        pages(draftPdf).forEach(page -> assertTrue(page.contains(mark), "a draft page lacks the mark: " + page));
        pages(largePdf).forEach(page -> assertFalse(page.contains(WORDS.getString("watermark")),
                "a submitted version shows the draft mark"));
    }

    @Test
    void theVersionJsonIsAttachedAsTheDocumentsData() throws IOException {
        for (Map.Entry<DocumentModel, byte[]> rendered : Map.of(large, largePdf, draft, draftPdf).entrySet()) {
            try (PDDocument pdf = Loader.loadPDF(rendered.getValue())) {
                Map<String, PDComplexFileSpecification> files = pdf.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
                assertEquals(1, files.size());
                PDComplexFileSpecification spec = files.values().iterator().next();
                assertEquals(rendered.getKey().reference() + "-v3.json", spec.getFileUnicode());
                assertEquals("Data", spec.getCOSObject().getNameAsString(COSName.AF_RELATIONSHIP));
                assertEquals("application/json", spec.getEmbeddedFile().getSubtype());
                assertArrayEquals(rendered.getKey().json(), spec.getEmbeddedFile().toByteArray());
                COSArray associated = pdf.getDocumentCatalog().getCOSObject().getCOSArray(COSName.AF);
                assertEquals(spec.getCOSObject(), associated.getObject(0));
            }
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(largePdf)) {
            int fonts = 0;
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                    assertTrue(((PDType0Font) font).getDescendantFont().isEmbedded(), font.getName());
                    fonts++;
                }
            }
            assertTrue(fonts >= pdf.getNumberOfPages(), "every page uses an embedded font");
        }
    }

    @Test
    void metadataTitleAndCreatorAgreeWithTheDocumentInformation() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(largePdf)) {
            XMPMetadata xmp = new DomXmpParser().parse(pdf.getDocumentCatalog().getMetadata().toByteArray());
            var info = pdf.getDocumentInformation();
            assertTrue(info.getTitle().contains(large.title()));
            assertEquals(info.getTitle(), xmp.getDublinCoreSchema().getTitle());
            assertEquals(info.getCreator(), xmp.getXMPBasicSchema().getCreatorTool());
            assertEquals(info.getProducer(), xmp.getAdobePDFSchema().getProducer());
            assertEquals(3, xmp.getPDFAIdentificationSchema().getPart());
            assertEquals("A", xmp.getPDFAIdentificationSchema().getConformance());
            String packet = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(packet.contains("<pdfuaid:part>1</pdfuaid:part>"), "PDF/UA-1 is declared in the XMP");
            assertEquals(large.producedAt(), info.getCreationDate().toInstant());
        }
    }

    /** Issue 20: a party whose signatory approves outside Concordat is said, on the signature page, to be identified so. */
    @Test
    void aSignatoryOutsideConcordatIsSaidOnTheSignaturePageToBeIdentifiedByLinkAndCode() throws Exception {
        String signaturePage = flat(String.join(" ", pages(draftPdf)));
        String outside = flat(WORDS.getString("signatures.outside"));
        assertTrue(signaturePage.contains("Priya Raman, Chief Nurse " + outside), signaturePage);
        assertEquals(signaturePage.indexOf(outside), signaturePage.lastIndexOf(outside), "only the ICB's signatory is outside");
    }

    /** Issue 23: the lead organisation's language for documents sets the headings, the fixed text and /Lang. */
    @Test
    void aWelshDocumentHasWelshHeadingsAndSaysItIsWelsh() throws Exception {
        byte[] welsh = renderer.render(draft, Language.WELSH);
        ResourceBundle cy = Messages.bundle("org.concordat.document.document-text", Language.WELSH);
        try (PDDocument pdf = Loader.loadPDF(welsh); PDDocument english = Loader.loadPDF(draftPdf)) {
            assertEquals("cy", pdf.getDocumentCatalog().getLanguage());
            assertEquals("en-GB", english.getDocumentCatalog().getLanguage());
        }
        String text = flat(String.join(" ", pages(welsh)));
        for (String heading : List.of("document.contents", "part.flows", "part.annex", "part.signatures", "cover.parties")) {
            assertNotEquals(WORDS.getString(heading), cy.getString(heading), heading + " has its Welsh");
            assertTrue(text.contains(flat(cy.getString(heading))), heading + " in Welsh: " + cy.getString(heading));
        }
        VeraPdf.assertTaggedPdfA3aAndPdfUa1("the draft agreement in Welsh", welsh);
    }

    @Test
    void veraPdfFindsBothDocumentsValidTaggedPdfA3aAndPdfUa1() throws Exception {
        VeraPdf.assertTaggedPdfA3aAndPdfUa1("the agreement of 100 flows", largePdf);
        VeraPdf.assertTaggedPdfA3aAndPdfUa1("the draft agreement", draftPdf);
    }

    @Test
    void qpdfFindsNoProblem() throws Exception {
        for (String name : List.of("dsa-100-flows.pdf", "dsa-draft.pdf")) {
            Process qpdf = new ProcessBuilder("qpdf", "--check", SAMPLES.resolve(name).toString())
                    .redirectErrorStream(true).start();
            String output = new String(qpdf.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, qpdf.waitFor(), name + ": " + output);
        }
    }

    @Test
    void aCharacterTheFontLacksIsShownAsAQuestionMarkInsteadOfFailing() throws IOException {
        DocumentModel base = SampleDocuments.agreement(1, true);
        List<Section> sections = new ArrayList<>(base.sections());
        sections.set(0, new Section("parties", "Parties \u4e2d\u6587", null, List.of(new Answer("Tab\tand bell\u0007", "ok \ud83d\ude00"))));
        DocumentModel odd = new DocumentModel(base.documentType(), base.title(), base.reference(), base.versionNumber(),
                base.status(), base.draft(), base.effectiveDate(), base.reviewDate(), base.endDate(), base.purpose(), base.benefits(),
                base.parties(), sections, base.flows(), base.annex(), base.json(), base.producedAt());
        String text = String.join("\n", pages(renderer.render(odd)));
        assertTrue(text.contains("Parties ??"), text);
        assertTrue(text.contains("Tab and bell"), text);
        assertTrue(text.contains("ok ?"), text);
    }

    @Test
    void theCoverShowsTheEndDateWhenTheAgreementHasOne() throws IOException {
        String ends = WORDS.getString("cover.ends");
        String cover = flat(pages(largePdf).get(0));
        assertTrue(cover.contains(ends + " 31 March 2029"), cover);
        assertTrue(cover.indexOf(WORDS.getString("cover.review")) < cover.indexOf(ends), "the end date follows the review date");
        assertFalse(flat(pages(draftPdf).get(0)).contains(ends), "a draft without an end date says nothing of one");
    }

    @Test
    void anAgreementWithoutFlowsStillRendersEveryPart() throws IOException {
        String text = flat(String.join(" ", pages(renderer.render(SampleDocuments.agreement(0, true)))));
        for (String key : List.of("part.flows", "flows.none", "part.lawfulBasis", "part.annex", "annex.none",
                "part.signatures")) {
            assertTrue(text.contains(WORDS.getString(key)), key);
        }
    }

    static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    static int indexOfPageWith(List<String> pages, String text, int from) {
        for (int i = from; i < pages.size(); i++) {
            if (flat(pages.get(i)).contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
