package org.concordat.document.verification.infrastructure;

import static org.concordat.document.signing.infrastructure.SigningFixture.INSPECTOR;
import static org.concordat.document.signing.infrastructure.SigningFixture.SMALL_RENDERED;
import static org.concordat.document.signing.infrastructure.SigningFixture.SMALL_SIGNED;
import static org.concordat.document.signing.infrastructure.SigningFixture.TRUST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.concordat.document.verification.domain.Inspection;
import org.junit.jupiter.api.Test;

/** Malformed and hostile files get a plain verdict, never an exception. */
class PdfInspectorTest {

    @Test
    void anEmptyFileIsNotAPdf() {
        assertUnreadable(new byte[0], "The file is empty.");
    }

    @Test
    void somethingElseIsNotAPdf() {
        assertUnreadable("PK\u0003\u0004 a zip file, perhaps".getBytes(StandardCharsets.ISO_8859_1),
                "This is not a PDF: it does not start as a PDF file does.");
    }

    @Test
    void aTruncatedDocumentIsNotAValidPdf() {
        assertUnreadable(Arrays.copyOf(SMALL_SIGNED, SMALL_SIGNED.length / 2),
                "This is not a complete PDF: its end is missing (the file is truncated).");
    }

    @Test
    void garbageBetweenAPdfHeaderAndAnEndMarkerIsNotAValidPdf() {
        byte[] garbage = new byte[50_000];
        new java.util.Random(42).nextBytes(garbage);
        byte[] file = concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), garbage, "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        assertUnreadable(file, "This is not a valid PDF: it could not be read (it may be damaged or truncated).");
    }

    @Test
    void objectsNestedTooDeepForAParserAreNotAValidPdf() {
        String deep = "[".repeat(200_000);
        String pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages " + deep + " >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
        Inspection inspection = INSPECTOR.inspect(pdf.getBytes(StandardCharsets.US_ASCII), TRUST, Instant.now());
        assertFalse(inspection.readable());
    }

    @Test
    void aCompressionBombIsRefusedBeforeItIsParsed() throws Exception {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(deflated)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                out.write(zeros);
            }
        }
        byte[] bomb = deflated.toByteArray();
        byte[] file = concat(("%PDF-1.7\n1 0 obj\n<< /Length " + bomb.length + " /Filter /FlateDecode >>\nstream\n")
                .getBytes(StandardCharsets.US_ASCII), bomb, "\nendstream\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        assertTrue(file.length < 2_000_000, "a small file");
        assertUnreadable(file, "This PDF is not checked: its compressed content would expand to more than 256 MB.");
    }

    @Test
    void aPasswordProtectedPdfCannotBeChecked() throws Exception {
        assertUnreadable(encrypted("a-user-password"), "This PDF is protected by a password, so it cannot be checked;"
                + " Concordat's documents never are.");
        assertUnreadable(encrypted(""), "This PDF is encrypted, so it cannot be checked; Concordat's documents never are.");
    }

    @Test
    void anUnsignedDocumentIsReadWithItsAttachmentAndNoSignature() {
        Inspection inspection = INSPECTOR.inspect(SMALL_RENDERED, TRUST, Instant.now());
        assertTrue(inspection.readable(), inspection.problem());
        assertEquals(0, inspection.signatures().size());
        assertTrue(new String(inspection.attachment(), StandardCharsets.UTF_8).contains("\"reference\":\"DSA-2026-0042\""));
    }

    @Test
    void aSignatureWhoseByteRangeLeavesOutMoreThanItsValueIsNotIntact() {
        // Move the end of the first range back by one byte: the gap then includes the '<' before the signature value.
        String file = new String(SMALL_SIGNED, StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher range = java.util.regex.Pattern.compile("/ByteRange ?\\[0 (\\d+) (\\d+) (\\d+) ?\\]").matcher(file);
        assertTrue(range.find());
        String original = range.group();
        int first = Integer.parseInt(range.group(1));
        String shifted = original.replace("[0 " + first + " ", "[0 " + (first - 1) + " ");
        // Keep the file's length: when the new number is a digit shorter, pad the range.
        String padded = shifted.length() < original.length() ? shifted.replace("]", " ]") : shifted;
        assertEquals(original.length(), padded.length(), padded);
        byte[] tampered = file.replace(original, padded).getBytes(StandardCharsets.ISO_8859_1);
        Inspection.Signature council = INSPECTOR.inspect(tampered, TRUST, Instant.now()).signatures().get(0);
        assertFalse(council.intact());
        assertEquals("Its byte range leaves out more of the file than the signature value.", council.intactProblem());
    }

    private static byte[] encrypted(String userPassword) throws Exception {
        try (PDDocument document = Loader.loadPDF(SMALL_RENDERED)) {
            document.protect(new StandardProtectionPolicy("owner-password", userPassword, new AccessPermission()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void assertUnreadable(byte[] file, String problem) {
        Inspection inspection = INSPECTOR.inspect(file, TRUST, Instant.now());
        assertFalse(inspection.readable());
        assertEquals(problem, inspection.problem());
        assertEquals(0, inspection.signatures().size());
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
