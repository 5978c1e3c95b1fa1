package org.concordat.document.render.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.concordat.document.render.domain.DocumentModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * A document with its linked data: the version's JSON-LD attached beside the JSON, as an associated file of the
 * document whose relationship is Alternative (the same version in published vocabularies), and still PDF/A-3a and PDF/UA-1; read
 * back byte for byte as the API serves it.
 */
class LinkedDataAttachmentTest {

    static final byte[] LINKED = "{\"@context\":\"https://concordat.example/api/v1/formats/agreement-ld/1/context.jsonld\"}"
            .getBytes(StandardCharsets.UTF_8);
    static DocumentModel model;
    static byte[] pdf;

    @BeforeAll
    static void render() throws Exception {
        DocumentModel base = SampleDocuments.agreement(3, false);
        model = new DocumentModel(base.documentType(), base.title(), base.reference(), base.versionNumber(), base.status(),
                base.draft(), base.effectiveDate(), base.reviewDate(), base.endDate(), base.purpose(), base.benefits(),
                base.parties(), base.sections(), base.flows(), base.annex(), base.json(), base.producedAt(), LINKED);
        pdf = new PdfBoxRenderer().render(model);
        Files.createDirectories(Path.of("target", "pdf-samples"));
        Files.write(Path.of("target", "pdf-samples", "dsa-with-linked-data.pdf"), pdf);
    }

    @Test
    void theLinkedDataIsTheDocumentsAlternativeBesideItsData() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Map<String, PDComplexFileSpecification> files = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            assertEquals(List.of("DSA-2026-0042-v3.json", "DSA-2026-0042-v3.jsonld"), List.copyOf(files.keySet()));
            PDComplexFileSpecification json = files.get("DSA-2026-0042-v3.json");
            PDComplexFileSpecification linked = files.get("DSA-2026-0042-v3.jsonld");
            assertEquals("Data", json.getCOSObject().getNameAsString(COSName.AF_RELATIONSHIP));
            assertEquals("Alternative", linked.getCOSObject().getNameAsString(COSName.AF_RELATIONSHIP));
            assertEquals("application/ld+json", linked.getEmbeddedFile().getSubtype());
            assertArrayEquals(LINKED, linked.getEmbeddedFile().toByteArray());
            assertArrayEquals(model.json(), json.getEmbeddedFile().toByteArray());
            assertTrue(linked.getFileDescription().contains("JSON-LD"), linked.getFileDescription());
            COSArray associated = document.getDocumentCatalog().getCOSObject().getCOSArray(COSName.AF);
            assertEquals(2, associated.size());
            assertEquals(json.getCOSObject(), associated.getObject(0));
            assertEquals(linked.getCOSObject(), associated.getObject(1));
        }
    }

    @Test
    void theAttachedFileIsReadBackAsItWasAttached() {
        PdfAttachedFiles attached = new PdfAttachedFiles();
        assertArrayEquals(LINKED, attached.read(pdf, "DSA-2026-0042-v3.jsonld").orElseThrow());
        assertEquals(Optional.empty(), attached.read(pdf, "DSA-2026-0042-v2.jsonld"));
        assertEquals(Optional.empty(), attached.read(new PdfBoxRenderer().render(SampleDocuments.agreement(1, true)),
                "DSA-2026-0042-v3.jsonld"), "a document without linked data");
    }

    @Test
    void veraPdfStillFindsTheDocumentTaggedPdfA3aAndPdfUa1() {
        VeraPdf.assertTaggedPdfA3aAndPdfUa1("dsa-with-linked-data.pdf", pdf);
    }

    @Test
    void qpdfFindsNoProblem() throws Exception {
        Process qpdf = new ProcessBuilder("qpdf", "--check", Path.of("target", "pdf-samples", "dsa-with-linked-data.pdf")
                .toString()).redirectErrorStream(true).start();
        String output = new String(qpdf.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, qpdf.waitFor(), output);
    }
}
