package org.concordat.document.render.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.concordat.document.render.domain.CommentCopy;
import org.concordat.document.render.domain.DocumentModel;
import org.concordat.document.render.domain.ParagraphComparison;
import org.concordat.document.render.domain.ParagraphComparison.Difference;
import org.concordat.document.render.domain.ParagraphComparison.Kind;
import org.concordat.document.render.domain.WordFileReader.UnreadableFileException;
import org.concordat.document.render.domain.WordFileReader.WordText;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;

/**
 * A partner's marked-up copy read back and compared with the draft: edits, additions, deletions, tracked changes and
 * comments; and the files refused before anything parses them — not a DOCX, an old or protected .doc, macros, a zip
 * bomb, thousands of parts, a DOCX without its document.
 */
class PoiWordReaderTest {

    static final PoiWordRenderer renderer = new PoiWordRenderer();
    static final PoiWordReader reader = new PoiWordReader();
    static final DocumentModel DRAFT = SampleDocuments.agreement(3, true);

    static byte[] draft() {
        return renderer.render(new CommentCopy(DRAFT, PoiWordRendererTest.FINDINGS));
    }

    @Test
    void theDraftsOwnCopyReadsBackUnchanged() {
        WordText text = reader.read(draft());
        assertTrue(text.paragraphs().size() > 60, "paragraphs and table cells: " + text.paragraphs().size());
        assertEquals(DRAFT.producedAt(), text.created());
        assertTrue(text.paragraphs().contains(DRAFT.title()));
        assertTrue(text.paragraphs().contains("F1"), "table cells are read");
        assertEquals(List.of(), ParagraphComparison.compare(text.paragraphs(), reader.read(draft()).paragraphs()));
    }

    /** What a partner does in Word: rewrites a paragraph, adds one, deletes one, tracks a change, comments. */
    static byte[] markedUp(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            XWPFParagraph purpose = paragraphs.stream().filter(p -> p.getText().startsWith("To let the MASH partners"))
                    .findFirst().orElseThrow();
            purpose.getRuns().get(0).setText("To let the MASH partners decide within four hours whether a contact needs a"
                    + " strategy discussion.", 0);
            XWPFParagraph benefits = paragraphs.stream().filter(p -> p.getText().equals("fewer repeat referrals"))
                    .findFirst().orElseThrow();
            XWPFParagraph added = document.insertNewParagraph(benefits.getCTP().newCursor());
            added.createRun().setText("Police to confirm the out-of-hours contact.");
            int gone = document.getPosOfParagraph(paragraphs.stream().filter(p -> p.getText().equals("no child lost between services"))
                    .findFirst().orElseThrow());
            document.removeBodyElement(gone);
            // A tracked change: "Faster" deleted, "Quicker" inserted; read as if accepted.
            XWPFParagraph tracked = paragraphs.stream().filter(p -> p.getText().startsWith("Faster, better-informed"))
                    .findFirst().orElseThrow();
            String rest = tracked.getText().substring("Faster".length());
            while (tracked.getRuns().size() > 0) {
                tracked.removeRun(0);
            }
            CTRunTrackChange deletion = tracked.getCTP().addNewDel();
            deletion.setId(BigInteger.ONE);
            deletion.setAuthor("Partner");
            deletion.addNewR().addNewDelText().setStringValue("Faster");
            CTRunTrackChange insertion = tracked.getCTP().addNewIns();
            insertion.setId(BigInteger.TWO);
            insertion.setAuthor("Partner");
            insertion.addNewR().addNewT().setStringValue("Quicker");
            tracked.getCTP().addNewR().addNewT().setStringValue(rest);
            XWPFComments comments = document.createComments();
            XWPFComment comment = comments.createComment(BigInteger.valueOf(7));
            comment.setAuthor("Northshire Constabulary");
            comment.createParagraph().createRun().setText("Four hours matches our MASH standard.");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aPartnersChangesAreFoundParagraphByParagraphWithTrackedChangesAcceptedAndTheirComments() throws IOException {
        byte[] original = draft();
        WordText partners = reader.read(markedUp(original));
        List<Difference> differences = ParagraphComparison.compare(reader.read(original).paragraphs(), partners.paragraphs());
        assertEquals(4, differences.size(), differences.toString());
        assertEquals(Kind.CHANGED, differences.get(0).kind());
        assertTrue(differences.get(0).current().startsWith("To let the MASH partners decide within one working day"));
        assertTrue(differences.get(0).partners().contains("within four hours"));
        assertEquals(new Difference(Kind.CHANGED, differences.get(1).currentIndex(), differences.get(1).current(),
                "Quicker, better-informed safeguarding decisions."), differences.get(1), "the tracked change, accepted");
        assertEquals(Kind.ADDED, differences.get(2).kind());
        assertEquals("Police to confirm the out-of-hours contact.", differences.get(2).partners());
        assertEquals(new Difference(Kind.REMOVED, differences.get(3).currentIndex(), "no child lost between services", null),
                differences.get(3));
        assertEquals(1, partners.comments().size());
        assertEquals("Northshire Constabulary", partners.comments().get(0).author());
        assertEquals("Four hours matches our MASH standard.", partners.comments().get(0).text());
    }

    // Files refused before POI parses them.

    static String refusal(byte[] file) {
        return assertThrows(UnreadableFileException.class, () -> reader.read(file)).getMessage();
    }

    @Test
    void somethingThatIsNotADocxIsRefusedInWords() {
        assertTrue(refusal("%PDF-1.7 not a word file".getBytes(StandardCharsets.US_ASCII)).contains("not a Word document"));
        assertTrue(refusal(new byte[0]).contains("not a Word document"));
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertTrue(refusal(ole2).contains("Word 97-2003"));
        byte[] truncated = java.util.Arrays.copyOf(draft(), 3000);
        String message = refusal(truncated);
        assertTrue(message.contains("not a Word document") || message.contains("could not be read"), message);
    }

    @Test
    void aZipWithoutAWordDocumentOrWithMacrosIsRefused() throws IOException {
        assertTrue(refusal(zip(List.of(new Part("hello.txt", "hi".getBytes(StandardCharsets.UTF_8))))).contains("not a Word document"));
        // An Excel workbook is a valid OOXML package, but not a Word document.
        assertTrue(refusal(zip(List.of(new Part("[Content_Types].xml", ("<Types><Override PartName=\"/xl/workbook.xml\""
                + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>")
                .getBytes(StandardCharsets.UTF_8)), new Part("xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8)))))
                .contains("not a Word document"));
        byte[] macros = rewrite(draft(), "[Content_Types].xml", types -> types.replace(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "application/vnd.ms-word.document.macroEnabled.main+xml"));
        assertTrue(refusal(macros).contains("macros"));
        byte[] withoutDocument = remove(draft(), "word/document.xml");
        assertTrue(refusal(withoutDocument).contains("not a Word document"));
    }

    @Test
    void aZipBombIsRefusedAfterInflatingNoMoreThanTheLimit() throws IOException {
        // 300 MB of zeros in one part: a few hundred KB on the wire.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(contentTypes(draft()));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(out.size() < 2 * 1024 * 1024, "small on the wire: " + out.size());
        long start = System.nanoTime();
        String message = refusal(out.toByteArray());
        assertTrue(message.contains("unpack to more than"), message);
        assertTrue((System.nanoTime() - start) / 1_000_000 < 5_000, "stopped early");
    }

    @Test
    void thousandsOfPartsAreRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(contentTypes(draft()));
            for (int i = 0; i < DocxGuard.MAX_ENTRIES + 5; i++) {
                zip.putNextEntry(new ZipEntry("word/media/part" + i + ".xml"));
                zip.write('x');
            }
        }
        assertTrue(refusal(out.toByteArray()).contains("more than " + DocxGuard.MAX_ENTRIES + " parts"));
    }

    // Building test archives.

    record Part(String name, byte[] content) {
    }

    static byte[] zip(List<Part> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Part part : parts) {
                zip.putNextEntry(new ZipEntry(part.name()));
                zip.write(part.content());
            }
        }
        return out.toByteArray();
    }

    static List<Part> parts(byte[] docx) throws IOException {
        List<Part> parts = new java.util.ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                parts.add(new Part(entry.getName(), zip.readAllBytes()));
            }
        }
        return parts;
    }

    static String part(byte[] docx, String name) throws IOException {
        return new String(parts(docx).stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().content(),
                StandardCharsets.UTF_8);
    }

    static byte[] contentTypes(byte[] docx) throws IOException {
        return parts(docx).stream().filter(p -> p.name().equals("[Content_Types].xml")).findFirst().orElseThrow().content();
    }

    static byte[] rewrite(byte[] docx, String name, java.util.function.UnaryOperator<String> change) throws IOException {
        return zip(parts(docx).stream().map(p -> p.name().equals(name)
                ? new Part(name, change.apply(new String(p.content(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8))
                : p).toList());
    }

    static byte[] remove(byte[] docx, String name) throws IOException {
        return zip(parts(docx).stream().filter(p -> !p.name().equals(name)).toList());
    }
}
