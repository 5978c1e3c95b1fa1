package org.concordat.document.render.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.concordat.document.render.domain.CommentCopy;
import org.concordat.document.render.domain.DocumentModel;
import org.concordat.document.render.domain.DocumentModel.LegalBasis;
import org.concordat.document.render.domain.DocumentModel.Provision;
import org.concordat.document.render.domain.SectionText;
import org.concordat.document.render.domain.WordRenderer;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Renders an agreement version as an editable Word file (DOCX, Office Open XML) with Apache POI, for partners to
 * comment on: the same document model as the PDF ({@link PdfBoxRenderer}), in the same order — cover, contents, the
 * template's sections with the authors' answers, the sharing flows, the lawful basis of each flow, the legal annex,
 * the signature page — and, for a draft, the compliance findings as they stand. The words that are not the
 * agreement's own come from the same bundle as the PDF's ({@link DocumentText}).
 *
 * <p>Made for its readers: real Heading 1–3 styles (defined in the file, so that Word's navigation pane and
 * LibreOffice's navigator list them), tables as Word tables whose header row repeats on every page, English (UK) as
 * the language, the title in the file's properties, and on every page a header saying that this is not the signed
 * copy, with the reference, version and status. The file carries no macros and no machine-readable copy: the signed
 * PDF is the record; this is a working copy.
 */
@ApplicationScoped
public class PoiWordRenderer implements WordRenderer {

    /** A4 in twentieths of a point, and margins of 2 cm. */
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN = 1134;
    static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String HEADING_3 = "Heading3";
    static final String TITLE = "Title";

    private static final String ACCENT = "1D3B5C";
    private static final String MUTED = "57606A";
    private static final String HEADER_FILL = "E3EAF1";
    private static final String BAND_FILL = "EFF3F6";
    /** Arial, which Word has and LibreOffice replaces with the metric-compatible Liberation Sans of the PDF. */
    private static final String FONT = "Arial";

    @Override
    public byte[] render(CommentCopy copy) {
        DocumentText text = new DocumentText();
        try (XWPFDocument document = new XWPFDocument()) {
            new Writer(document, copy, text).write();
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The Word copy of " + copy.document().reference() + " could not be written", e);
        }
    }

    /** One document being written. */
    private static final class Writer {

        private final XWPFDocument document;
        private final DocumentModel model;
        private final List<CommentCopy.Finding> findings;
        private final DocumentText text;
        private BigInteger bullets;

        Writer(XWPFDocument document, CommentCopy copy, DocumentText text) {
            this.document = document;
            this.model = copy.document();
            this.findings = copy.findings();
            this.text = text;
        }

        void write() {
            styles();
            page();
            properties();
            header();
            footer();
            cover();
            contents();
            sections();
            part("flows", this::flows);
            part("lawfulBasis", this::lawfulBasis);
            part("annex", this::annex);
            part("signatures", this::signatures);
            if (model.draft()) {
                part("findings", this::findings);
            }
        }

        // The file's frame: styles, page, properties, header and footer.

        private void styles() {
            XWPFStyles styles = document.createStyles();
            styles.setSpellingLanguage("en-GB");
            CTFonts fonts = CTFonts.Factory.newInstance();
            fonts.setAscii(FONT);
            fonts.setHAnsi(FONT);
            fonts.setCs(FONT);
            styles.setDefaultFonts(fonts);
            styles.addStyle(paragraphStyle("Normal", "Normal", -1, 21, false, null, 0, 120));
            styles.addStyle(paragraphStyle(TITLE, "Title", -1, 48, true, ACCENT, 120, 120));
            styles.addStyle(paragraphStyle(HEADING_1, "heading 1", 0, 32, true, ACCENT, 360, 160));
            styles.addStyle(paragraphStyle(HEADING_2, "heading 2", 1, 26, true, ACCENT, 280, 100));
            styles.addStyle(paragraphStyle(HEADING_3, "heading 3", 2, 22, true, ACCENT, 200, 80));
        }

        /**
         * A paragraph style.
         *
         * @param outline the outline level (0 for Heading 1), or -1 for body text
         * @param halfPoints the size in half points
         */
        private static XWPFStyle paragraphStyle(String id, String name, int outline, int halfPoints, boolean bold,
                                                String colour, int before, int after) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId(id);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal(name);
            if (!"Normal".equals(id)) {
                style.addNewBasedOn().setVal("Normal");
                style.addNewNext().setVal("Normal");
            }
            style.addNewQFormat();
            CTPPrGeneral paragraph = style.addNewPPr();
            if (outline >= 0) {
                paragraph.addNewKeepNext();
            }
            paragraph.addNewSpacing().setBefore(BigInteger.valueOf(before));
            paragraph.getSpacing().setAfter(BigInteger.valueOf(after));
            if (outline >= 0) {
                paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            }
            CTRPr run = style.addNewRPr();
            if (bold) {
                run.addNewB();
            }
            if (colour != null) {
                run.addNewColor().setVal(colour);
            }
            run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
            run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
            return new XWPFStyle(style);
        }

        private void page() {
            CTSectPr section = document.getDocument().getBody().isSetSectPr()
                    ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
            CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
            size.setW(BigInteger.valueOf(PAGE_WIDTH));
            size.setH(BigInteger.valueOf(PAGE_HEIGHT));
            CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
            margins.setTop(BigInteger.valueOf(MARGIN + 280));
            margins.setBottom(BigInteger.valueOf(MARGIN));
            margins.setLeft(BigInteger.valueOf(MARGIN));
            margins.setRight(BigInteger.valueOf(MARGIN));
            margins.setHeader(BigInteger.valueOf(567));
            margins.setFooter(BigInteger.valueOf(567));
            margins.setGutter(BigInteger.ZERO);
        }

        private void properties() {
            POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
            core.setTitle(clean(model.title() + " (" + model.reference() + ", " + text.get("version", model.versionNumber()) + ")"));
            core.setSubjectProperty(clean(model.documentType()));
            core.setDescription(text.get("word.notSigned"));
            core.setCreator(text.get("metadata.creator"));
            core.setCreated(Optional.of(Date.from(model.producedAt())));
            core.setIdentifier(clean(model.reference() + "-v" + model.versionNumber()));
            document.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication(text.get("word.application"));
        }

        /** On every page: not the signed copy, for comment only; the reference, version and status. */
        private void header() {
            XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
            XWPFParagraph line = header.createParagraph();
            line.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun warning = line.createRun();
            warning.setBold(true);
            warning.setColor("B3261E");
            warning.setFontSize(9);
            warning.setText(text.get("word.notSigned"));
            XWPFRun identity = line.createRun();
            identity.setFontSize(9);
            identity.setColor(MUTED);
            identity.setText(clean(" \u00b7 " + model.reference() + " \u00b7 " + text.get("version", model.versionNumber())
                    + " \u00b7 " + text.label("status", model.status())));
        }

        /** Reference, version, page x of y (fields that Word and LibreOffice fill in). */
        private void footer() {
            XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
            XWPFParagraph line = footer.createParagraph();
            line.setAlignment(ParagraphAlignment.CENTER);
            small(line, clean(model.reference() + " \u00b7 " + text.get("version", model.versionNumber()) + " \u00b7 "
                    + text.get("word.page") + " "));
            field(line, "PAGE", "1");
            small(line, " " + text.get("word.of") + " ");
            field(line, "NUMPAGES", "1");
        }

        private static void small(XWPFParagraph paragraph, String words) {
            XWPFRun run = paragraph.createRun();
            run.setFontSize(8);
            run.setColor(MUTED);
            run.setText(words);
        }

        /** A field (PAGE, NUMPAGES) with the value shown until the reader updates it, in the footer's small type. */
        private static void field(XWPFParagraph paragraph, String instruction, String shown) {
            smallRun(paragraph).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
            CTR code = smallRun(paragraph).getCTR();
            code.addNewInstrText().setStringValue(" " + instruction + " ");
            smallRun(paragraph).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
            small(paragraph, shown);
            smallRun(paragraph).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        }

        private static XWPFRun smallRun(XWPFParagraph paragraph) {
            XWPFRun run = paragraph.createRun();
            run.setFontSize(8);
            run.setColor(MUTED);
            return run;
        }

        // The content, in the PDF's order (AgreementLayout).

        private void cover() {
            XWPFParagraph kicker = paragraph(model.documentType().toUpperCase(Locale.UK));
            kicker.getRuns().get(0).setColor(MUTED);
            kicker.getRuns().get(0).setBold(true);
            styled(TITLE, model.title());
            XWPFParagraph subtitle = paragraph(model.reference() + " \u00b7 " + text.get("version", model.versionNumber()));
            subtitle.getRuns().get(0).setFontSize(13);
            subtitle.getRuns().get(0).setColor(ACCENT);
            fact("cover.status", text.label("status", model.status()));
            fact("cover.effective", text.day(model.effectiveDate()));
            fact("cover.review", text.day(model.reviewDate()));
            if (model.endDate() != null) {
                fact("cover.ends", text.day(model.endDate()));
            }
            fact("cover.produced", text.moment(model.producedAt()));
            notice(text.get("word.notSignedNote"));
            if (model.draft()) {
                notice(text.get("cover.draftNote"));
            }
            muted(text.get("cover.notPermission"));
            if (model.purpose() != null) {
                styled(HEADING_2, text.get("cover.purpose"));
                formatted(model.purpose());
            }
            if (model.benefits() != null) {
                styled(HEADING_2, text.get("cover.benefits"));
                formatted(model.benefits());
            }
            styled(HEADING_2, text.get("cover.parties"));
            if (model.parties().isEmpty()) {
                muted(text.get("cover.noParties"));
                return;
            }
            XWPFTable parties = table(List.of(column("party.organisation", 30), column("party.role", 16),
                    column("party.signatory", 22), column("party.contact", 32)));
            for (DocumentModel.Party p : model.parties()) {
                XWPFTableRow row = parties.createRow();
                cell(row, 0, p.organisation(), true);
                cell(row, 1, text.label("role", p.role()), false);
                cell(row, 2, orNone(p.signatoryName()), false);
                cell(row, 3, orNone(p.contactName()), false);
                if (p.contactEmail() != null) {
                    more(row.getCell(3), p.contactEmail());
                }
            }
        }

        /** The contents, as the PDF lists them; a reader's navigation pane also lists every heading. */
        private void contents() {
            XWPFParagraph title = styled(HEADING_1, text.get("document.contents"));
            title.setPageBreak(true);
            for (int i = 0; i < model.sections().size(); i++) {
                paragraph((i + 1) + "\t" + model.sections().get(i).heading());
            }
            for (String part : parts()) {
                paragraph(text.get("part." + part)).getRuns().get(0).setBold(true);
            }
        }

        private List<String> parts() {
            List<String> parts = new ArrayList<>(List.of("flows", "lawfulBasis", "annex", "signatures"));
            if (model.draft()) {
                parts.add("findings");
            }
            return parts;
        }

        private void sections() {
            for (int i = 0; i < model.sections().size(); i++) {
                DocumentModel.Section section = model.sections().get(i);
                XWPFParagraph heading = styled(HEADING_1, (i + 1) + " " + section.heading());
                if (i == 0) {
                    heading.setPageBreak(true);
                }
                String generated = section.generated() == null ? null : "generated." + section.generated();
                if (generated != null && text.has(generated)) {
                    muted(text.get(generated));
                }
                for (DocumentModel.Answer answer : section.answers()) {
                    styled(HEADING_2, answer.label());
                    if (answer.text() == null) {
                        muted(text.get("section.unanswered"));
                    } else {
                        formatted(answer.text());
                    }
                }
            }
        }

        private void part(String name, Runnable content) {
            styled(HEADING_1, text.get("part." + name)).setPageBreak(true);
            content.run();
        }

        private void flows() {
            muted(text.get("flows.intro"));
            if (model.flows().isEmpty()) {
                muted(text.get("flows.none"));
                return;
            }
            XWPFTable table = table(List.of(column("flows.key", 7), column("flows.route", 19), column("flows.subjects", 15),
                    column("flows.data", 22), column("flows.purpose", 16), column("flows.transfer", 21)));
            for (DocumentModel.Flow f : model.flows()) {
                XWPFTableRow row = table.createRow();
                row.setCantSplitRow(true);
                cell(row, 0, f.key(), true);
                cell(row, 1, f.from(), false);
                more(row.getCell(1), "\u2192 " + f.to());
                if (f.bothWays()) {
                    more(row.getCell(1), text.get("flows.bothWays"));
                }
                cell(row, 2, orNone(String.join(", ", f.dataSubjects())), false);
                cell(row, 3, orNone(String.join(", ", f.dataCategories())), false);
                cell(row, 4, orNone(f.purpose()), false);
                cell(row, 5, orNone(f.transferMethod()), false);
                // The long answers read better across the row, as in the PDF.
                XWPFTableCell details = band(table, null);
                labelled(details, "flows.frequency", orNone(f.frequency()), true);
                labelled(details, "flows.retention", orNone(f.retention()), false);
                labelled(details, "flows.reliesOn", f.legalBasis().isEmpty() ? text.get("basis.none")
                        : String.join(" \u00b7 ", f.legalBasis().stream().map(LegalBasis::provision).distinct()
                        .map(Provision::title).toList()), false);
                if (f.notes() != null) {
                    labelled(details, "flows.notes", f.notes(), false);
                }
            }
        }

        /** As in the PDF: flows that rely on exactly the same provisions are set out once, together. */
        private void lawfulBasis() {
            muted(text.get("basis.intro"));
            if (model.flows().isEmpty()) {
                muted(text.get("flows.none"));
                return;
            }
            Map<List<LegalBasis>, List<DocumentModel.Flow>> combinations = new LinkedHashMap<>();
            for (DocumentModel.Flow f : model.flows()) {
                combinations.computeIfAbsent(f.legalBasis(), k -> new ArrayList<>()).add(f);
            }
            for (Map.Entry<List<LegalBasis>, List<DocumentModel.Flow>> combination : combinations.entrySet()) {
                List<DocumentModel.Flow> flows = combination.getValue();
                styled(HEADING_2, text.get(flows.size() == 1 ? "basis.flow" : "basis.flows",
                        String.join(", ", flows.stream().map(DocumentModel.Flow::key).toList())));
                long lawEnforcement = flows.stream().filter(DocumentModel.Flow::lawEnforcement).count();
                if (lawEnforcement > 0) {
                    muted(text.get(lawEnforcement == flows.size() ? "basis.lawEnforcement" : "basis.someLawEnforcement",
                            String.join(", ", flows.stream().filter(DocumentModel.Flow::lawEnforcement)
                                    .map(DocumentModel.Flow::key).toList())));
                }
                if (combination.getKey().isEmpty()) {
                    muted(text.get("basis.none"));
                    continue;
                }
                XWPFTable table = table(List.of(column("basis.kind", 22), column("basis.provision", 27),
                        column("basis.meaning", 51)));
                for (LegalBasis basis : combination.getKey()) {
                    Provision p = basis.provision();
                    XWPFTableRow row = table.createRow();
                    cell(row, 0, text.label("basis", basis.kind().name()), false);
                    cell(row, 1, p.title(), true);
                    more(row.getCell(1), p.known() ? p.citation() : text.get("basis.unknown"));
                    cell(row, 2, p.known() ? orNone(p.summary()) : "", false);
                }
            }
        }

        private void annex() {
            muted(text.get("annex.intro"));
            if (model.annex().isEmpty()) {
                muted(text.get("annex.none"));
                return;
            }
            XWPFTable table = table(List.of(column("annex.code", 17), column("annex.provision", 35),
                    column("annex.citation", 48)));
            for (Provision p : model.annex()) {
                XWPFTableRow row = table.createRow();
                cell(row, 0, p.code(), true);
                cell(row, 1, p.title(), false);
                cell(row, 2, p.known() ? p.citation() : text.get("basis.unknown"), false);
            }
        }

        private void signatures() {
            muted(text.get("signatures.intro"));
            for (DocumentModel.Party p : model.parties()) {
                styled(HEADING_2, p.organisation());
                muted(text.label("role", p.role()));
                fact("signatures.signatory", p.signatoryName() == null ? text.get("signatures.notNamed") : p.signatoryName());
                if (p.outsideConcordat()) {
                    muted(text.get("signatures.outside"));
                }
                paragraph(text.get("signatures.signature") + "  ______________________________   "
                        + text.get("signatures.date") + "  ______________");
            }
        }

        /** A draft's compliance findings as they stand, most serious first, as the editor lists them. */
        private void findings() {
            muted(text.get("findings.intro"));
            if (findings.isEmpty()) {
                muted(text.get("findings.none"));
                return;
            }
            XWPFTable table = table(List.of(column("findings.severity", 14), column("findings.flow", 15),
                    column("findings.finding", 43), column("findings.citation", 28)));
            for (String severity : List.of("ERROR", "WARNING", "INFO")) {
                for (CommentCopy.Finding f : findings) {
                    if (!severity.equals(f.severity())) {
                        continue;
                    }
                    XWPFTableRow row = table.createRow();
                    cell(row, 0, text.label("severity", f.severity()), true);
                    cell(row, 1, f.flow() == null ? text.get("findings.wholeAgreement") : f.flow(), false);
                    cell(row, 2, f.message(), false);
                    if (f.action() != null) {
                        more(row.getCell(2), f.action());
                    }
                    cell(row, 3, orNone(f.citation()), false);
                }
            }
        }

        // Paragraphs.

        private XWPFParagraph paragraph(String words) {
            XWPFParagraph paragraph = document.createParagraph();
            lines(paragraph, words);
            return paragraph;
        }

        private XWPFParagraph styled(String style, String words) {
            XWPFParagraph paragraph = paragraph(words);
            paragraph.setStyle(style);
            return paragraph;
        }

        private void muted(String words) {
            paragraph(words).getRuns().forEach(r -> r.setColor(MUTED));
        }

        private void fact(String labelKey, String value) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setSpacingAfter(40);
            XWPFRun label = paragraph.createRun();
            label.setColor(MUTED);
            label.setText(text.get(labelKey) + ": ");
            XWPFRun words = paragraph.createRun();
            words.setBold(true);
            words.setText(clean(value));
        }

        /** A short notice in a tinted box, as the PDF's draft note. */
        private void notice(String words) {
            XWPFParagraph paragraph = paragraph(words);
            CTShd shading = paragraph.getCTP().isSetPPr() && paragraph.getCTP().getPPr().isSetShd()
                    ? paragraph.getCTP().getPPr().getShd()
                    : (paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr()).addNewShd();
            shading.setVal(STShd.CLEAR);
            shading.setColor("auto");
            shading.setFill(BAND_FILL);
        }

        /** An author's text: paragraphs and bullet items (SectionText), everything else as typed. */
        private void formatted(String authored) {
            for (SectionText.Block block : SectionText.blocks(authored)) {
                XWPFParagraph paragraph = paragraph(block.text());
                if (block.bullet()) {
                    paragraph.setNumID(bullets());
                }
            }
        }

        private BigInteger bullets() {
            if (bullets == null) {
                CTAbstractNum list = CTAbstractNum.Factory.newInstance();
                list.setAbstractNumId(BigInteger.ONE);
                CTLvl level = list.addNewLvl();
                level.setIlvl(BigInteger.ZERO);
                level.addNewStart().setVal(BigInteger.ONE);
                level.addNewNumFmt().setVal(STNumberFormat.BULLET);
                level.addNewLvlText().setVal("\u2022");
                level.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(360));
                level.getPPr().getInd().setHanging(BigInteger.valueOf(360));
                XWPFNumbering numbering = document.createNumbering();
                bullets = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(list)));
            }
            return bullets;
        }

        /** Text with the line breaks its author typed kept as breaks; characters XML cannot hold left out. */
        private static void lines(XWPFParagraph paragraph, String words) {
            XWPFRun run = paragraph.createRun();
            String[] lines = clean(words).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    run.addBreak();
                }
                run.setText(lines[i], i);
            }
        }

        // Tables.

        private record Column(String heading, int percent) {
        }

        private Column column(String key, int percent) {
            return new Column(text.get(key), percent);
        }

        /** A table the width of the text, its header row repeated at the top of every page it runs onto. */
        private XWPFTable table(List<Column> columns) {
            XWPFTable table = document.createTable(1, columns.size());
            CTTbl ct = table.getCTTbl();
            CTTblPr properties = ct.getTblPr() == null ? ct.addNewTblPr() : ct.getTblPr();
            CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
            width.setType(STTblWidth.DXA);
            width.setW(BigInteger.valueOf(TEXT_WIDTH));
            // Room inside the cells, as the PDF's tables have.
            var margins = properties.isSetTblCellMar() ? properties.getTblCellMar() : properties.addNewTblCellMar();
            for (CTTblWidth side : List.of(margins.addNewTop(), margins.addNewBottom())) {
                side.setType(STTblWidth.DXA);
                side.setW(BigInteger.valueOf(40));
            }
            for (CTTblWidth side : List.of(margins.addNewLeft(), margins.addNewRight())) {
                side.setType(STTblWidth.DXA);
                side.setW(BigInteger.valueOf(85));
            }
            CTTblGrid grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (Column column : columns) {
                grid.addNewGridCol().setW(BigInteger.valueOf(twips(column.percent())));
            }
            XWPFTableRow header = table.getRow(0);
            header.setRepeatHeader(true);
            header.setCantSplitRow(true);
            for (int i = 0; i < columns.size(); i++) {
                XWPFTableCell cell = header.getCell(i);
                width(cell, twips(columns.get(i).percent()));
                cell.setColor(HEADER_FILL);
                XWPFParagraph paragraph = cell.getParagraphs().get(0);
                paragraph.setSpacingAfter(0);
                XWPFRun run = paragraph.createRun();
                run.setBold(true);
                run.setColor(ACCENT);
                run.setFontSize(9);
                run.setText(columns.get(i).heading());
            }
            return table;
        }

        private static int twips(int percent) {
            return TEXT_WIDTH * percent / 100;
        }

        private static void width(XWPFTableCell cell, int twips) {
            CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            CTTblWidth width = properties.isSetTcW() ? properties.getTcW() : properties.addNewTcW();
            width.setType(STTblWidth.DXA);
            width.setW(BigInteger.valueOf(twips));
        }

        /** A row of one cell across the whole table, for what reads better across it. */
        private static XWPFTableCell band(XWPFTable table, String fill) {
            XWPFTableRow row = table.createRow();
            int columns = row.getTableCells().size();
            for (int i = columns - 1; i > 0; i--) {
                row.removeCell(i);
            }
            XWPFTableCell cell = row.getCell(0);
            CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            properties.addNewGridSpan().setVal(BigInteger.valueOf(columns));
            width(cell, TEXT_WIDTH);
            if (fill != null) {
                cell.setColor(fill);
            }
            return cell;
        }

        private static void cell(XWPFTableRow row, int column, String words, boolean bold) {
            XWPFTableCell cell = row.getCell(column);
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            paragraph.setSpacingAfter(0);
            lines(paragraph, words == null ? "" : words);
            paragraph.getRuns().forEach(r -> {
                r.setFontSize(9);
                r.setBold(bold);
            });
        }

        /** A further paragraph in a cell (an e-mail address under a name, a citation under a title). */
        private static void more(XWPFTableCell cell, String words) {
            XWPFParagraph paragraph = cell.addParagraph();
            paragraph.setSpacingAfter(0);
            lines(paragraph, words);
            paragraph.getRuns().forEach(r -> {
                r.setFontSize(9);
                r.setColor(MUTED);
            });
        }

        /** "How often: weekly", as one paragraph of a band. */
        private void labelled(XWPFTableCell cell, String labelKey, String value, boolean first) {
            XWPFParagraph paragraph = first ? cell.getParagraphs().get(0) : cell.addParagraph();
            paragraph.setSpacingAfter(0);
            XWPFRun label = paragraph.createRun();
            label.setFontSize(9);
            label.setBold(true);
            label.setColor(MUTED);
            label.setText(text.get(labelKey) + " ");
            XWPFRun words = paragraph.createRun();
            words.setFontSize(9);
            words.setText(clean(value));
        }

        private String orNone(String value) {
            return value == null || value.isBlank() ? text.get("value.none") : value;
        }
    }

    /**
     * The text as XML 1.0 can hold it: control characters other than tab and line break, lone surrogates and the two
     * non-characters are left out (an author cannot type them, but a pasted text can carry them, and one would make
     * the whole file unreadable).
     */
    static String clean(String words) {
        if (words == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(words.length());
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < words.length() && Character.isLowSurrogate(words.charAt(i + 1))) {
                out.append(c).append(words.charAt(++i));
            } else if (c == '\t' || c == '\n' || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE)) {
                out.append(c);
            } else if (c == '\r' && !(i + 1 < words.length() && words.charAt(i + 1) == '\n')) {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
