package org.concordat.document.render.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.concordat.document.render.domain.CommentCopy;
import org.concordat.document.render.domain.DocumentModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Word copy for comment of a realistic agreement (three parties, 100 flows) and of a draft with findings: its
 * structure as Word and LibreOffice read it (heading styles, tables with a repeated header row, language, title, the
 * "not the signed copy" header), its content and order against the PDF of the same model, and LibreOffice opening and
 * converting it ({@code soffice --headless --convert-to pdf}, then {@code pdftotext}). The files are left in
 * target/pdf-samples/ for people to open.
 *
 * <p>LibreOffice is required: CI installs it (.ci/run). Only on a developer machine without it may the conversion be
 * left out, explicitly, with {@code -Dconcordat.test.soffice=optional} (README); every other check still runs.
 */
class PoiWordRendererTest {

    static final Path SAMPLES = Path.of("target", "pdf-samples");
    static final ResourceBundle WORDS = ResourceBundle.getBundle("org.concordat.document.document-text");
    static final List<CommentCopy.Finding> FINDINGS = List.of(
            new CommentCopy.Finding("ERROR", "F2", "Flow F2 shares health data without an Article 9 condition.",
                    "Choose the Article 9 condition the flow relies on.", "UK GDPR Article 9(1)"),
            new CommentCopy.Finding("WARNING", null, "The agreement has no review date.", "Set a review date.", null),
            new CommentCopy.Finding("INFO", "F1", "Flow F1 relies on consent for a safeguarding purpose.", null, null));

    static final PoiWordRenderer renderer = new PoiWordRenderer();
    static DocumentModel draft;
    static DocumentModel large;
    static byte[] draftDocx;
    static byte[] largeDocx;

    @BeforeAll
    static void render() throws IOException {
        draft = SampleDocuments.agreement(3, true);
        large = SampleDocuments.agreement(100, false);
        draftDocx = renderer.render(new CommentCopy(draft, FINDINGS));
        largeDocx = renderer.render(new CommentCopy(large, List.of()));
        Files.createDirectories(SAMPLES);
        Files.write(SAMPLES.resolve("dsa-draft-for-comment.docx"), draftDocx);
        Files.write(SAMPLES.resolve("dsa-100-flows-for-comment.docx"), largeDocx);
    }

    static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    static List<String> paragraphs(XWPFDocument document, String style) {
        return document.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    @Test
    void headingsAreWordHeadingStylesDefinedInTheFileWithTheirOutlineLevels() throws IOException {
        try (XWPFDocument document = open(draftDocx)) {
            for (int level = 1; level <= 3; level++) {
                XWPFStyle style = document.getStyles().getStyle("Heading" + level);
                assertNotNull(style, "Heading " + level + " is defined in styles.xml");
                assertEquals("heading " + level, style.getName(), "the built-in name Word and LibreOffice map to Heading " + level);
                assertEquals(level - 1, style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue());
            }
            List<String> headings = paragraphs(document, "Heading1");
            List<String> expected = new ArrayList<>();
            expected.add(WORDS.getString("document.contents"));
            for (int i = 0; i < draft.sections().size(); i++) {
                expected.add((i + 1) + " " + draft.sections().get(i).heading());
            }
            for (String part : List.of("flows", "lawfulBasis", "annex", "signatures", "findings")) {
                expected.add(WORDS.getString("part." + part));
            }
            assertEquals(expected, headings, "the PDF's parts, in the PDF's order, then the draft's findings");
            assertTrue(paragraphs(document, "Heading2").contains(WORDS.getString("cover.parties")));
            assertEquals(List.of(draft.title()), paragraphs(document, "Title"));
        }
    }

    @Test
    void theDocumentIsInBritishEnglishWithItsTitleAndSaysOnEveryPageItIsNotTheSignedCopy() throws IOException {
        try (XWPFDocument document = open(draftDocx)) {
            String styles = PoiWordReaderTest.part(draftDocx, "word/styles.xml");
            assertTrue(styles.matches("(?s).*<w:docDefaults>.*<w:lang w:val=\"en-GB\".*</w:docDefaults>.*"),
                    styles.substring(0, Math.min(600, styles.length())));
            var core = document.getProperties().getCoreProperties();
            assertTrue(core.getTitle().startsWith(draft.title()), core.getTitle());
            assertTrue(core.getTitle().contains("DSA-2026-0042"), core.getTitle());
            assertEquals(draft.producedAt(), core.getCreated().toInstant());
            assertEquals(1, document.getHeaderList().size(), "one header, for every page (no first-page exception)");
            XWPFHeader header = document.getHeaderFooterPolicy().getDefaultHeader();
            assertNotNull(header, "the default header applies to every page");
            assertNull(document.getHeaderFooterPolicy().getFirstPageHeader());
            String line = header.getText();
            assertTrue(line.contains("Not the signed copy \u2014 for comment only"), line);
            assertTrue(line.contains("DSA-2026-0042") && line.contains("Version 3") && line.contains("Draft"), line);
            String footer = document.getHeaderFooterPolicy().getDefaultFooter()._getHdrFtr().xmlText();
            assertTrue(footer.contains("PAGE") && footer.contains("NUMPAGES"), "page x of y as fields");
        }
        try (XWPFDocument document = open(largeDocx)) {
            assertTrue(document.getHeaderFooterPolicy().getDefaultHeader().getText().contains("Submitted for approval"));
        }
    }

    private static void assertNull(Object value) {
        assertTrue(value == null, String.valueOf(value));
    }

    @Test
    void tablesAreWordTablesWhoseHeaderRowRepeatsOnEveryPage() throws IOException {
        try (XWPFDocument document = open(largeDocx)) {
            List<XWPFTable> tables = document.getTables();
            assertFalse(tables.isEmpty());
            for (XWPFTable table : tables) {
                assertTrue(table.getRow(0).isRepeatHeader(), "header row repeats: " + table.getRow(0).getCell(0).getText());
            }
            XWPFTable flows = tables.stream().filter(t -> t.getRow(0).getCell(0).getText().equals(WORDS.getString("flows.key")))
                    .findFirst().orElseThrow();
            assertEquals(1 + 2 * 100, flows.getNumberOfRows(), "a row and a row of details for each flow");
            assertEquals("F1", flows.getRow(1).getCell(0).getText());
            assertTrue(flows.getRow(2).getCell(0).getText().startsWith(WORDS.getString("flows.frequency")));
            assertEquals(6, flows.getCTTbl().getTblGrid().sizeOfGridColArray());
            XWPFTable annex = tables.stream().filter(t -> t.getRow(0).getCell(0).getText().equals(WORDS.getString("annex.code")))
                    .findFirst().orElseThrow();
            assertEquals(1 + large.annex().size(), annex.getNumberOfRows());
            assertFalse(paragraphs(document, "Heading1").contains(WORDS.getString("part.findings")),
                    "a version that is no longer a draft has no findings part");
        }
    }

    @Test
    void aDraftCarriesItsFindingsMostSeriousFirst() throws IOException {
        try (XWPFDocument document = open(draftDocx)) {
            XWPFTable findings = document.getTables().get(document.getTables().size() - 1);
            assertEquals(WORDS.getString("findings.severity"), findings.getRow(0).getCell(0).getText());
            assertEquals(List.of("Error", "Warning", "Information"),
                    findings.getRows().subList(1, 4).stream().map(r -> r.getCell(0).getText()).toList());
            assertTrue(findings.getRow(1).getCell(2).getText().contains("without an Article 9 condition"));
            assertEquals(WORDS.getString("findings.wholeAgreement"), findings.getRow(2).getCell(1).getText());
        }
    }

    /** The same words as the PDF of the same model, in the same order: every paragraph of the Word copy is in the PDF. */
    @Test
    void theContentAndItsOrderAreThePdfs() throws IOException {
        String pdf = flat(String.join("\n", PdfText.pages(new PdfBoxRenderer().render(draft))));
        List<String> words = new PoiWordReader().read(draftDocx).paragraphs();
        int at = pdf.indexOf(flat(draft.title()));
        int checked = 0;
        List<String> missing = new ArrayList<>();
        int findingsPart = words.lastIndexOf(WORDS.getString("part.findings"));
        assertTrue(findingsPart > words.indexOf(WORDS.getString("part.findings")), "in the contents and as a part");
        for (int i = 0; i < words.size(); i++) {
            String paragraph = words.get(i);
            String flat = flat(paragraph);
            if (i >= findingsPart || paragraph.equals(WORDS.getString("part.findings")) || flat.length() < 25 || paragraph.contains("\t") || paragraph.startsWith(WORDS.getString("signatures.signature"))
                    || paragraph.equals(WORDS.getString("word.notSignedNote"))) {
                // Only in the Word copy: the findings, its own note, the contents (the PDF's has page numbers), the
                // signature lines (drawn in the PDF); short texts (a name, a dash) are found anywhere, so not in order.
                continue;
            }
            if (!pdf.contains(flat)) {
                missing.add(paragraph);
                continue;
            }
            int next = pdf.indexOf(flat, at);
            assertTrue(next >= 0, "in the PDF's order: " + paragraph);
            at = next;
            checked++;
        }
        assertEquals(List.of(), missing, "every paragraph of the Word copy is in the PDF");
        assertTrue(checked > 40, "most paragraphs are checked: " + checked);
        for (DocumentModel.Section section : draft.sections()) {
            assertTrue(words.contains((draft.sections().indexOf(section) + 1) + " " + section.heading()));
        }
    }

    /** Text without white space or hyphens, as both renderers' line breaking leaves it comparable. */
    static String flat(String text) {
        return text.replaceAll("[\\s\\u00ad:-]+", "");
    }

    @Test
    void textThatXmlCannotHoldIsLeftOutAndMarkupStaysText() throws IOException {
        assertEquals("ab\ncd\u00e9\ud83d\ude00", PoiWordRenderer.clean("a\u0000b\r\ncd\u0007\u00e9\ud83d\ude00\ud800"));
        try (XWPFDocument document = open(draftDocx)) {
            String all = String.join("\n", document.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            if (String.valueOf(draft.purpose()).contains(SampleDocuments.SCRIPT)
                    || draft.sections().stream().anyMatch(s -> s.answers().stream().anyMatch(a -> String.valueOf(a.text()).contains(SampleDocuments.SCRIPT)))) {
                assertTrue(all.contains(SampleDocuments.SCRIPT), "shown as typed");
            }
        }
    }

    /** LibreOffice opens the file (no repair) and writes a PDF with its text: the reader's view of it. */
    @Test
    void libreOfficeOpensAndConvertsIt() throws Exception {
        Path soffice = executable("soffice");
        if (soffice == null) {
            if ("optional".equals(System.getProperty("concordat.test.soffice"))) {
                System.err.println("LibreOffice (soffice) is not installed: the conversion check was left out on request"
                        + " (-Dconcordat.test.soffice=optional). CI never sets this.");
                return;
            }
            fail("LibreOffice (soffice) is needed to check the Word copy as its readers open it: install"
                    + " libreoffice-writer-nogui (.ci/run does), or on a developer machine only pass -Dconcordat.test.soffice=optional");
        }
        Path work = Files.createTempDirectory("concordat-soffice");
        Path profile = work.resolve("profile");
        Path in = work.resolve("dsa-draft-for-comment.docx");
        Files.write(in, draftDocx);
        Process convert = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--norestore", "--convert-to", "pdf", "--outdir", work.toString(), in.toString())
                .redirectErrorStream(true).start();
        String output = new String(convert.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(convert.waitFor(180, TimeUnit.SECONDS), "soffice finished");
        Path pdf = work.resolve("dsa-draft-for-comment.pdf");
        assertEquals(0, convert.exitValue(), output);
        assertTrue(Files.exists(pdf) && Files.size(pdf) > 10_000, "LibreOffice wrote the PDF: " + output);
        Files.copy(pdf, SAMPLES.resolve("dsa-draft-for-comment.libreoffice.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Process text = new ProcessBuilder("pdftotext", pdf.toString(), "-").redirectErrorStream(true).start();
        String words = new String(text.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(text.waitFor(60, TimeUnit.SECONDS));
        for (String expected : List.of("Not the signed copy \u2014 for comment only", "DSA-2026-0042", draft.sections().get(0).heading(),
                WORDS.getString("part.flows"), WORDS.getString("part.annex"), "Northshire Constabulary",
                "without an Article 9 condition", WORDS.getString("flows.key"))) {
            assertTrue(flat(words).contains(flat(expected)), "the PDF LibreOffice made has: " + expected);
        }
        assertTrue(words.contains("Page 2 of"), "the page fields are filled in");
        int pages = words.split("\f", -1).length - 1;
        int headers = words.split("Not the signed copy", -1).length - 1;
        assertEquals(pages, headers, "the header is on every page");
    }

    static Path executable(String name) {
        for (String dir : System.getenv("PATH").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
