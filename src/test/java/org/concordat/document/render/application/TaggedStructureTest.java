package org.concordat.document.render.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.concordat.document.render.domain.DocumentModel;
import org.concordat.document.render.domain.DpiaDocumentModel;
import org.concordat.document.render.domain.SectionText;
import org.concordat.document.render.infrastructure.PdfBoxRenderer;
import org.concordat.document.render.infrastructure.SampleDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads the tags of rendered agreements and DPIAs as assistive technology would: the structure tree in order, with
 * the text of each element's marked content, the tables' header cells, the figures' alternative text, and the
 * content streams, where everything painted must be marked content of an element or an artifact.
 */
class TaggedStructureTest {

    static final ResourceBundle WORDS = ResourceBundle.getBundle("org.concordat.document.document-text");
    static final PdfBoxRenderer renderer = new PdfBoxRenderer();
    /** Operators that put something on the page. */
    static final Set<String> PAINTING = Set.of("Tj", "TJ", "'", "\"", "f", "F", "f*", "B", "B*", "b", "b*", "S", "s",
            "sh", "Do", "BI");

    static DocumentModel large;
    static DpiaDocumentModel dpia;
    static byte[] largePdf;
    static byte[] draftPdf;
    static byte[] dpiaPdf;
    static byte[] draftDpiaPdf;

    @BeforeAll
    static void render() {
        large = SampleDocuments.agreement(100, false);
        largePdf = renderer.render(large);
        draftPdf = renderer.render(SampleDocuments.agreement(3, true));
        dpia = DpiaDocumentTest.model(SampleDpias.completed());
        dpiaPdf = renderer.render(dpia);
        draftDpiaPdf = renderer.render(DpiaDocumentTest.model(SampleDpias.draft()));
    }

    static Map<String, byte[]> all() {
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("agreement of 100 flows", largePdf);
        all.put("draft agreement", draftPdf);
        all.put("completed DPIA", dpiaPdf);
        all.put("draft DPIA", draftDpiaPdf);
        return all;
    }

    @Test
    void theHeadingsAreInReadingOrderFromOneH1WithoutSkippingALevel() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(largePdf)) {
            Tree tree = new Tree(pdf);
            List<Node> headings = tree.nodes.stream().filter(n -> n.type().matches("H[1-6]")).toList();
            assertEquals("H1", headings.get(0).type(), "the document's title is its first heading");
            assertEquals(squash(large.title()), headings.get(0).text());
            assertEquals(1, headings.stream().filter(h -> h.type().equals("H1")).count(), "one H1");
            int level = 1;
            for (Node h : headings) {
                int next = h.type().charAt(1) - '0';
                assertTrue(next <= level + 1, "a heading level is skipped before " + h.type() + " " + h.text());
                level = next;
            }
            // The contents, the numbered sections and the parts are H2, in the order of the document.
            List<String> expected = new ArrayList<>();
            expected.add(squash(WORDS.getString("document.contents")));
            for (int i = 0; i < large.sections().size(); i++) {
                expected.add(squash((i + 1) + large.sections().get(i).heading()));
            }
            Stream.of("part.flows", "part.lawfulBasis", "part.annex", "part.signatures")
                    .map(k -> squash(WORDS.getString(k))).forEach(expected::add);
            List<String> h2 = headings.stream().filter(h -> h.type().equals("H2")).map(Node::text).toList();
            assertEquals(expected, h2.subList(h2.indexOf(expected.get(0)), h2.size()));
            // The cover's subheadings (purpose, parties) come before, as H2; the questions answered are H3.
            assertTrue(h2.indexOf(squash(WORDS.getString("cover.parties"))) < h2.indexOf(expected.get(0)));
            List<String> h3 = headings.stream().filter(h -> h.type().equals("H3")).map(Node::text).toList();
            large.sections().get(0).answers().forEach(a -> assertTrue(h3.contains(squash(a.label())), a.label()));
        }
    }

    @Test
    void tablesHaveOneRowOfColumnHeadersAndEveryRowSpansEveryColumn() throws IOException {
        for (Map.Entry<String, byte[]> document : all().entrySet()) {
            try (PDDocument pdf = Loader.loadPDF(document.getValue())) {
                List<Node> tables = new Tree(pdf).nodes.stream().filter(n -> n.type().equals("Table")).toList();
                assertTrue(tables.size() >= 2, document.getKey() + " has its tables tagged");
                for (Node table : tables) {
                    List<PDStructureElement> rows = children(table.element());
                    rows.forEach(r -> assertEquals("TR", r.getStructureType()));
                    List<PDStructureElement> header = children(rows.get(0));
                    for (PDStructureElement th : header) {
                        assertEquals("TH", th.getStructureType(), document.getKey() + ": the first row is of header cells");
                        COSDictionary attributes = th.getCOSObject().getCOSDictionary(COSName.A);
                        assertEquals("Table", attributes.getNameAsString(COSName.O));
                        assertEquals("Column", attributes.getNameAsString(COSName.getPDFName("Scope")));
                    }
                    for (PDStructureElement row : rows.subList(1, rows.size())) {
                        int columns = 0;
                        for (PDStructureElement cell : children(row)) {
                            assertEquals("TD", cell.getStructureType(), document.getKey() + ": only the first row has TH");
                            COSDictionary attributes = cell.getCOSObject().getCOSDictionary(COSName.A);
                            columns += attributes == null ? 1 : attributes.getInt(COSName.getPDFName("ColSpan"), 1);
                        }
                        assertEquals(header.size(), columns, document.getKey() + ": a row spans all the columns");
                    }
                }
            }
        }
        // The flows table: its header once (repeated on later pages as artifacts), then two rows for each flow.
        try (PDDocument pdf = Loader.loadPDF(largePdf)) {
            Tree tree = new Tree(pdf);
            Node flows = tree.nodes.stream().filter(n -> n.type().equals("Table"))
                    .filter(t -> tree.text(children(children(t.element()).get(0)).get(1)).equals(squash(WORDS.getString("flows.route"))))
                    .findFirst().orElseThrow();
            assertEquals(1 + 2 * large.flows().size(), children(flows.element()).size());
            long repeated = tree.artifactTexts().stream().filter(t -> t.contains(squash(WORDS.getString("flows.route")))).count();
            assertTrue(repeated > 5, "the flows table's header is repeated as an artifact on its later pages: " + repeated);
        }
    }

    @Test
    void bulletsAreListItemsWithALabelAndABody() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(largePdf)) {
            Tree tree = new Tree(pdf);
            List<Node> lists = tree.nodes.stream().filter(n -> n.type().equals("L")).toList();
            assertFalse(lists.isEmpty(), "the authors' bullets are a list");
            List<SectionText.Block> items = SectionText.blocks(large.sections().get(0).answers().get(2).text());
            boolean found = false;
            for (Node list : lists) {
                List<PDStructureElement> lis = children(list.element());
                for (PDStructureElement li : lis) {
                    assertEquals("LI", li.getStructureType());
                    List<PDStructureElement> parts = children(li);
                    assertEquals(List.of("Lbl", "LBody"), parts.stream().map(PDStructureElement::getStructureType).toList());
                    assertEquals("\u2022", tree.text(parts.get(0)));
                }
                found |= lis.size() == items.size() && tree.text(children(lis.get(0)).get(1)).equals(squash(items.get(0).text()));
            }
            assertTrue(found, "the three contacts are one list of three items");
        }
    }

    @Test
    void theHeatMapsAreFiguresWithAlternativeTextNamingEachRisk() throws IOException {
        for (byte[] document : List.of(dpiaPdf, draftDpiaPdf)) {
            try (PDDocument pdf = Loader.loadPDF(document)) {
                List<Node> figures = new Tree(pdf).nodes.stream().filter(n -> n.type().equals("Figure")).toList();
                assertEquals(2, figures.size(), "the heat maps before and after the measures");
                assertTrue(figures.get(0).element().getAlternateDescription().startsWith(WORDS.getString("dpia.heat.before")));
                assertTrue(figures.get(1).element().getAlternateDescription().startsWith(WORDS.getString("dpia.heat.after")));
            }
        }
        try (PDDocument pdf = Loader.loadPDF(dpiaPdf)) {
            List<Node> figures = new Tree(pdf).nodes.stream().filter(n -> n.type().equals("Figure")).toList();
            List<DpiaDocumentModel.HeatMap> maps = List.of(dpia.heatMapBefore(), dpia.heatMapAfter());
            for (int i = 0; i < 2; i++) {
                String alt = figures.get(i).element().getAlternateDescription();
                for (DpiaDocumentModel.HeatRow row : maps.get(i).rows()) {
                    for (DpiaDocumentModel.HeatCell cell : row.cells()) {
                        cell.riskKeys().forEach(key -> assertTrue(alt.contains(key), key + " is in the text of the map: " + alt));
                    }
                }
            }
        }
        // No figure anywhere without its alternative text.
        for (Map.Entry<String, byte[]> document : all().entrySet()) {
            try (PDDocument pdf = Loader.loadPDF(document.getValue())) {
                new Tree(pdf).nodes.stream().filter(n -> n.type().equals("Figure")).forEach(f ->
                        assertFalse(f.element().getAlternateDescription() == null || f.element().getAlternateDescription().isBlank(),
                                document.getKey()));
            }
        }
    }

    @Test
    void languageTitleMarkInfoTabOrderAndParentTreeAreSet() throws IOException {
        for (Map.Entry<String, byte[]> document : all().entrySet()) {
            try (PDDocument pdf = Loader.loadPDF(document.getValue())) {
                String name = document.getKey();
                assertEquals("en-GB", pdf.getDocumentCatalog().getLanguage(), name);
                assertTrue(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle(), name);
                assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), name);
                byte[] packet = pdf.getDocumentCatalog().getMetadata().toByteArray();
                assertTrue(new String(packet, StandardCharsets.UTF_8).contains("<pdfuaid:part>1</pdfuaid:part>"), name);
                try {
                    assertEquals(pdf.getDocumentInformation().getTitle(),
                            new DomXmpParser().parse(packet).getDublinCoreSchema().getTitle(), name + ": dc:title");
                } catch (XmpParsingException | BadFieldValueException e) {
                    throw new AssertionError(name + ": the XMP does not parse", e);
                }
                int links = 0;
                for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                    PDPage page = pdf.getPage(i);
                    assertEquals(COSName.S, page.getCOSObject().getCOSName(COSName.getPDFName("Tabs")), name + " page " + (i + 1));
                    assertEquals(i, page.getStructParents(), name + " page " + (i + 1));
                    links += page.getAnnotations().size();
                }
                assertEquals(pdf.getNumberOfPages() + links, pdf.getDocumentCatalog().getStructureTreeRoot().getParentTreeNextKey(), name);
            }
        }
    }

    @Test
    void everyPaintingOperatorIsInsideMarkedContentOrAnArtifact() throws IOException {
        for (Map.Entry<String, byte[]> document : all().entrySet()) {
            try (PDDocument pdf = Loader.loadPDF(document.getValue())) {
                Tree tree = new Tree(pdf);
                int watermarks = 0;
                for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                    String where = document.getKey() + " page " + (i + 1);
                    Deque<String> open = new ArrayDeque<>();
                    List<Object> operands = new ArrayList<>();
                    PDFStreamParser parser = new PDFStreamParser(pdf.getPage(i));
                    for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                        if (!(token instanceof Operator op)) {
                            operands.add(token);
                            continue;
                        }
                        String name = op.getName();
                        if (name.equals("BDC") || name.equals("BMC")) {
                            assertTrue(open.isEmpty(), where + ": marked content is never nested here");
                            String tag = ((COSName) operands.get(0)).getName();
                            if (name.equals("BDC")) {
                                int mcid = ((COSDictionary) operands.get(1)).getInt(COSName.MCID);
                                PDStructureElement owner = tree.parentOf(i, mcid);
                                assertNotNull(owner, where + ": MCID " + mcid + " is in the parent tree");
                                assertEquals(owner.getStructureType(), tag, where + ": MCID " + mcid);
                            } else {
                                assertEquals("Artifact", tag, where);
                            }
                            open.push(tag);
                        } else if (name.equals("EMC")) {
                            assertFalse(open.isEmpty(), where + ": EMC without BDC");
                            open.pop();
                        } else if (PAINTING.contains(name)) {
                            assertFalse(open.isEmpty(), where + ": " + name + " paints outside marked content");
                        } else if (name.equals("gs")) {
                            // The DRAFT mark's translucency: page furniture.
                            assertEquals("Artifact", open.peek(), where);
                            watermarks++;
                        }
                        operands.clear();
                    }
                    assertTrue(open.isEmpty(), where + ": marked content left open");
                }
                boolean draft = !document.getKey().equals("agreement of 100 flows")
                        && (!document.getKey().equals("completed DPIA") || dpia.draft());
                assertEquals(draft ? pdf.getNumberOfPages() : 0, watermarks, document.getKey() + ": the DRAFT mark on each page");
                // And every element's MCIDs are where the parent tree says.
                tree.assertParentTreeMatchesKids();
            }
        }
    }

    @Test
    void theRunningHeaderAndFooterAreArtifactsAndNeverPartOfTheText() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(largePdf)) {
            Tree tree = new Tree(pdf);
            int n = pdf.getNumberOfPages();
            String footer = squash(large.reference() + " \u00b7 Version 3 \u00b7 Page " + n + " of " + n);
            assertTrue(tree.artifactTexts().stream().anyMatch(t -> t.contains(footer)), "the footer is an artifact");
            String running = squash(large.documentType() + " \u00b7 " + large.title());
            assertTrue(tree.artifactTexts().stream().anyMatch(t -> t.startsWith(running.substring(0, 40))));
            for (Node node : tree.nodes) {
                String text = tree.text(node.element());
                assertFalse(text.contains(squash("Page " + n + " of " + n)), node.type() + " holds the footer");
            }
        }
    }

    @Test
    void contentsEntriesAreLinksWithADescriptionInTheStructure() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(largePdf)) {
            Tree tree = new Tree(pdf);
            List<PDAnnotation> annotations = pdf.getPage(1).getAnnotations();
            assertEquals(large.sections().size() + 4, annotations.size(), "a link for each entry of the contents");
            for (PDAnnotation annotation : annotations) {
                assertTrue(annotation instanceof PDAnnotationLink);
                assertNotNull(annotation.getContents());
                assertTrue(annotation.getContents().matches(".+, page \\d+"), annotation.getContents());
                PDStructureElement link = tree.parentOfAnnotation(annotation.getStructParent());
                assertEquals("Link", link.getStructureType());
                assertEquals("Reference", ((PDStructureElement) link.getParent()).getStructureType());
                assertEquals("TOCI", ((PDStructureElement) ((PDStructureElement) link.getParent()).getParent()).getStructureType());
                assertTrue(link.getKids().stream().anyMatch(k -> k instanceof PDObjectReference ref
                        && ref.getCOSObject().getCOSDictionary(COSName.OBJ) == annotation.getCOSObject()),
                        "the Link element refers to its annotation");
            }
        }
    }

    @Test
    void pdfinfoSaysTagged(@TempDir Path temp) throws Exception {
        for (Map.Entry<String, byte[]> document : all().entrySet()) {
            Path file = temp.resolve(document.getKey().replace(' ', '-') + ".pdf");
            Files.write(file, document.getValue());
            Process pdfinfo = new ProcessBuilder("pdfinfo", file.toString()).redirectErrorStream(true).start();
            String output = new String(pdfinfo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, pdfinfo.waitFor(), output);
            assertTrue(output.lines().anyMatch(l -> l.matches("Tagged:\\s+yes")), document.getKey() + ": " + output);
        }
    }

    /** Text without white space: lines are separate text objects, so spaces between them are not in the content. */
    static String squash(String text) {
        return text.replaceAll("\\s+", "");
    }

    static List<PDStructureElement> children(PDStructureElement element) {
        return element.getKids().stream().filter(PDStructureElement.class::isInstance).map(PDStructureElement.class::cast).toList();
    }

    record Node(String type, PDStructureElement element, String text) {
    }

    /** The structure tree in reading order, with the text of every marked-content sequence of every page. */
    static final class Tree {

        final PDDocument pdf;
        final List<Node> nodes = new ArrayList<>();
        /** page index → MCID → text. */
        final Map<Integer, Map<Integer, String>> marked = new HashMap<>();
        final Map<Integer, List<String>> artifacts = new HashMap<>();
        final COSArray parentTree;

        Tree(PDDocument pdf) throws IOException {
            this.pdf = pdf;
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(pdf.getPage(i));
                Map<Integer, String> texts = new HashMap<>();
                List<String> furniture = new ArrayList<>();
                for (PDMarkedContent content : extractor.getMarkedContents()) {
                    StringBuilder text = new StringBuilder();
                    content.getContents().stream().filter(TextPosition.class::isInstance)
                            .forEach(t -> text.append(((TextPosition) t).getUnicode()));
                    if ("Artifact".equals(content.getTag())) {
                        furniture.add(squash(text.toString()));
                    } else {
                        texts.put(content.getMCID(), squash(text.toString()));
                    }
                }
                marked.put(i, texts);
                artifacts.put(i, furniture);
            }
            PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
            assertNotNull(root, "the document has a structure tree");
            parentTree = root.getCOSObject().getCOSDictionary(COSName.PARENT_TREE).getCOSArray(COSName.NUMS);
            assertNotNull(parentTree, "the parent tree is one node of numbers");
            List<Object> top = root.getKids();
            assertEquals(1, top.size());
            PDStructureElement document = (PDStructureElement) top.get(0);
            assertEquals("Document", document.getStructureType());
            walk(document);
        }

        private void walk(PDStructureElement element) {
            nodes.add(new Node(element.getStructureType(), element, text(element)));
            children(element).forEach(this::walk);
        }

        List<String> artifactTexts() {
            return artifacts.values().stream().flatMap(List::stream).toList();
        }

        int pageIndex(PDPage page) {
            return pdf.getPages().indexOf(page);
        }

        /** The text of the element's content and its children's, in order. */
        String text(PDStructureElement element) {
            StringBuilder text = new StringBuilder();
            for (Object kid : element.getKids()) {
                if (kid instanceof Integer mcid) {
                    text.append(marked.get(pageIndex(element.getPage())).getOrDefault(mcid, ""));
                } else if (kid instanceof PDMarkedContentReference mcr) {
                    text.append(marked.get(pageIndex(mcr.getPage())).getOrDefault(mcr.getMCID(), ""));
                } else if (kid instanceof PDStructureElement child) {
                    text.append(text(child));
                }
            }
            return text.toString();
        }

        private COSBase value(int key) {
            for (int i = 0; i < parentTree.size(); i += 2) {
                if (((COSInteger) parentTree.getObject(i)).intValue() == key) {
                    return parentTree.getObject(i + 1);
                }
            }
            return null;
        }

        PDStructureElement parentOf(int page, int mcid) {
            COSArray elements = (COSArray) value(page);
            return elements == null || mcid >= elements.size() ? null
                    : new PDStructureElement((COSDictionary) elements.getObject(mcid));
        }

        PDStructureElement parentOfAnnotation(int key) {
            return new PDStructureElement((COSDictionary) value(key));
        }

        /** Each MCID an element claims is the one the parent tree gives back to it, and the other way round. */
        void assertParentTreeMatchesKids() {
            int claimed = 0;
            for (Node node : nodes) {
                for (Object kid : node.element().getKids()) {
                    int page;
                    int mcid;
                    if (kid instanceof Integer id) {
                        page = pageIndex(node.element().getPage());
                        mcid = id;
                    } else if (kid instanceof PDMarkedContentReference mcr) {
                        page = pageIndex(mcr.getPage());
                        mcid = mcr.getMCID();
                    } else {
                        continue;
                    }
                    claimed++;
                    assertEquals(node.element().getCOSObject(), parentOf(page, mcid).getCOSObject(),
                            node.type() + " page " + (page + 1) + " MCID " + mcid);
                }
            }
            int listed = 0;
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                listed += ((COSArray) value(i)).size();
            }
            assertEquals(listed, claimed, "every MCID of the parent tree belongs to exactly one element");
        }
    }
}
