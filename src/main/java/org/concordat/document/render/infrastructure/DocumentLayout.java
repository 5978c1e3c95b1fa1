package org.concordat.document.render.infrastructure;

import static org.concordat.document.render.infrastructure.Galley.LEFT;
import static org.concordat.document.render.infrastructure.Galley.WIDTH;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concordat.document.render.domain.DocumentModel;
import org.concordat.document.render.domain.RenderableDocument;
import org.concordat.document.render.domain.SectionText;
import org.concordat.document.render.infrastructure.Table.Column;
import org.concordat.document.render.infrastructure.Table.Run;

/**
 * The machinery every document's layout shares: the cover's title block and facts, the contents with page numbers
 * and links, the template's sections with the authors' answers, parts that each start a page, notes, tables and
 * the authors' formatted text. A subclass says what the document contains and in what order ({@link #lay()}).
 *
 * <p>As it lays out, it tags: the document's title is the one H1; the contents, the template's sections and the parts
 * are H2; subheadings are H2 on the cover and H3 under a section or part, as are the questions an author answered;
 * text is P, bullets L, LI, Lbl and LBody; the contents a TOC whose entries are links.
 */
abstract class DocumentLayout {

    /**
     * An entry of the contents and of the bookmarks.
     *
     * @param number the section's number hanging in the margin, or null
     * @param part   a part of the document after (or before) the template's sections, set in bold in the contents
     */
    record Heading(String id, String number, String title, boolean part) {
    }

    /** A clickable contents entry: where it is, the heading it leads to, and its Link element. */
    record Link(int page, float x, float y, float width, float height, String target, Tagging.Tag tag) {
    }

    static final float NUMBER_WIDTH = 24f;

    final RenderableDocument document;
    final Styles styles;
    final DocumentText text;
    final Galley galley = new Galley();
    final List<Heading> headings = new ArrayList<>();
    private final Map<String, Integer> pages = new HashMap<>();
    private final List<Link> links = new ArrayList<>();
    /** The level of a subheading: on the cover, under the title; after it, under a section or part. */
    private String subheadingLevel = "H2";

    DocumentLayout(RenderableDocument document, Styles styles, DocumentText text) {
        this.document = document;
        this.styles = styles;
        this.text = text;
    }

    /** The renderer's choice of layout for a document. */
    static DocumentLayout of(RenderableDocument document, Styles styles, DocumentText text) {
        if (document instanceof DocumentModel agreement) {
            return new AgreementLayout(agreement, styles, text);
        }
        return new DpiaLayout((org.concordat.document.render.domain.DpiaDocumentModel) document, styles, text);
    }

    /** Lays the whole document out, in reading order. */
    abstract Galley lay();

    /** How the attached machine-readable copy describes itself. */
    String attachmentDescription() {
        return text.get("attachment.description");
    }

    List<Heading> headings() {
        return headings;
    }

    /** The page (from 0) each heading landed on. */
    int pageOf(String headingId) {
        return pages.get(headingId);
    }

    /** The title of a heading of the contents, as the contents show it (with its number, if any). */
    String headingTitle(String headingId) {
        return headings.stream().filter(h -> h.id().equals(headingId))
                .map(h -> h.number() == null ? h.title() : h.number() + " " + h.title()).findFirst().orElseThrow();
    }

    List<Link> links() {
        return links;
    }

    /** The contents entries of the template's sections, numbered or not. */
    void sectionHeadings(List<DocumentModel.Section> sections, boolean numbered) {
        for (int i = 0; i < sections.size(); i++) {
            DocumentModel.Section s = sections.get(i);
            headings.add(new Heading("section:" + s.key(), numbered ? String.valueOf(i + 1) : null, s.heading(), false));
        }
    }

    void partHeadings(List<String> parts) {
        for (String part : parts) {
            headings.add(new Heading("part:" + part, null, text.get("part." + part), true));
        }
    }

    /** The cover's title block: kind of document, title, reference and version, a rule. */
    void coverTitle() {
        galley.advance(36);
        galley.within("P", () -> galley.lines(wrap(document.documentType().toUpperCase(Locale.UK), styles.kicker, WIDTH),
                styles.kicker, LEFT));
        galley.advance(8);
        galley.within("H1", () -> galley.lines(wrap(document.title(), styles.coverTitle, WIDTH), styles.coverTitle, LEFT));
        galley.advance(6);
        galley.within("P", () -> galley.lines(wrap(document.reference() + " \u00b7 " + text.get("version",
                document.versionNumber()), styles.coverSubtitle, WIDTH), styles.coverSubtitle, LEFT));
        galley.advance(16);
        galley.rule(LEFT, galley.y(), LEFT + WIDTH, galley.y(), 1.2f, Styles.ACCENT);
        galley.advance(14);
    }

    /** A label and its value on one line of the cover or of a record; the value wraps beside the label. */
    void fact(String labelKey, String value) {
        factText(text.get(labelKey), value);
    }

    void factText(String label, String value) {
        float labelWidth = 150;
        List<String> labelLines = wrap(label, styles.bodyMuted, labelWidth - 10);
        List<String> lines = wrap(value, styles.label, WIDTH - labelWidth);
        float height = Math.max(labelLines.size(), lines.size()) * styles.label.leading();
        galley.ensure(height);
        float top = galley.y();
        // One paragraph, read as "label value".
        galley.within("P", () -> {
            for (int i = 0; i < labelLines.size(); i++) {
                galley.text(LEFT, top - i * styles.bodyMuted.leading(), labelLines.get(i), styles.bodyMuted);
            }
            galley.lines(lines, styles.label, LEFT + labelWidth);
        });
        galley.advance(galley.y() - (top - height) + 2);
    }

    /** A short text in a tinted box, for the draft notice. */
    void note(String note) {
        note(null, note, Styles.BAND_FILL, null);
    }

    /** A notice in a tinted box, with an optional bold heading and a rule of colour down its left side. */
    void note(String heading, String note, Style.Rgb fill, Style.Rgb edge) {
        float pad = 8;
        List<String> head = heading == null ? List.of() : wrap(heading, styles.label, WIDTH - 2 * pad);
        List<String> lines = wrap(note, styles.body, WIDTH - 2 * pad);
        float height = (head.size() + lines.size()) * styles.body.leading() + 2 * pad + (head.isEmpty() ? 0 : 2);
        galley.ensure(height);
        galley.fill(LEFT, galley.y(), WIDTH, height, fill);
        if (edge != null) {
            galley.fill(LEFT, galley.y(), 3, height, edge);
        }
        galley.advance(pad);
        if (!head.isEmpty()) {
            galley.within("P", () -> galley.lines(head, styles.label, LEFT + pad));
            galley.advance(2);
        }
        galley.within("P", () -> galley.lines(lines, styles.body, LEFT + pad));
        galley.advance(pad);
    }

    void contents() {
        subheadingLevel = "H3";
        title("contents", text.get("document.contents"));
        Tagging.Tag toc = galley.tag().child("TOC");
        galley.advance(6);
        float pageColumn = 30;
        boolean numbers = headings.stream().anyMatch(h -> h.number() != null);
        float indent = numbers ? NUMBER_WIDTH : 0;
        Boolean previous = null;
        for (Heading h : headings) {
            // A little space where the contents go from sections to parts, or back.
            if (previous != null && previous != h.part()) {
                galley.space(10);
            }
            previous = h.part();
            Style style = h.part() ? styles.label : styles.body;
            List<String> lines = wrap(h.title(), style, WIDTH - indent - pageColumn - 10);
            float height = lines.size() * style.leading();
            galley.ensure(height);
            float top = galley.y();
            float lastTop = top - height + style.leading();
            // Each entry a link, number, title and page: TOCI, Reference, Link.
            Tagging.Tag link = toc.child("TOCI").child("Reference").child("Link");
            galley.as(link, () -> {
                if (h.number() != null) {
                    galley.text(LEFT, top, h.number(), styles.bodyMuted);
                }
                galley.lines(lines, style, LEFT + indent);
                float end = LEFT + indent + style.face().width(lines.get(lines.size() - 1), style.size()) + 4;
                galley.dots(end, LEFT + WIDTH - pageColumn + 4, lastTop - style.baseline() + 1, Styles.MUTED);
                galley.textRight(LEFT + WIDTH, lastTop, () -> String.valueOf(pageOf(h.id()) + 1), style);
            });
            links.add(new Link(galley.page(), LEFT, top - height, WIDTH, height, h.id(), link));
            galley.advance(4);
        }
    }

    /**
     * The template's sections, one after another, with the authors' answers; after each section's own text comes
     * what the subclass generates for it (a DPIA's risk register in its step 5).
     */
    void sections(List<DocumentModel.Section> sections, boolean numbered) {
        for (int i = 0; i < sections.size(); i++) {
            DocumentModel.Section section = sections.get(i);
            galley.space(18);
            galley.ensure(keepWithHeading(section));
            numbered("section:" + section.key(), numbered ? String.valueOf(i + 1) : null, section.heading());
            String generated = section.generated() == null ? null : "generated." + section.generated();
            if (generated != null && text.has(generated)) {
                galley.advance(2);
                paragraph(text.get(generated), styles.bodyMuted, LEFT, WIDTH);
            }
            for (DocumentModel.Answer answer : section.answers()) {
                galley.space(8);
                List<String> label = wrap(answer.label(), styles.label, WIDTH);
                galley.ensure((label.size() + 2) * styles.label.leading());
                // The question the author answered: a heading under the section's.
                galley.within("H3", () -> galley.lines(label, styles.label, LEFT));
                galley.advance(2);
                if (answer.text() == null) {
                    paragraph(text.get("section.unanswered"), styles.bodyMuted, LEFT, WIDTH);
                } else {
                    formatted(answer.text());
                }
            }
            afterSection(section);
        }
    }

    /** How much of what follows a section's heading must fit under it on the page (beyond a few lines of text). */
    float keepWithHeading(DocumentModel.Section section) {
        return 0;
    }

    /** What the document generates for a section from its structured data, after the authors' answers; none here. */
    void afterSection(DocumentModel.Section section) {
    }

    /** A part: a new page, its title, then its content. */
    void part(String name, Runnable content) {
        galley.newPage();
        title("part:" + name, text.get("part." + name));
        content.run();
    }

    void title(String id, String title) {
        pages.put(id, galley.page());
        galley.within("H2", () -> galley.lines(wrap(title, styles.title, WIDTH), styles.title, LEFT));
        galley.advance(4);
        galley.rule(LEFT, galley.y(), LEFT + 48, galley.y(), 2f, Styles.ACCENT);
        galley.advance(12);
    }

    /** A section heading with its number (if any) hanging in the margin column; it keeps a few lines of its text with it. */
    void numbered(String id, String number, String heading) {
        float indent = number == null ? 0 : NUMBER_WIDTH;
        List<String> lines = wrap(heading, styles.heading, WIDTH - indent);
        galley.ensure(lines.size() * styles.heading.leading() + 4 * styles.body.leading());
        pages.put(id, galley.page());
        galley.within("H2", () -> {
            if (number != null) {
                galley.text(LEFT, galley.y(), number, styles.heading);
            }
            galley.lines(lines, styles.heading, LEFT + indent);
        });
        galley.advance(2);
    }

    void subheading(String heading) {
        galley.space(16);
        galley.ensure(styles.label.leading() * 3);
        galley.within(subheadingLevel, () -> galley.lines(wrap(heading, styles.label, WIDTH), styles.label, LEFT));
        galley.advance(3);
    }

    void intro(String key) {
        paragraph(text.get(key), styles.bodyMuted, LEFT, WIDTH);
        galley.advance(10);
    }

    /** An author's text: paragraphs and bullet items (consecutive items one list), everything else shown as typed. */
    void formatted(String authored) {
        boolean first = true;
        Tagging.Tag list = null;
        for (SectionText.Block block : SectionText.blocks(authored)) {
            if (!first) {
                galley.advance(block.bullet() ? 2 : 6);
            }
            first = false;
            if (block.bullet()) {
                if (list == null) {
                    list = galley.tag().child("L");
                }
                galley.as(list, () -> bullet(block.text(), styles.body));
            } else {
                list = null;
                paragraph(block.text(), styles.body, LEFT, WIDTH);
            }
        }
    }

    /** An item of the list the galley has open: LI, its bullet the Lbl and its text the LBody. */
    void bullet(String item, Style style) {
        galley.ensure(style.leading());
        galley.within("LI", () -> {
            galley.within("Lbl", () -> galley.text(LEFT + 5, galley.y(), "\u2022", style));
            galley.within("LBody", () -> galley.lines(wrap(item, style, WIDTH - 16), style, LEFT + 16));
        });
    }

    /** A paragraph: P. */
    void paragraph(String paragraph, Style style, float x, float width) {
        galley.within("P", () -> galley.lines(wrap(paragraph, style, width), style, x));
    }

    static List<String> wrap(String text, Style style, float width) {
        return style.face().wrap(style.face().printable(text), style.size(), width);
    }

    Run labelled(String labelKey, String value) {
        return new Run(text.get(labelKey), styles.cellLabel, value, styles.cell);
    }

    Table table(List<Column> columns) {
        return new Table(columns, styles.cellHeader, Styles.HEADER_FILL, Styles.RULE, LEFT);
    }

    Column column(String key, float share) {
        return new Column(text.get(key), WIDTH * share);
    }

    String orNone(String value) {
        return value == null || value.isBlank() ? text.get("value.none") : value;
    }
}
