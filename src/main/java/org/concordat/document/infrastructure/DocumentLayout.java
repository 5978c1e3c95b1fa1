package org.concordat.document.infrastructure;

import static org.concordat.document.infrastructure.Galley.LEFT;
import static org.concordat.document.infrastructure.Galley.WIDTH;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concordat.document.domain.DocumentModel;
import org.concordat.document.domain.DocumentModel.LegalBasis;
import org.concordat.document.domain.DocumentModel.Provision;
import org.concordat.document.domain.SectionText;
import org.concordat.document.infrastructure.Table.Band;
import org.concordat.document.infrastructure.Table.Cells;
import org.concordat.document.infrastructure.Table.Column;
import org.concordat.document.infrastructure.Table.Row;
import org.concordat.document.infrastructure.Table.Run;

/**
 * Lays a document out, in reading order: cover, contents, the template's sections, then the sharing flows, the
 * lawful basis of each flow, the legal annex and the signature page, each of those starting a page.
 */
final class DocumentLayout {

    /** An entry of the contents and of the bookmarks; number is null for the parts after the sections. */
    record Heading(String id, String number, String title) {
    }

    /** A clickable contents entry: where it is, and the heading it leads to. */
    record Link(int page, float x, float y, float width, float height, String target) {
    }

    private static final float NUMBER_WIDTH = 24f;
    /** Room above the signature line for a hand signature or a signature's visible appearance. */
    private static final float SIGNING_SPACE = 46f;

    private final DocumentModel model;
    private final Styles styles;
    private final DocumentText text;
    private final Galley galley = new Galley();
    private final List<Heading> headings = new ArrayList<>();
    private final Map<String, Integer> pages = new HashMap<>();
    private final List<Link> links = new ArrayList<>();

    DocumentLayout(DocumentModel model, Styles styles, DocumentText text) {
        this.model = model;
        this.styles = styles;
        this.text = text;
        for (int i = 0; i < model.sections().size(); i++) {
            DocumentModel.Section s = model.sections().get(i);
            headings.add(new Heading("section:" + s.key(), String.valueOf(i + 1), s.heading()));
        }
        for (String part : List.of("flows", "lawfulBasis", "annex", "signatures")) {
            headings.add(new Heading("part:" + part, null, text.get("part." + part)));
        }
    }

    Galley lay() {
        cover();
        galley.newPage();
        contents();
        galley.newPage();
        sections();
        part("flows", this::flows);
        part("lawfulBasis", this::lawfulBasis);
        part("annex", this::annex);
        part("signatures", this::signatures);
        return galley;
    }

    List<Heading> headings() {
        return headings;
    }

    /** The page (from 0) each heading landed on. */
    int pageOf(String headingId) {
        return pages.get(headingId);
    }

    List<Link> links() {
        return links;
    }

    private void cover() {
        galley.advance(36);
        galley.lines(wrap(model.documentType().toUpperCase(Locale.UK), styles.kicker, WIDTH), styles.kicker, LEFT);
        galley.advance(8);
        galley.lines(wrap(model.title(), styles.coverTitle, WIDTH), styles.coverTitle, LEFT);
        galley.advance(6);
        galley.lines(wrap(model.reference() + " \u00b7 " + text.get("version", model.versionNumber()), styles.coverSubtitle,
                WIDTH), styles.coverSubtitle, LEFT);
        galley.advance(16);
        galley.rule(LEFT, galley.y(), LEFT + WIDTH, galley.y(), 1.2f, Styles.ACCENT);
        galley.advance(14);
        fact("cover.status", text.label("status", model.status()));
        fact("cover.effective", text.day(model.effectiveDate()));
        fact("cover.review", text.day(model.reviewDate()));
        fact("cover.produced", text.moment(model.producedAt()));
        if (model.draft()) {
            galley.advance(12);
            note(text.get("cover.draftNote"));
        }
        if (model.purpose() != null) {
            subheading(text.get("cover.purpose"));
            formatted(model.purpose());
        }
        if (model.benefits() != null) {
            subheading(text.get("cover.benefits"));
            formatted(model.benefits());
        }
        subheading(text.get("cover.parties"));
        if (model.parties().isEmpty()) {
            paragraph(text.get("cover.noParties"), styles.bodyMuted, LEFT, WIDTH);
            return;
        }
        Table parties = table(List.of(column("party.organisation", 0.30f), column("party.role", 0.16f),
                column("party.signatory", 0.22f), column("party.contact", 0.32f)));
        for (DocumentModel.Party p : model.parties()) {
            List<Run> contact = new ArrayList<>();
            contact.add(new Run(orNone(p.contactName()), styles.cell));
            if (p.contactEmail() != null) {
                contact.add(new Run(p.contactEmail(), styles.cellMuted));
            }
            parties.group(List.of(new Cells(List.of(List.of(new Run(p.organisation(), styles.cellBold)),
                    List.of(new Run(text.label("role", p.role()), styles.cell)),
                    List.of(new Run(orNone(p.signatoryName()), styles.cell)), contact), null)));
        }
        parties.draw(galley);
    }

    private void fact(String labelKey, String value) {
        float labelWidth = 110;
        List<String> lines = wrap(value, styles.label, WIDTH - labelWidth);
        galley.ensure(lines.size() * styles.label.leading());
        galley.text(LEFT, galley.y(), styles.bodyMuted.face().printable(text.get(labelKey)), styles.bodyMuted);
        galley.lines(lines, styles.label, LEFT + labelWidth);
        galley.advance(2);
    }

    /** A short text in a tinted box, for the draft notice. */
    private void note(String note) {
        float pad = 8;
        List<String> lines = wrap(note, styles.body, WIDTH - 2 * pad);
        float height = lines.size() * styles.body.leading() + 2 * pad;
        galley.ensure(height);
        galley.fill(LEFT, galley.y(), WIDTH, height, Styles.BAND_FILL);
        galley.advance(pad);
        galley.lines(lines, styles.body, LEFT + pad);
        galley.advance(pad);
    }

    private void contents() {
        title("contents", text.get("document.contents"));
        galley.advance(6);
        float pageColumn = 30;
        boolean parts = false;
        for (Heading h : headings) {
            if (h.number() == null && !parts) {
                parts = true;
                galley.space(10);
            }
            Style style = h.number() == null ? styles.label : styles.body;
            List<String> lines = wrap(h.title(), style, WIDTH - NUMBER_WIDTH - pageColumn - 10);
            float height = lines.size() * style.leading();
            galley.ensure(height);
            float top = galley.y();
            if (h.number() != null) {
                galley.text(LEFT, top, h.number(), styles.bodyMuted);
            }
            galley.lines(lines, style, LEFT + NUMBER_WIDTH);
            float lastTop = top - height + style.leading();
            float end = LEFT + NUMBER_WIDTH + style.face().width(lines.get(lines.size() - 1), style.size()) + 4;
            galley.dots(end, LEFT + WIDTH - pageColumn + 4, lastTop - style.baseline() + 1, Styles.MUTED);
            galley.textRight(LEFT + WIDTH, lastTop, () -> String.valueOf(pageOf(h.id()) + 1), style);
            links.add(new Link(galley.page(), LEFT, top - height, WIDTH, height, h.id()));
            galley.advance(4);
        }
    }

    private void sections() {
        for (int i = 0; i < model.sections().size(); i++) {
            DocumentModel.Section section = model.sections().get(i);
            galley.space(18);
            numbered("section:" + section.key(), String.valueOf(i + 1), section.heading());
            String generated = section.generated() == null ? null : "generated." + section.generated();
            if (generated != null && text.has(generated)) {
                galley.advance(2);
                paragraph(text.get(generated), styles.bodyMuted, LEFT, WIDTH);
            }
            for (DocumentModel.Answer answer : section.answers()) {
                galley.space(8);
                List<String> label = wrap(answer.label(), styles.label, WIDTH);
                galley.ensure((label.size() + 2) * styles.label.leading());
                galley.lines(label, styles.label, LEFT);
                galley.advance(2);
                if (answer.text() == null) {
                    paragraph(text.get("section.unanswered"), styles.bodyMuted, LEFT, WIDTH);
                } else {
                    formatted(answer.text());
                }
            }
        }
    }

    private void flows() {
        intro("flows.intro");
        if (model.flows().isEmpty()) {
            paragraph(text.get("flows.none"), styles.bodyMuted, LEFT, WIDTH);
            return;
        }
        Table table = table(List.of(column("flows.key", 0.065f), column("flows.route", 0.19f),
                column("flows.subjects", 0.15f), column("flows.data", 0.22f), column("flows.purpose", 0.16f),
                column("flows.transfer", 0.215f)));
        for (int i = 0; i < model.flows().size(); i++) {
            DocumentModel.Flow f = model.flows().get(i);
            Style.Rgb fill = i % 2 == 1 ? Styles.STRIPE : null;
            List<Run> route = new ArrayList<>(List.of(new Run(f.from(), styles.cell), new Run("\u2192 " + f.to(), styles.cell)));
            if (f.bothWays()) {
                route.add(new Run(text.get("flows.bothWays"), styles.cellMuted));
            }
            Cells row = new Cells(List.of(List.of(new Run(f.key(), styles.cellBold)), route,
                    List.of(new Run(orNone(String.join(", ", f.dataSubjects())), styles.cell)),
                    List.of(new Run(orNone(String.join(", ", f.dataCategories())), styles.cell)),
                    List.of(new Run(orNone(f.purpose()), styles.cell)),
                    List.of(new Run(orNone(f.transferMethod()), styles.cell))), fill);
            // The long answers read better across the row than squeezed into a column.
            List<Run> details = new ArrayList<>();
            details.add(labelled("flows.frequency", orNone(f.frequency())));
            details.add(labelled("flows.retention", orNone(f.retention())));
            details.add(labelled("flows.reliesOn", f.legalBasis().isEmpty() ? text.get("basis.none")
                    : String.join(" \u00b7 ", f.legalBasis().stream().map(LegalBasis::provision).distinct()
                            .map(Provision::title).toList())));
            if (f.notes() != null) {
                details.add(labelled("flows.notes", f.notes()));
            }
            table.group(List.of(row, new Band(details, fill, 1)),
                    new Band(List.of(new Run(text.get("table.continued", f.key()), styles.cellLabel)), fill, 0));
        }
        table.draw(galley);
    }

    /**
     * The law each flow relies on, with the catalogue's plain-English summaries. Flows that rely on exactly the same
     * provisions are set out once, together: a hundred flows often rest on a handful of combinations, and repeating
     * each summary for every flow would bury the differences.
     */
    private void lawfulBasis() {
        intro("basis.intro");
        if (model.flows().isEmpty()) {
            paragraph(text.get("flows.none"), styles.bodyMuted, LEFT, WIDTH);
            return;
        }
        Map<List<LegalBasis>, List<DocumentModel.Flow>> combinations = new LinkedHashMap<>();
        for (DocumentModel.Flow f : model.flows()) {
            combinations.computeIfAbsent(f.legalBasis(), k -> new ArrayList<>()).add(f);
        }
        Table table = table(List.of(column("basis.kind", 0.22f), column("basis.provision", 0.27f),
                column("basis.meaning", 0.51f)));
        for (Map.Entry<List<LegalBasis>, List<DocumentModel.Flow>> combination : combinations.entrySet()) {
            List<DocumentModel.Flow> flows = combination.getValue();
            List<Run> heading = new ArrayList<>(List.of(new Run(text.get(flows.size() == 1 ? "basis.flow" : "basis.flows",
                    String.join(", ", flows.stream().map(DocumentModel.Flow::key).toList())), styles.cellBold)));
            long lawEnforcement = flows.stream().filter(DocumentModel.Flow::lawEnforcement).count();
            if (lawEnforcement > 0) {
                heading.add(new Run(text.get(lawEnforcement == flows.size() ? "basis.lawEnforcement" : "basis.someLawEnforcement",
                        String.join(", ", flows.stream().filter(DocumentModel.Flow::lawEnforcement).map(DocumentModel.Flow::key).toList())),
                        styles.cellMuted));
            }
            List<Row> rows = new ArrayList<>();
            Band band = new Band(heading, Styles.BAND_FILL, 0);
            rows.add(band);
            if (combination.getKey().isEmpty()) {
                rows.add(new Band(List.of(new Run(text.get("basis.none"), styles.cellMuted)), null, 0));
            }
            for (LegalBasis basis : combination.getKey()) {
                Provision p = basis.provision();
                List<Run> provision = new ArrayList<>(List.of(new Run(p.title(), styles.cellBold)));
                provision.add(new Run(p.known() ? p.citation() : text.get("basis.unknown"), styles.cellMuted));
                rows.add(new Cells(List.of(List.of(new Run(text.label("basis", basis.kind().name()), styles.cellMuted)),
                        provision, List.of(new Run(p.known() ? orNone(p.summary()) : "", styles.cell))), null));
            }
            table.group(rows, band);
        }
        table.draw(galley);
    }

    private void annex() {
        intro("annex.intro");
        if (model.annex().isEmpty()) {
            paragraph(text.get("annex.none"), styles.bodyMuted, LEFT, WIDTH);
            return;
        }
        Table table = table(List.of(column("annex.code", 0.17f), column("annex.provision", 0.35f),
                column("annex.citation", 0.48f)));
        for (int i = 0; i < model.annex().size(); i++) {
            Provision p = model.annex().get(i);
            table.group(List.of(new Cells(List.of(List.of(new Run(p.code(), styles.cellBold)),
                    List.of(new Run(p.title(), styles.cell)),
                    List.of(new Run(p.known() ? p.citation() : text.get("basis.unknown"), p.known() ? styles.cell : styles.cellMuted))),
                    i % 2 == 1 ? Styles.STRIPE : null)));
        }
        table.draw(galley);
    }

    private void signatures() {
        intro("signatures.intro");
        float pad = 12;
        float inner = WIDTH - 2 * pad;
        for (DocumentModel.Party p : model.parties()) {
            List<String> name = wrap(p.organisation(), styles.organisation, inner);
            List<String> signatory = wrap(p.signatoryName() == null ? text.get("signatures.notNamed") : p.signatoryName(),
                    styles.body, inner - 90);
            float height = pad + name.size() * styles.organisation.leading() + styles.body.leading() + 6
                    + signatory.size() * styles.body.leading() + SIGNING_SPACE + styles.body.leading() + pad;
            galley.space(14);
            galley.ensure(height);
            float top = galley.y();
            box(top, height);
            float x = LEFT + pad;
            galley.advance(pad);
            galley.lines(name, styles.organisation, x);
            galley.lines(List.of(styles.bodyMuted.face().printable(text.label("role", p.role()))), styles.bodyMuted, x);
            galley.advance(6);
            galley.text(x, galley.y(), styles.bodyMuted.face().printable(text.get("signatures.signatory")), styles.bodyMuted);
            galley.lines(signatory, styles.body, x + 90);
            galley.advance(SIGNING_SPACE);
            float lineY = galley.y() - styles.body.baseline() - 2;
            galley.text(x, galley.y(), styles.bodyMuted.face().printable(text.get("signatures.signature")), styles.bodyMuted);
            galley.rule(x + 90, lineY, x + 300, lineY, 0.7f, Styles.MUTED);
            galley.text(x + 320, galley.y(), styles.bodyMuted.face().printable(text.get("signatures.date")), styles.bodyMuted);
            galley.rule(x + 350, lineY, LEFT + WIDTH - pad, lineY, 0.7f, Styles.MUTED);
            galley.advance(styles.body.leading() + pad);
        }
    }

    private void box(float top, float height) {
        float bottom = top - height;
        galley.rule(LEFT, top, LEFT + WIDTH, top, 0.8f, Styles.RULE);
        galley.rule(LEFT, bottom, LEFT + WIDTH, bottom, 0.8f, Styles.RULE);
        galley.rule(LEFT, top, LEFT, bottom, 0.8f, Styles.RULE);
        galley.rule(LEFT + WIDTH, top, LEFT + WIDTH, bottom, 0.8f, Styles.RULE);
        galley.fill(LEFT, top, 3, height, Styles.ACCENT);
    }

    /** A part after the sections: a new page, its title, then its content. */
    private void part(String name, Runnable content) {
        galley.newPage();
        title("part:" + name, text.get("part." + name));
        content.run();
    }

    private void title(String id, String title) {
        pages.put(id, galley.page());
        galley.lines(wrap(title, styles.title, WIDTH), styles.title, LEFT);
        galley.advance(4);
        galley.rule(LEFT, galley.y(), LEFT + 48, galley.y(), 2f, Styles.ACCENT);
        galley.advance(12);
    }

    /** A section heading with its number hanging in the margin column; it keeps a few lines of its text with it. */
    private void numbered(String id, String number, String heading) {
        List<String> lines = wrap(heading, styles.heading, WIDTH - NUMBER_WIDTH);
        galley.ensure(lines.size() * styles.heading.leading() + 4 * styles.body.leading());
        pages.put(id, galley.page());
        galley.text(LEFT, galley.y(), number, styles.heading);
        galley.lines(lines, styles.heading, LEFT + NUMBER_WIDTH);
        galley.advance(2);
    }

    private void subheading(String heading) {
        galley.space(16);
        galley.ensure(styles.label.leading() * 3);
        galley.lines(wrap(heading, styles.label, WIDTH), styles.label, LEFT);
        galley.advance(3);
    }

    private void intro(String key) {
        paragraph(text.get(key), styles.bodyMuted, LEFT, WIDTH);
        galley.advance(10);
    }

    /** An author's text: paragraphs and bullet items, everything else shown as typed. */
    private void formatted(String authored) {
        boolean first = true;
        for (SectionText.Block block : SectionText.blocks(authored)) {
            if (!first) {
                galley.advance(block.bullet() ? 2 : 6);
            }
            first = false;
            if (block.bullet()) {
                galley.ensure(styles.body.leading());
                galley.text(LEFT + 5, galley.y(), "\u2022", styles.body);
                paragraph(block.text(), styles.body, LEFT + 16, WIDTH - 16);
            } else {
                paragraph(block.text(), styles.body, LEFT, WIDTH);
            }
        }
    }

    private void paragraph(String paragraph, Style style, float x, float width) {
        galley.lines(wrap(paragraph, style, width), style, x);
    }

    private static List<String> wrap(String text, Style style, float width) {
        return style.face().wrap(style.face().printable(text), style.size(), width);
    }

    private Run labelled(String labelKey, String value) {
        return new Run(text.get(labelKey), styles.cellLabel, value, styles.cell);
    }

    private Table table(List<Column> columns) {
        return new Table(columns, styles.cellHeader, Styles.HEADER_FILL, Styles.RULE, LEFT);
    }

    private Column column(String key, float share) {
        return new Column(text.get(key), WIDTH * share);
    }

    private String orNone(String value) {
        return value == null || value.isBlank() ? text.get("value.none") : value;
    }
}
