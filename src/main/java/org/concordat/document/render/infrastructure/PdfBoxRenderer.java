package org.concordat.document.render.infrastructure;

import static org.concordat.document.render.infrastructure.Galley.LEFT;
import static org.concordat.document.render.infrastructure.Galley.PAGE;
import static org.concordat.document.render.infrastructure.Galley.WIDTH;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.concordat.document.render.domain.DocumentRenderer;
import org.concordat.document.render.domain.RenderableDocument;
import org.concordat.shared.domain.Language;

/**
 * Renders documents (agreement and DPIA versions) to tagged PDF/A-3a and PDF/UA-1 with Apache PDFBox: A4, Liberation
 * Sans embedded, the contents linked to their pages and mirrored in the bookmarks, a running header and footer, a
 * DRAFT mark across every page of a draft, and the version's JSON attached. The layout tags as it goes
 * ({@link Tagging}); here the page furniture (header, footer, DRAFT mark) is written as artifacts and each run of
 * the layout's drawing as marked content of its element. Fonts and colour profile come from the project's resources,
 * never from the machine.
 */
@ApplicationScoped
public class PdfBoxRenderer implements DocumentRenderer {

    private static final String RESOURCES = "/document/";
    private static final float WATERMARK_SIZE = 150f;

    private final byte[] regularFont = resource("fonts/LiberationSans-Regular.ttf");
    private final byte[] boldFont = resource("fonts/LiberationSans-Bold.ttf");
    private final byte[] srgbProfile = resource("sRGB.icc");

    @Override
    public byte[] render(RenderableDocument model, Language language) {
        DocumentText text = new DocumentText(language);
        try (TrueTypeFont regular = parse(regularFont); TrueTypeFont bold = parse(boldFont);
             PDDocument document = new PDDocument()) {
            Styles styles = new Styles(new Face(PDType0Font.load(document, regular, true)),
                    new Face(PDType0Font.load(document, bold, true)));
            DocumentLayout layout = DocumentLayout.of(model, styles, text);
            Galley galley = layout.lay();
            Tagging tagging = galley.tagging();
            List<List<Galley.Marked>> pages = galley.pages();
            GeneralPath mark = model.draft() ? watermark(bold, text.get("watermark")) : null;
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = new PDPage(PAGE);
                document.addPage(page);
                tagging.page(page, i);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    // In reading order: the running header, the page's content, the footer; furniture is artifact.
                    content.beginMarkedContent(COSName.ARTIFACT);
                    header(content, model, styles, i);
                    content.endMarkedContent();
                    Tagging.Tag open = null;
                    for (Galley.Marked marked : pages.get(i)) {
                        if (marked.tag() != open) {
                            if (open != null) {
                                tagging.end(content);
                            }
                            tagging.begin(content, page, i, marked.tag());
                            open = marked.tag();
                        }
                        marked.op().draw(content);
                    }
                    if (open != null) {
                        tagging.end(content);
                    }
                    content.beginMarkedContent(COSName.ARTIFACT);
                    footer(content, model, styles, text, i, pages.size());
                    if (mark != null) {
                        fill(content, mark);
                    }
                    content.endMarkedContent();
                }
            }
            navigation(document, layout, model, text, tagging);
            tagging.finish(document);
            document.setVersion(1.7f);
            String title = model.title() + " (" + model.reference() + ", " + text.get("version", model.versionNumber()) + ")";
            PdfArchive.identify(document, new PdfArchive.Identity(title, model.documentType(),
                    text.get("metadata.creator"), text.get("metadata.producer"), model.producedAt()));
            PdfArchive.outputIntent(document, srgbProfile);
            String attachmentName = model.reference() + "-v" + model.versionNumber();
            List<PdfArchive.Attachment> attachments = new ArrayList<>(List.of(new PdfArchive.Attachment(
                    attachmentName + ".json", "application/json", model.json(), layout.attachmentDescription(), "Data", false)));
            if (model.linkedData() != null) {
                attachments.add(new PdfArchive.Attachment(attachmentName + ".jsonld", "application/ld+json",
                        model.linkedData(), text.get("attachment.linkedData"), "Alternative", true));
            }
            PdfArchive.attach(document, attachments, model.producedAt());
            document.getDocumentCatalog().setLanguage(language == Language.ENGLISH ? "en-GB" : language.code());
            PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
            preferences.setDisplayDocTitle(true);
            document.getDocumentCatalog().setViewerPreferences(preferences);
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The document of " + model.reference() + " could not be rendered", e);
        }
    }

    /**
     * The font without glyph substitution: Latin text needs no shaping, ligatures would only make extracted text
     * less predictable, and PDFBox's substitution step costs more than all the rest of the rendering.
     */
    private static TrueTypeFont parse(byte[] ttf) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
        font.setEnableGsub(false);
        return font;
    }

    /** The running header: the document's type and title, on every page but the cover. */
    private static void header(PDPageContentStream content, RenderableDocument model, Styles styles, int page)
            throws IOException {
        if (page > 0) {
            Style small = styles.small;
            show(content, small, LEFT, PAGE.getHeight() - 38, small.face().truncate(
                    small.face().printable(model.documentType() + " \u00b7 " + model.title()), small.size(), WIDTH));
        }
    }

    /** The footer: DRAFT for a draft, reference, version, page x of y. */
    private static void footer(PDPageContentStream content, RenderableDocument model, Styles styles, DocumentText text,
                               int page, int pages) throws IOException {
        Style small = styles.small;
        content.setStrokingColor(Styles.RULE.r(), Styles.RULE.g(), Styles.RULE.b());
        content.setLineWidth(0.5f);
        content.moveTo(LEFT, 48);
        content.lineTo(LEFT + WIDTH, 48);
        content.stroke();
        String footer = small.face().printable((model.draft() ? text.get("watermark") + " \u00b7 " : "")
                + text.get("footer", model.reference(), String.valueOf(model.versionNumber()), String.valueOf(page + 1),
                String.valueOf(pages)));
        show(content, small, LEFT + (WIDTH - small.face().width(footer, small.size())) / 2, 34, footer);
    }

    private static void show(PDPageContentStream content, Style style, float x, float baseline, String printable)
            throws IOException {
        content.beginText();
        content.setFont(style.face().font, style.size());
        content.setNonStrokingColor(style.colour().r(), style.colour().g(), style.colour().b());
        content.newLineAtOffset(x, baseline);
        content.showText(printable);
        content.endText();
    }

    /**
     * The DRAFT mark: the word's outline, large and light, across the page from corner to corner. An outline rather
     * than text, so that it never breaks into the page's text when the text is extracted (the word is in the footer
     * as text). Built once per document, in page coordinates.
     */
    private static GeneralPath watermark(TrueTypeFont font, String word) throws IOException {
        float scale = WATERMARK_SIZE / font.getUnitsPerEm();
        GeneralPath letters = new GeneralPath();
        float advance = 0;
        for (int cp : word.codePoints().toArray()) {
            int glyph = font.getUnicodeCmapLookup().getGlyphId(cp);
            GlyphData data = font.getGlyph().getGlyph(glyph);
            if (data != null) {
                letters.append(data.getPath().getPathIterator(AffineTransform.getTranslateInstance(advance, 0)), false);
            }
            advance += font.getAdvanceWidth(glyph);
        }
        AffineTransform place = AffineTransform.getTranslateInstance(PAGE.getWidth() / 2, PAGE.getHeight() / 2);
        place.rotate(Math.atan2(PAGE.getHeight(), PAGE.getWidth()));
        place.scale(scale, scale);
        place.translate(-advance / 2, -font.getUnitsPerEm() * 0.35);
        return new GeneralPath(place.createTransformedShape(letters));
    }

    /** Fills the outline, translucent so that it never hides a word and still shows on table fills. */
    private static void fill(PDPageContentStream content, GeneralPath outline) throws IOException {
        PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
        translucent.setNonStrokingAlphaConstant(0.13f);
        content.saveGraphicsState();
        content.setGraphicsStateParameters(translucent);
        content.setNonStrokingColor(Styles.WATERMARK.r(), Styles.WATERMARK.g(), Styles.WATERMARK.b());
        float[] at = new float[6];
        float x = 0;
        float y = 0;
        for (PathIterator it = outline.getPathIterator(null); !it.isDone(); it.next()) {
            int segment = it.currentSegment(at);
            if (segment == PathIterator.SEG_MOVETO) {
                content.moveTo(at[0], at[1]);
            } else if (segment == PathIterator.SEG_LINETO) {
                content.lineTo(at[0], at[1]);
            } else if (segment == PathIterator.SEG_QUADTO) {
                // TrueType outlines are quadratic, PDF paths cubic: the same curve, its control points moved 2/3 of the way.
                content.curveTo(x + 2 * (at[0] - x) / 3, y + 2 * (at[1] - y) / 3,
                        at[2] + 2 * (at[0] - at[2]) / 3, at[3] + 2 * (at[1] - at[3]) / 3, at[2], at[3]);
            } else if (segment == PathIterator.SEG_CUBICTO) {
                content.curveTo(at[0], at[1], at[2], at[3], at[4], at[5]);
            } else {
                content.closePath();
                continue;
            }
            int end = segment == PathIterator.SEG_QUADTO ? 2 : segment == PathIterator.SEG_CUBICTO ? 4 : 0;
            x = at[end];
            y = at[end + 1];
        }
        content.fill();
        content.restoreGraphicsState();
    }

    /** Bookmarks for the cover, the contents and every heading; contents entries link to their pages. */
    private static void navigation(PDDocument document, DocumentLayout layout, RenderableDocument model, DocumentText text,
                                   Tagging tagging) throws IOException {
        PDDocumentOutline outline = new PDDocumentOutline();
        outline.addLast(bookmark(document, model.title(), 0));
        outline.addLast(bookmark(document, text.get("document.contents"), layout.pageOf("contents")));
        for (DocumentLayout.Heading h : layout.headings()) {
            String title = h.number() == null ? h.title() : h.number() + "  " + h.title();
            outline.addLast(bookmark(document, title, layout.pageOf(h.id())));
        }
        document.getDocumentCatalog().setDocumentOutline(outline);
        document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
        Map<Integer, List<PDAnnotation>> annotations = new HashMap<>();
        for (DocumentLayout.Link l : layout.links()) {
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(l.x(), l.y(), l.width(), l.height()));
            link.setPrinted(true);
            PDBorderStyleDictionary border = new PDBorderStyleDictionary();
            border.setWidth(0);
            link.setBorderStyle(border);
            link.setDestination(destination(document, layout.pageOf(l.target())));
            // What the link is, for a screen reader (PDF/UA: a link's alternative description), and its place in the tags.
            link.setContents(text.get("document.contents.link", layout.headingTitle(l.target()),
                    String.valueOf(layout.pageOf(l.target()) + 1)));
            tagging.annotation(l.tag(), link, document.getPage(l.page()));
            annotations.computeIfAbsent(l.page(), p -> new ArrayList<>()).add(link);
        }
        annotations.forEach((page, links) -> document.getPage(page).setAnnotations(links));
    }

    private static PDOutlineItem bookmark(PDDocument document, String title, int page) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination(document, page));
        return item;
    }

    private static PDPageFitWidthDestination destination(PDDocument document, int page) {
        PDPageFitWidthDestination destination = new PDPageFitWidthDestination();
        destination.setPage(document.getPage(page));
        destination.setTop((int) PAGE.getHeight());
        return destination;
    }

    private static byte[] resource(String name) {
        try (InputStream in = PdfBoxRenderer.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("The renderer's resource " + RESOURCES + name + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
