package org.concordat.document.render.infrastructure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * The logical structure of a tagged PDF (ISO 32000-1 14.7, 14.8; PDF/UA-1): the layout opens {@link Tag}s as it goes, in
 * reading order, and the text it draws becomes their content; everything else on a page (rules, fills, running header,
 * footer, repeated table headers, the DRAFT mark) is an artifact. When pages are written, each run of drawing with one
 * tag becomes a marked-content sequence with its own MCID, and the parent tree maps it back to its element. All the
 * COS work of tagging is here; the layout only names structure types.
 */
final class Tagging {

    /** Content that is not part of the document's text: decoration and page furniture. */
    static final Tag ARTIFACT = new Tag(null);

    private static final COSName MCR = COSName.getPDFName("MCR");
    private static final COSName OBJR = COSName.getPDFName("OBJR");
    private static final COSName TABS = COSName.getPDFName("Tabs");
    private static final COSName SCOPE = COSName.getPDFName("Scope");
    private static final COSName COL_SPAN = COSName.getPDFName("ColSpan");
    private static final COSName TABLE = COSName.getPDFName("Table");

    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final Tag document;
    /** For each page (by index), the element of each MCID on it, in MCID order. */
    private final List<COSArray> marks = new ArrayList<>();
    /** The elements of annotations (links), keyed after the pages in the parent tree. */
    private final List<COSDictionary> annotations = new ArrayList<>();

    Tagging() {
        PDStructureElement element = new PDStructureElement("Document", root);
        root.appendKid(element);
        document = new Tag(element);
    }

    /** The root of the structure: the Document element. */
    Tag document() {
        return document;
    }

    /** A structure element, or {@link #ARTIFACT}. */
    static final class Tag {

        private final PDStructureElement element;

        private Tag(PDStructureElement element) {
            this.element = element;
        }

        /** A new element of that standard type, the last child of this one so far. */
        Tag child(String type) {
            if (element == null) {
                throw new IllegalStateException("An artifact has no structure under it");
            }
            PDStructureElement child = new PDStructureElement(type, element);
            element.appendKid(child);
            return new Tag(child);
        }

        boolean artifact() {
            return element == null;
        }

        String type() {
            return element == null ? null : element.getStructureType();
        }

        boolean is(String type) {
            return element != null && type.equals(element.getStructureType());
        }

        /** Alternative text (a figure's). */
        Tag alt(String text) {
            element.setAlternateDescription(text);
            return this;
        }

        /** A table header cell's scope: Column or Row. */
        Tag scope(String scope) {
            tableAttribute(SCOPE, COSName.getPDFName(scope));
            return this;
        }

        /** A table cell across that many columns. */
        Tag columns(int span) {
            if (span > 1) {
                tableAttribute(COL_SPAN, COSInteger.get(span));
            }
            return this;
        }

        private void tableAttribute(COSName key, COSBase value) {
            COSDictionary attributes = element.getCOSObject().getCOSDictionary(COSName.A);
            if (attributes == null) {
                attributes = new COSDictionary();
                attributes.setDirect(true);
                attributes.setItem(COSName.O, TABLE);
                element.getCOSObject().setItem(COSName.A, attributes);
            }
            attributes.setItem(key, value);
        }
    }

    /**
     * Starts a page: its marked content is found through its StructParents, and its annotations are visited in the
     * order of the structure (Tabs S).
     */
    void page(PDPage page, int index) {
        while (marks.size() <= index) {
            marks.add(new COSArray());
        }
        page.setStructParents(index);
        page.getCOSObject().setItem(TABS, COSName.S);
    }

    /** Opens a marked-content sequence for the tag's content on the page (close it with {@link #end}). */
    void begin(PDPageContentStream content, PDPage page, int index, Tag tag) throws IOException {
        if (tag.artifact()) {
            content.beginMarkedContent(COSName.ARTIFACT);
            return;
        }
        COSArray onPage = marks.get(index);
        int mcid = onPage.size();
        onPage.add(tag.element);
        COSDictionary element = tag.element.getCOSObject();
        COSDictionary first = element.getCOSDictionary(COSName.PG);
        if (first == null) {
            element.setItem(COSName.PG, page);
            kid(element, COSInteger.get(mcid));
        } else if (first == page.getCOSObject()) {
            kid(element, COSInteger.get(mcid));
        } else {
            // Content of an element that goes on over a page: a reference that names its page.
            COSDictionary reference = new COSDictionary();
            reference.setDirect(true);
            reference.setItem(COSName.TYPE, MCR);
            reference.setItem(COSName.PG, page);
            reference.setInt(COSName.MCID, mcid);
            kid(element, reference);
        }
        content.beginMarkedContent(COSName.getPDFName(tag.type()), mcid);
    }

    void end(PDPageContentStream content) throws IOException {
        content.endMarkedContent();
    }

    /** Makes an annotation (a link) part of the tag: an object reference among its kids, and its StructParent. */
    void annotation(Tag tag, PDAnnotation annotation, PDPage page) {
        int key = marks.size() + annotations.size();
        annotations.add(tag.element.getCOSObject());
        annotation.setStructParent(key);
        COSDictionary reference = new COSDictionary();
        reference.setDirect(true);
        reference.setItem(COSName.TYPE, OBJR);
        reference.setItem(COSName.PG, page);
        reference.setItem(COSName.OBJ, annotation);
        kid(tag.element.getCOSObject(), reference);
    }

    /** Puts the structure into the document: the tree with its parent tree, and the catalogue's MarkInfo. */
    void finish(PDDocument pdf) {
        COSArray numbers = new COSArray();
        for (int i = 0; i < marks.size(); i++) {
            numbers.add(COSInteger.get(i));
            numbers.add(marks.get(i));
        }
        for (int i = 0; i < annotations.size(); i++) {
            numbers.add(COSInteger.get(marks.size() + i));
            numbers.add(annotations.get(i));
        }
        COSDictionary parentTree = new COSDictionary();
        parentTree.setItem(COSName.NUMS, numbers);
        root.getCOSObject().setItem(COSName.PARENT_TREE, parentTree);
        root.setParentTreeNextKey(marks.size() + annotations.size());
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
    }

    private static void kid(COSDictionary element, COSBase kid) {
        COSBase kids = element.getDictionaryObject(COSName.K);
        if (kids == null) {
            element.setItem(COSName.K, kid);
        } else if (kids instanceof COSArray array) {
            array.add(kid);
        } else {
            COSArray array = new COSArray();
            array.add(kids);
            array.add(kid);
            element.setItem(COSName.K, array);
        }
    }
}
