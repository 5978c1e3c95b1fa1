package org.concordat.document.render.infrastructure;

import static org.concordat.document.render.infrastructure.Galley.LEFT;
import static org.concordat.document.render.infrastructure.Galley.WIDTH;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.concordat.document.render.domain.DocumentModel;
import org.concordat.document.render.domain.DpiaDocumentModel;
import org.concordat.document.render.domain.DpiaDocumentModel.HeatCell;
import org.concordat.document.render.domain.DpiaDocumentModel.HeatMap;
import org.concordat.document.render.domain.DpiaDocumentModel.HeatRow;
import org.concordat.document.render.domain.DpiaDocumentModel.Measure;
import org.concordat.document.render.domain.DpiaDocumentModel.Risk;
import org.concordat.document.render.domain.DpiaDocumentModel.ScreeningQuestion;
import org.concordat.document.render.infrastructure.Table.Band;
import org.concordat.document.render.infrastructure.Table.Cells;
import org.concordat.document.render.infrastructure.Table.Row;
import org.concordat.document.render.infrastructure.Table.Run;

/**
 * Lays a DPIA version out, in the order of the ICO template: cover, contents, the screening with its outcome and
 * reasons, then the seven steps with the authors' answers, the risk register in step 5, the measures and the heat
 * maps in step 6, the DPO's advice and the sign-off in step 7, and last the agreements the DPIA assesses. A template
 * adapted so that no step carries the register, the measures or the sign-off gets them as parts of their own after
 * the steps, so nothing is ever left out.
 */
final class DpiaLayout extends DocumentLayout {

    private static final List<String> GENERATED = List.of(DpiaDocumentModel.GENERATED_RISKS,
            DpiaDocumentModel.GENERATED_MEASURES, DpiaDocumentModel.GENERATED_SIGN_OFF);

    /** About what the heat maps take with their heading and introduction: two tables of three rows. */
    private static final float HEAT_MAPS_HEIGHT = 370f;
    /** The heading, introduction, table header and first group of a generated part. */
    private static final float KEEP_WITH_STEP = 240f;

    private final DpiaDocumentModel model;
    /** The generated parts no step carries, laid out as parts after the steps. */
    private final Set<String> orphans = new LinkedHashSet<>(GENERATED);

    DpiaLayout(DpiaDocumentModel model, Styles styles, DocumentText text) {
        super(model, styles, text);
        this.model = model;
        model.steps().forEach(s -> orphans.remove(s.generated()));
        partHeadings(List.of("screening"));
        sectionHeadings(model.steps(), false);
        List<String> after = new ArrayList<>(orphans);
        after.add("agreements");
        partHeadings(after);
    }

    @Override
    Galley lay() {
        cover();
        galley.newPage();
        contents();
        part("screening", this::screening);
        galley.newPage();
        sections(model.steps(), false);
        for (String orphan : orphans) {
            part(orphan, () -> generated(orphan));
        }
        part("agreements", this::agreements);
        return galley;
    }

    @Override
    String attachmentDescription() {
        return text.get("dpia.attachment.description");
    }

    /**
     * A step without answers of its own starts with what is generated for it: its heading keeps the start of the
     * register, the measures or the DPO's advice with it, rather than ending a page over an introduction.
     */
    @Override
    float keepWithHeading(DocumentModel.Section section) {
        return section.answers().isEmpty() && GENERATED.contains(section.generated()) ? KEEP_WITH_STEP : 0;
    }

    @Override
    void afterSection(DocumentModel.Section section) {
        if (section.generated() != null && GENERATED.contains(section.generated())) {
            generated(section.generated());
        }
    }

    private void generated(String code) {
        switch (code) {
            case DpiaDocumentModel.GENERATED_RISKS -> riskRegister();
            case DpiaDocumentModel.GENERATED_MEASURES -> {
                measures();
                heatMaps();
            }
            default -> signOff();
        }
    }

    private void cover() {
        coverTitle();
        fact("cover.status", text.label("dpiaStatus", model.status()));
        fact("dpia.cover.lead", orNone(model.leadOrganisation()));
        fact("dpia.cover.screening", model.screeningOutcome() == null ? text.get("dpia.outcome.none")
                : text.label("dpia.outcome", model.screeningOutcome()));
        DpiaDocumentModel.DpoAdvice advice = model.dpoAdvice();
        fact("dpia.cover.dpoAdvice", advice.given() ? text.get("dpia.cover.givenBy", orNone(advice.givenBy()),
                text.moment(advice.givenAt())) : advice.requestedAt() != null
                ? text.get("dpia.cover.requestedOn", text.moment(advice.requestedAt())) : text.get("dpia.cover.notRequested"));
        DpiaDocumentModel.SignOff signOff = model.signOff();
        fact("dpia.cover.signedOff", signOff.signedOff() ? text.get("dpia.cover.givenBy", orNone(signOff.signedOffBy()),
                text.moment(signOff.signedOffAt())) : text.get("dpia.cover.notSignedOff"));
        if (signOff.reviewDate() != null) {
            fact("cover.review", text.day(signOff.reviewDate()));
        }
        if (model.icoAdvice() != null) {
            fact("dpia.cover.priorConsultation", text.get("dpia.cover.priorConsultationDone", model.icoAdvice().reference(),
                    text.day(model.icoAdvice().receivedOn())));
        } else if (model.priorConsultationNeeded()) {
            fact("dpia.cover.priorConsultation", text.get("dpia.cover.priorConsultationNeeded"));
        }
        fact("dpia.cover.agreements", model.agreements().isEmpty() ? text.get("dpia.agreements.noneShort")
                : String.join(", ", model.agreements().stream().map(DpiaDocumentModel.LinkedAgreement::reference).toList()));
        fact("cover.produced", text.moment(model.producedAt()));
        if (model.draft()) {
            galley.advance(12);
            note(text.get("dpia.cover.draftNote"));
        }
        if (model.screeningOutcome() != null) {
            subheading(text.get("dpia.cover.outcomeMeans"));
            paragraph(text.get("dpia.outcome.explain." + model.screeningOutcome()), styles.body, LEFT, WIDTH);
        }
    }

    private void screening() {
        intro("dpia.screening.intro");
        String outcome = model.screeningOutcome() == null ? text.get("dpia.outcome.none")
                : text.label("dpia.outcome", model.screeningOutcome());
        String explain = model.screeningOutcome() == null ? text.get("dpia.outcome.explain.none")
                : text.get("dpia.outcome.explain." + model.screeningOutcome());
        note(text.get("dpia.screening.outcomeIs", outcome), explain, fill(level(model.screeningOutcome())),
                edge(model.screeningOutcome()));
        if (!model.reasons().isEmpty()) {
            galley.space(10);
            galley.ensure(styles.label.leading() * 3);
            paragraph(text.get("dpia.screening.reasons"), styles.label, LEFT, WIDTH);
            galley.advance(3);
            galley.within("L", () -> {
                for (ScreeningQuestion reason : model.reasons()) {
                    bullet(reason.question() + " \u2014 " + reason.indicator()
                            + (reason.highRisk() ? " " + text.get("dpia.screening.highRiskOnItsOwn") : ""), styles.body);
                    galley.advance(2);
                }
            });
        }
        subheading(text.get("dpia.screening.questions"));
        Table table = table(List.of(column("dpia.screening.number", 0.06f), column("dpia.screening.question", 0.64f),
                column("dpia.screening.highRisk", 0.15f), column("dpia.screening.answer", 0.15f)));
        for (int i = 0; i < model.screening().size(); i++) {
            ScreeningQuestion q = model.screening().get(i);
            String answer = q.answer() == null ? text.get("dpia.answer.none") : text.get(q.answer() ? "dpia.answer.yes" : "dpia.answer.no");
            table.group(List.of(new Cells(List.of(List.of(new Run(String.valueOf(i + 1), styles.cellMuted)),
                    List.of(new Run(q.question(), styles.cell), new Run(q.indicator(), styles.cellMuted)),
                    List.of(new Run(text.get(q.highRisk() ? "dpia.answer.yes" : "dpia.answer.no"), styles.cell)),
                    List.of(new Run(answer, Boolean.TRUE.equals(q.answer()) ? styles.cellBold : styles.cell))),
                    i % 2 == 1 ? Styles.STRIPE : null)));
        }
        if (model.screening().isEmpty()) {
            paragraph(text.get("dpia.screening.none"), styles.bodyMuted, LEFT, WIDTH);
        } else {
            table.draw(galley);
        }
    }

    /** Step 5: every risk with its likelihood, severity and the overall risk the matrix gives. */
    private void riskRegister() {
        subheading(text.get("dpia.risks.title"));
        paragraph(text.get("dpia.risks.intro"), styles.bodyMuted, LEFT, WIDTH);
        galley.advance(8);
        if (model.risks().isEmpty()) {
            paragraph(text.get("dpia.risks.none"), styles.bodyMuted, LEFT, WIDTH);
            return;
        }
        Table table = table(List.of(column("dpia.risk.key", 0.07f), column("dpia.risk.source", 0.29f),
                column("dpia.risk.impact", 0.30f), column("dpia.risk.likelihood", 0.11f), column("dpia.risk.severity", 0.11f),
                column("dpia.risk.overall", 0.12f)));
        for (Risk r : model.risks()) {
            table.group(List.of(new Cells(List.of(List.of(new Run(r.key(), styles.cellBold)),
                    List.of(new Run(r.source(), styles.cell)), List.of(new Run(r.impact(), styles.cell)),
                    List.of(new Run(text.label("dpia.likelihood", r.likelihood()), styles.cell)),
                    List.of(new Run(text.label("dpia.severity", r.severity()), styles.cell)),
                    List.of(new Run(text.label("dpia.level", r.overall()), styles.cellBold))), null,
                    tints(6, 5, fill(r.overall())))));
        }
        table.draw(galley);
    }

    /** Step 6: the measures against each risk, and what they leave. */
    private void measures() {
        subheading(text.get("dpia.measures.title"));
        paragraph(text.get("dpia.measures.intro"), styles.bodyMuted, LEFT, WIDTH);
        galley.advance(8);
        if (model.risks().isEmpty()) {
            paragraph(text.get("dpia.risks.none"), styles.bodyMuted, LEFT, WIDTH);
            return;
        }
        Table table = table(List.of(column("dpia.measure.key", 0.095f), column("dpia.measure.description", 0.285f),
                column("dpia.measure.effect", 0.11f), column("dpia.measure.residual", 0.15f),
                column("dpia.measure.approved", 0.105f), column("dpia.measure.owner", 0.145f), column("dpia.measure.dueDate", 0.11f)));
        for (Risk r : model.risks()) {
            List<Row> rows = new ArrayList<>();
            Band band = new Band(List.of(new Run(r.key() + " \u00b7 " + r.source(), styles.cellBold),
                    new Run(text.get("dpia.measures.beforeAfter", text.label("dpia.level", r.overall()),
                            text.label("dpia.level", r.residual())), styles.cellMuted)), Styles.BAND_FILL, 0);
            rows.add(band);
            if (r.measures().isEmpty()) {
                rows.add(new Band(List.of(new Run(text.get("dpia.measures.none"), styles.cellMuted)), null, 0));
            }
            for (Measure m : r.measures()) {
                rows.add(new Cells(List.of(List.of(new Run(m.key(), styles.cellBold)),
                        List.of(new Run(m.description(), styles.cell)),
                        List.of(new Run(text.label("dpia.effect", m.effect()), styles.cell)),
                        List.of(new Run(text.label("dpia.level", m.residual()), styles.cellBold),
                                new Run(text.get("dpia.measure.cell", text.label("dpia.likelihood", m.residualLikelihood()),
                                        text.label("dpia.severity", m.residualSeverity())), styles.cellMuted)),
                        List.of(new Run(text.get(m.approved() ? "dpia.answer.yes" : "dpia.answer.no"),
                                m.approved() ? styles.cell : styles.cellBold)),
                        List.of(new Run(orNone(m.owner()), styles.cell)),
                        List.of(new Run(m.dueDate() == null ? text.get("value.none") : text.day(m.dueDate()), styles.cell))),
                        null, tints(7, 3, fill(m.residual()))));
            }
            table.group(rows, new Band(List.of(new Run(text.get("table.continued", r.key()), styles.cellLabel)),
                    Styles.BAND_FILL, 0));
        }
        table.draw(galley);
    }

    /** The matrix before and after the approved measures: each cell's overall risk, and the risks in it. */
    private void heatMaps() {
        // The two maps are read side by side in time: keep them on one page when they fit on one.
        galley.space(16);
        galley.ensure(HEAT_MAPS_HEIGHT);
        subheading(text.get("dpia.heat.title"));
        paragraph(text.get("dpia.heat.intro"), styles.bodyMuted, LEFT, WIDTH);
        heatMap("dpia.heat.before", model.heatMapBefore());
        heatMap("dpia.heat.after", model.heatMapAfter());
    }

    private void heatMap(String captionKey, HeatMap map) {
        galley.space(12);
        galley.ensure(styles.label.leading() * 6);
        paragraph(text.get(captionKey), styles.label, LEFT, WIDTH);
        galley.advance(4);
        List<Table.Column> columns = new ArrayList<>();
        columns.add(new Table.Column(text.get("dpia.heat.corner"), WIDTH * 0.25f));
        float share = 0.75f / Math.max(1, map.severities().size());
        map.severities().forEach(s -> columns.add(new Table.Column(text.label("dpia.severity", s), WIDTH * share)));
        Table table = table(columns);
        for (HeatRow row : map.rows()) {
            List<List<Run>> cells = new ArrayList<>();
            List<Style.Rgb> fills = new ArrayList<>();
            cells.add(List.of(new Run(text.label("dpia.likelihood", row.likelihood()), styles.cellBold)));
            fills.add(null);
            for (HeatCell cell : row.cells()) {
                cells.add(List.of(new Run(text.label("dpia.level", cell.level()), styles.cellMuted),
                        new Run(cell.riskKeys().isEmpty() ? text.get("value.none") : String.join(", ", cell.riskKeys()),
                                styles.cellBold)));
                fills.add(fill(cell.level()));
            }
            table.group(List.of(new Cells(cells, null, fills)));
        }
        table.drawAsFigure(galley, alt(captionKey, map));
    }

    /**
     * The heat map in words, for a reader who cannot see it: what it is, then each cell that holds risks with its
     * likelihood, severity and overall risk (the empty cells only say "none").
     */
    private String alt(String captionKey, HeatMap map) {
        List<String> cells = new ArrayList<>();
        for (HeatRow row : map.rows()) {
            for (int i = 0; i < row.cells().size(); i++) {
                HeatCell cell = row.cells().get(i);
                if (!cell.riskKeys().isEmpty()) {
                    cells.add(text.get("dpia.heat.alt.cell", String.join(", ", cell.riskKeys()),
                            text.label("dpia.likelihood", row.likelihood()),
                            text.label("dpia.severity", map.severities().get(i)), text.label("dpia.level", cell.level())));
                }
            }
        }
        return text.get("dpia.heat.alt", text.get(captionKey),
                cells.isEmpty() ? text.get("dpia.heat.alt.empty") : String.join(" ", cells));
    }

    /** Step 7: the DPO's advice, then who signed off what, and the ICO's prior consultation when it is needed. */
    private void signOff() {
        DpiaDocumentModel.DpoAdvice advice = model.dpoAdvice();
        subheading(text.get("dpia.dpo.title"));
        if (advice.requestedAt() != null) {
            fact("dpia.dpo.requestedBy", text.get("dpia.cover.givenBy", orNone(advice.requestedBy()), text.moment(advice.requestedAt())));
        }
        if (advice.given()) {
            fact("dpia.dpo.givenBy", text.get("dpia.cover.givenBy", orNone(advice.givenBy()), text.moment(advice.givenAt())));
            answer("dpia.dpo.summary", advice.summary());
            answer("dpia.dpo.advice", advice.advice());
        } else {
            paragraph(text.get(advice.requestedAt() == null ? "dpia.dpo.notRequested" : "dpia.dpo.awaited"),
                    styles.bodyMuted, LEFT, WIDTH);
        }
        DpiaDocumentModel.SignOff s = model.signOff();
        // The heading stays with the notice under it (the prior consultation's takes seven lines).
        galley.space(16);
        galley.ensure(model.priorConsultationNeeded() ? 150 : 90);
        subheading(text.get("dpia.signOff.title"));
        // The outcome that matters most first: whether the ICO must be consulted before the processing starts.
        if (model.icoAdvice() != null) {
            // The prior consultation is done: its record replaces the warning that it must happen.
            DpiaDocumentModel.IcoAdvice ico = model.icoAdvice();
            note(text.get("dpia.article36.done.title"), text.get("dpia.article36.done.text"), Styles.LOW_FILL, null);
            galley.advance(6);
            fact("dpia.ico.reference", ico.reference());
            fact("dpia.ico.receivedOn", text.day(ico.receivedOn()));
            answer("dpia.ico.advice", ico.advice());
            answer("dpia.ico.howFollowed", ico.howFollowed());
            galley.advance(4);
            fact("dpia.ico.recordedBy", text.get("dpia.cover.givenBy", orNone(ico.recordedBy()), text.moment(ico.recordedAt())));
            galley.advance(10);
        } else if (model.priorConsultationNeeded()) {
            note(text.get("dpia.article36.title"), text.get("dpia.article36.text"), Styles.HIGH_FILL, Styles.WARNING);
            galley.advance(10);
        } else if (!model.risks().isEmpty()) {
            note(null, text.get("dpia.article36.notNeeded"), Styles.LOW_FILL, null);
            galley.advance(10);
        }
        if (s.signedOff()) {
            fact("dpia.signOff.measuresApprovedBy", orNone(s.measuresApprovedBy()));
            fact("dpia.signOff.residualRisksApprovedBy", orNone(s.residualRisksApprovedBy()));
            fact("dpia.signOff.dpoAdvice", s.dpoAdviceDecision() == null ? text.get("value.none")
                    : text.get("dpia.signOff.decision." + s.dpoAdviceDecision(), orNone(s.dpoAdviceDecidedBy())));
            if (s.overruleReasons() != null) {
                answer("dpia.signOff.overruleReasons", s.overruleReasons());
                galley.advance(4);
            }
            fact("dpia.signOff.consultationReviewedBy", orNone(s.consultationReviewedBy()));
            if (s.consultationNotes() != null) {
                answer("dpia.signOff.consultationNotes", s.consultationNotes());
                galley.advance(4);
            }
            fact("dpia.signOff.keptUnderReviewBy", orNone(s.keptUnderReviewBy()));
            fact("cover.review", text.day(s.reviewDate()));
            fact("dpia.signOff.signedOffBy", text.get("dpia.cover.givenBy", orNone(s.signedOffBy()), text.moment(s.signedOffAt())));
        } else {
            paragraph(text.get("dpia.signOff.notYet"), styles.bodyMuted, LEFT, WIDTH);
        }
    }

    private void agreements() {
        intro("dpia.agreements.intro");
        if (model.agreements().isEmpty()) {
            paragraph(text.get("dpia.agreements.none"), styles.bodyMuted, LEFT, WIDTH);
            return;
        }
        Table table = table(List.of(column("dpia.agreements.reference", 0.2f), column("dpia.agreements.title", 0.5f),
                column("dpia.agreements.version", 0.1f), column("dpia.agreements.status", 0.2f)));
        for (int i = 0; i < model.agreements().size(); i++) {
            DpiaDocumentModel.LinkedAgreement a = model.agreements().get(i);
            table.group(List.of(new Cells(List.of(List.of(new Run(a.reference(), styles.cellBold)),
                    List.of(new Run(a.title(), styles.cell)), List.of(new Run(String.valueOf(a.versionNumber()), styles.cell)),
                    List.of(new Run(text.label("status", a.status()), styles.cell))), i % 2 == 1 ? Styles.STRIPE : null)));
        }
        table.draw(galley);
    }

    /** A label in bold, then the author's text under it. */
    private void answer(String labelKey, String authored) {
        galley.space(6);
        galley.ensure(styles.label.leading() * 3);
        paragraph(text.get(labelKey), styles.label, LEFT, WIDTH);
        galley.advance(2);
        if (authored == null) {
            paragraph(text.get("value.none"), styles.bodyMuted, LEFT, WIDTH);
        } else {
            formatted(authored);
        }
    }

    /** Tints for a row of cells: only the one at the index. */
    private static List<Style.Rgb> tints(int columns, int index, Style.Rgb fill) {
        List<Style.Rgb> fills = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            fills.add(i == index ? fill : null);
        }
        return fills;
    }

    private static Style.Rgb fill(String level) {
        if (level == null) {
            return Styles.BAND_FILL;
        }
        return switch (level) {
            case "HIGH" -> Styles.HIGH_FILL;
            case "MEDIUM" -> Styles.MEDIUM_FILL;
            case "LOW" -> Styles.LOW_FILL;
            default -> Styles.BAND_FILL;
        };
    }

    /** The screening outcome's weight, as a risk level's tint: required is high, recommended medium. */
    private static String level(String outcome) {
        if (outcome == null) {
            return null;
        }
        return switch (outcome) {
            case "REQUIRED" -> "HIGH";
            case "RECOMMENDED" -> "MEDIUM";
            default -> "LOW";
        };
    }

    private static Style.Rgb edge(String outcome) {
        return "REQUIRED".equals(outcome) ? Styles.WARNING : Styles.ACCENT;
    }
}
