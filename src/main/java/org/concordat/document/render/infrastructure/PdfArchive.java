package org.concordat.document.render.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * What makes a PDF an archival PDF/A-3a and a PDF/UA-1 document, besides its tags ({@link Tagging}): the
 * identifications (pdfaid part 3, conformance A; pdfuaid part 1, with the extension schema PDF/A asks for a schema
 * it does not know) and the same title, tool and dates in the XMP metadata as in the document information, an sRGB
 * output intent, and attached files declared as associated files of the document. PDF/A-3 rather than 2: PDF/A-2
 * allows no attachment other than PDF/A files, and the document carries its JSON.
 */
final class PdfArchive {

    private static final String SRGB = "sRGB IEC61966-2.1";
    /**
     * One serializer per rendering thread: making one looks the JAXP factories up on the class path (~7 ms a
     * document), and one is not thread-safe (it keeps a DOM builder and the element it is writing).
     */
    private static final ThreadLocal<XmpSerializer> XMP = ThreadLocal.withInitial(XmpSerializer::new);
    /** The pdfuaid identification and its PDF/A extension schema, as RDF descriptions to add to the packet. */
    private static final byte[] PDF_UA = resource("/document/pdfua-xmp.xml");
    private static final byte[] RDF_END = "</rdf:RDF>".getBytes(StandardCharsets.US_ASCII);

    private PdfArchive() {
    }

    record Identity(String title, String subject, String creator, String producer, Instant produced) {
    }

    static void identify(PDDocument document, Identity identity) throws IOException {
        Calendar produced = GregorianCalendar.from(identity.produced().atZone(ZoneOffset.UTC));
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(identity.title());
        info.setSubject(identity.subject());
        info.setCreator(identity.creator());
        info.setProducer(identity.producer());
        info.setCreationDate(produced);
        info.setModificationDate(produced);

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(identity.title());
        dc.setDescription(identity.subject());
        dc.setFormat("application/pdf");
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(identity.creator());
        basic.setCreateDate(produced);
        basic.setModifyDate(produced);
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(identity.producer());
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        pdfa.setPart(3);
        try {
            pdfa.setConformance("A");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException("PDF/A conformance level A is always valid", e);
        }
        ByteArrayOutputStream serialised = new ByteArrayOutputStream();
        try {
            XMP.get().serialize(xmp, serialised, true);
        } catch (TransformerException e) {
            throw new IOException("The XMP metadata could not be written", e);
        }
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(withPdfUa(serialised.toByteArray()));
        document.getDocumentCatalog().setMetadata(metadata);
    }

    /** The packet with the PDF/UA descriptions added at the end of its RDF. */
    private static byte[] withPdfUa(byte[] packet) {
        int end = lastIndexOf(packet, RDF_END);
        if (end < 0) {
            throw new IllegalStateException("The XMP packet has no rdf:RDF element");
        }
        byte[] merged = new byte[packet.length + PDF_UA.length];
        System.arraycopy(packet, 0, merged, 0, end);
        System.arraycopy(PDF_UA, 0, merged, end, PDF_UA.length);
        System.arraycopy(packet, end, merged, end + PDF_UA.length, packet.length - end);
        return merged;
    }

    private static int lastIndexOf(byte[] data, byte[] part) {
        for (int i = data.length - part.length; i >= 0; i--) {
            if (Arrays.equals(data, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] resource(String name) {
        try (InputStream in = PdfArchive.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The renderer's resource " + name + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Colours are sRGB: the output intent says so, with the profile shipped in the project. */
    static void outputIntent(PDDocument document, byte[] srgbProfile) throws IOException {
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(srgbProfile));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);
    }

    /**
     * A file the document carries: its name, media type, content, description and relationship to the document
     * (Data for the version's JSON, Alternative for the same version as linked data).
     */
    record Attachment(String fileName, String mediaType, byte[] content, String description, String relationship,
                      boolean compressed) {
    }

    /** Attaches files in order, each listed among the document's associated files with its relationship. */
    static void attach(PDDocument document, List<Attachment> files, Instant modified) throws IOException {
        Calendar date = GregorianCalendar.from(modified.atZone(ZoneOffset.UTC));
        Map<String, PDComplexFileSpecification> specs = new LinkedHashMap<>();
        COSArray associated = new COSArray();
        for (Attachment attachment : files) {
            byte[] content = attachment.content();
            // Flate-compressed when asked: the linked data of 100 flows is half a megabyte of repetitive JSON.
            PDEmbeddedFile file = attachment.compressed()
                    ? new PDEmbeddedFile(document, new ByteArrayInputStream(content), COSName.FLATE_DECODE)
                    : new PDEmbeddedFile(document, new ByteArrayInputStream(content));
            file.setSubtype(attachment.mediaType());
            file.setSize(content.length);
            file.setCreationDate(date);
            file.setModDate(date);

            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(attachment.fileName());
            spec.setFileUnicode(attachment.fileName());
            spec.setFileDescription(attachment.description());
            spec.setEmbeddedFile(file);
            spec.setEmbeddedFileUnicode(file);
            spec.getCOSObject().setName(COSName.AF_RELATIONSHIP, attachment.relationship());
            specs.put(attachment.fileName(), spec);
            associated.add(spec);
        }

        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(specs);
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
        names.setEmbeddedFiles(tree);
        catalog.setNames(names);
        catalog.getCOSObject().setItem(COSName.AF, associated);
    }
}
