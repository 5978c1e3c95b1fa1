package org.concordat.document.render.infrastructure;

import static org.concordat.document.render.infrastructure.Galley.LEFT;
import static org.concordat.document.render.infrastructure.Galley.WIDTH;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concordat.document.render.domain.DocumentModel;
import org.concordat.document.render.domain.DocumentModel.LegalBasis;
import org.concordat.document.render.domain.DocumentModel.Provision;
import org.concordat.document.render.infrastructure.Table.Band;
import org.concordat.document.render.infrastructure.Table.Cells;
import org.concordat.document.render.infrastructure.Table.Row;
import org.concordat.document.render.infrastructure.Table.Run;

/**
 * Lays an agreement version out, in reading order: cover, contents, the template's sections, then the sharing flows,
 * the lawful basis of each flow, the legal annex and the signature page, each of those starting a page.
 */
final class AgreementLayout extends DocumentLayout {

    /** Room above the signature line for a hand signature or a signature's visible appearance. */
    private static final float SIGNING_SPACE = 46f;

    private final DocumentModel model;

    AgreementLayout(DocumentModel model, Styles styles, DocumentText text) {
        super(model, styles, text);
        this.model = model;
        sectionHeadings(model.sections(), true);
        partHeadings(List.of("flows", "lawfulBasis", "annex", "signatures"));
    }

    @Override
    Galley lay() {
        cover();
        galley.newPage();
        contents();
        galley.newPage();
        sections(model.sections(), true);
        part("flows", this::flows);
        part("lawfulBasis", this::lawfulBasis);
        part("annex", this::annex);
        part("signatures", this::signatures);
        return galley;
    }

    private void cover() {
        coverTitle();
        fact("cover.status", text.label("status", model.status()));
        fact("cover.effective", text.day(model.effectiveDate()));
        fact("cover.review", text.day(model.reviewDate()));
        if (model.endDate() != null) {
            fact("cover.ends", text.day(model.endDate()));
        }
        fact("cover.produced", text.moment(model.producedAt()));
        if (model.draft()) {
            galley.advance(12);
            note(text.get("cover.draftNote"));
        }
        // Said on every agreement: an agreement records lawful sharing, it is not the permission for it (DfE advice).
        galley.advance(8);
        paragraph(text.get("cover.notPermission"), styles.bodyMuted, LEFT, WIDTH);
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
            // A signatory outside Concordat: how they will be identified, said where a reader looks for who signs.
            List<String> outside = p.outsideConcordat() ? wrap(text.get("signatures.outside"), styles.bodyMuted, inner - 90)
                    : List.of();
            float height = pad + name.size() * styles.organisation.leading() + styles.body.leading() + 6
                    + signatory.size() * styles.body.leading() + outside.size() * styles.bodyMuted.leading()
                    + SIGNING_SPACE + styles.body.leading() + pad;
            galley.space(14);
            galley.ensure(height);
            float top = galley.y();
            box(top, height);
            float x = LEFT + pad;
            galley.advance(pad);
            // Each party's block a Div: its name, its role, its signatory, and where to sign and date.
            galley.within("Div", () -> {
                galley.within("P", () -> galley.lines(name, styles.organisation, x));
                galley.within("P", () -> galley.lines(List.of(styles.bodyMuted.face().printable(text.label("role", p.role()))),
                        styles.bodyMuted, x));
                galley.advance(6);
                galley.within("P", () -> {
                    galley.text(x, galley.y(), styles.bodyMuted.face().printable(text.get("signatures.signatory")),
                            styles.bodyMuted);
                    galley.lines(signatory, styles.body, x + 90);
                });
                if (!outside.isEmpty()) {
                    galley.within("P", () -> galley.lines(outside, styles.bodyMuted, x + 90));
                }
                galley.advance(SIGNING_SPACE);
                float lineY = galley.y() - styles.body.baseline() - 2;
                galley.within("P", () -> {
                    galley.text(x, galley.y(), styles.bodyMuted.face().printable(text.get("signatures.signature")),
                            styles.bodyMuted);
                    galley.rule(x + 90, lineY, x + 300, lineY, 0.7f, Styles.MUTED);
                    galley.text(x + 320, galley.y(), styles.bodyMuted.face().printable(text.get("signatures.date")),
                            styles.bodyMuted);
                    galley.rule(x + 350, lineY, LEFT + WIDTH - pad, lineY, 0.7f, Styles.MUTED);
                });
            });
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
}
