package org.concordat.document.render.infrastructure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concordat.document.render.domain.DocumentModel;
import org.concordat.document.render.domain.DocumentModel.LegalBasis;
import org.concordat.document.render.domain.DocumentModel.Provision;
import org.concordat.document.render.domain.SectionText;

/**
 * The same agreement as a word-processor document, for the baseline of the document benchmark: what an IG lead
 * converts to PDF today. Written as flat ODT XML (one .fodt file) from the same {@link DocumentModel} and in the same
 * words ({@link DocumentText}) as {@link PdfBoxRenderer}, in the same order and with the same look: A4, Liberation
 * Sans, cover, contents, the template's sections, the flows as a table with a repeated header row, the lawful basis
 * of each flow, the legal annex and the signature page, each part starting a page, a running header and a "Page x of
 * y" footer. LibreOffice turns it into a DOCX once, before anything is timed. Not shipped: benchmark sources only.
 */
public final class OfficeDocument {

    private static final String CM = "cm";
    /** The text width of {@link Galley} (A4 less 2 cm each side), in centimetres. */
    private static final double WIDTH_CM = 17.0;

    private final DocumentModel model;
    private final DocumentText text = new DocumentText();
    private final StringBuilder body = new StringBuilder(512 * 1024);
    private final StringBuilder columnStyles = new StringBuilder();
    private int tables;

    private OfficeDocument(DocumentModel model) {
        this.model = model;
    }

    /** The whole document as flat ODT XML. */
    public static String flatOdt(DocumentModel model) {
        return new OfficeDocument(model).write();
    }

    private String write() {
        cover();
        contents();
        sections();
        part("flows", this::flows);
        part("lawfulBasis", this::lawfulBasis);
        part("annex", this::annex);
        part("signatures", this::signatures);
        return document();
    }

    private void cover() {
        p("CoverStart", model.documentType().toUpperCase(Locale.UK));
        p("CoverTitle", model.title());
        p("CoverSubtitle", model.reference() + " \u00b7 " + text.get("version", model.versionNumber()));
        fact("cover.status", text.label("status", model.status()));
        fact("cover.effective", text.day(model.effectiveDate()));
        fact("cover.review", text.day(model.reviewDate()));
        fact("cover.produced", text.moment(model.producedAt()));
        if (model.draft()) {
            p("Note", text.get("cover.draftNote"));
        }
        if (model.purpose() != null) {
            p("Subheading", text.get("cover.purpose"));
            formatted(model.purpose());
        }
        if (model.benefits() != null) {
            p("Subheading", text.get("cover.benefits"));
            formatted(model.benefits());
        }
        p("Subheading", text.get("cover.parties"));
        if (model.parties().isEmpty()) {
            p("Muted", text.get("cover.noParties"));
            return;
        }
        table(new double[] {0.30, 0.16, 0.22, 0.32}, "party.organisation", "party.role", "party.signatory", "party.contact");
        for (DocumentModel.Party party : model.parties()) {
            body.append("<table:table-row table:style-name=\"Row\">");
            cell("Cell", 1, para("CellBold", party.organisation()));
            cell("Cell", 1, para("Cell", text.label("role", party.role())));
            cell("Cell", 1, para("Cell", orNone(party.signatoryName())));
            cell("Cell", 1, para("Cell", orNone(party.contactName()))
                    + (party.contactEmail() == null ? "" : para("CellMuted", party.contactEmail())));
            body.append("</table:table-row>");
        }
        body.append("</table:table>");
    }

    private void fact(String labelKey, String value) {
        body.append("<text:p text:style-name=\"Fact\"><text:span text:style-name=\"Muted\">")
                .append(escape(text.get(labelKey))).append("</text:span><text:tab/><text:span text:style-name=\"Strong\">")
                .append(escape(value)).append("</text:span></text:p>");
    }

    /** The contents, as a word processor's table of contents shows them (entries only: no page numbers). */
    private void contents() {
        p("ContentsTitle", text.get("document.contents"));
        for (int i = 0; i < model.sections().size(); i++) {
            body.append("<text:p text:style-name=\"ContentsEntry\">").append(i + 1).append("<text:tab/>")
                    .append(escape(model.sections().get(i).heading())).append("</text:p>");
        }
        for (String part : List.of("flows", "lawfulBasis", "annex", "signatures")) {
            p("ContentsPart", text.get("part." + part));
        }
    }

    private void sections() {
        for (int i = 0; i < model.sections().size(); i++) {
            DocumentModel.Section section = model.sections().get(i);
            body.append("<text:h text:style-name=\"").append(i == 0 ? "SectionFirst" : "Section")
                    .append("\" text:outline-level=\"2\">").append(i + 1).append("<text:tab/>")
                    .append(escape(section.heading())).append("</text:h>");
            String generated = section.generated() == null ? null : "generated." + section.generated();
            if (generated != null && text.has(generated)) {
                p("Muted", text.get(generated));
            }
            for (DocumentModel.Answer answer : section.answers()) {
                p("Label", answer.label());
                if (answer.text() == null) {
                    p("Muted", text.get("section.unanswered"));
                } else {
                    formatted(answer.text());
                }
            }
        }
    }

    private void flows() {
        p("Intro", text.get("flows.intro"));
        if (model.flows().isEmpty()) {
            p("Muted", text.get("flows.none"));
            return;
        }
        table(new double[] {0.065, 0.19, 0.15, 0.22, 0.16, 0.215}, "flows.key", "flows.route", "flows.subjects",
                "flows.data", "flows.purpose", "flows.transfer");
        for (int i = 0; i < model.flows().size(); i++) {
            DocumentModel.Flow f = model.flows().get(i);
            String fill = i % 2 == 1 ? "Stripe" : "Cell";
            body.append("<table:table-row table:style-name=\"Row\">");
            cell(fill, 1, para("CellBold", f.key()));
            cell(fill, 1, para("Cell", f.from()) + para("Cell", "\u2192 " + f.to())
                    + (f.bothWays() ? para("CellMuted", text.get("flows.bothWays")) : ""));
            cell(fill, 1, para("Cell", orNone(String.join(", ", f.dataSubjects()))));
            cell(fill, 1, para("Cell", orNone(String.join(", ", f.dataCategories()))));
            cell(fill, 1, para("Cell", orNone(f.purpose())));
            cell(fill, 1, para("Cell", orNone(f.transferMethod())));
            body.append("</table:table-row><table:table-row table:style-name=\"Row\">");
            StringBuilder details = new StringBuilder();
            details.append(labelled("flows.frequency", orNone(f.frequency())));
            details.append(labelled("flows.retention", orNone(f.retention())));
            details.append(labelled("flows.reliesOn", f.legalBasis().isEmpty() ? text.get("basis.none")
                    : String.join(" \u00b7 ", f.legalBasis().stream().map(LegalBasis::provision).distinct()
                            .map(Provision::title).toList())));
            if (f.notes() != null) {
                details.append(labelled("flows.notes", f.notes()));
            }
            cell(fill, 1, "<text:p text:style-name=\"Cell\"/>");
            cell(fill, 5, details.toString());
            body.append("</table:table-row>");
        }
        body.append("</table:table>");
    }

    /** As {@link DocumentLayout}: flows relying on the same provisions are set out once, together. */
    private void lawfulBasis() {
        p("Intro", text.get("basis.intro"));
        if (model.flows().isEmpty()) {
            p("Muted", text.get("flows.none"));
            return;
        }
        Map<List<LegalBasis>, List<DocumentModel.Flow>> combinations = new LinkedHashMap<>();
        for (DocumentModel.Flow f : model.flows()) {
            combinations.computeIfAbsent(f.legalBasis(), k -> new ArrayList<>()).add(f);
        }
        table(new double[] {0.22, 0.27, 0.51}, "basis.kind", "basis.provision", "basis.meaning");
        for (Map.Entry<List<LegalBasis>, List<DocumentModel.Flow>> combination : combinations.entrySet()) {
            List<DocumentModel.Flow> flows = combination.getValue();
            StringBuilder heading = new StringBuilder(para("CellBold", text.get(flows.size() == 1 ? "basis.flow" : "basis.flows",
                    String.join(", ", flows.stream().map(DocumentModel.Flow::key).toList()))));
            long lawEnforcement = flows.stream().filter(DocumentModel.Flow::lawEnforcement).count();
            if (lawEnforcement > 0) {
                heading.append(para("CellMuted", text.get(lawEnforcement == flows.size() ? "basis.lawEnforcement"
                        : "basis.someLawEnforcement", String.join(", ", flows.stream()
                        .filter(DocumentModel.Flow::lawEnforcement).map(DocumentModel.Flow::key).toList()))));
            }
            body.append("<table:table-row table:style-name=\"Row\">");
            cell("Band", 3, heading.toString());
            body.append("</table:table-row>");
            if (combination.getKey().isEmpty()) {
                body.append("<table:table-row table:style-name=\"Row\">");
                cell("Cell", 3, para("CellMuted", text.get("basis.none")));
                body.append("</table:table-row>");
            }
            for (LegalBasis basis : combination.getKey()) {
                Provision p = basis.provision();
                body.append("<table:table-row table:style-name=\"Row\">");
                cell("Cell", 1, para("CellMuted", text.label("basis", basis.kind().name())));
                cell("Cell", 1, para("CellBold", p.title())
                        + para("CellMuted", p.known() ? p.citation() : text.get("basis.unknown")));
                cell("Cell", 1, para("Cell", p.known() ? orNone(p.summary()) : ""));
                body.append("</table:table-row>");
            }
        }
        body.append("</table:table>");
    }

    private void annex() {
        p("Intro", text.get("annex.intro"));
        if (model.annex().isEmpty()) {
            p("Muted", text.get("annex.none"));
            return;
        }
        table(new double[] {0.17, 0.35, 0.48}, "annex.code", "annex.provision", "annex.citation");
        for (int i = 0; i < model.annex().size(); i++) {
            Provision p = model.annex().get(i);
            String fill = i % 2 == 1 ? "Stripe" : "Cell";
            body.append("<table:table-row table:style-name=\"Row\">");
            cell(fill, 1, para("CellBold", p.code()));
            cell(fill, 1, para("Cell", p.title()));
            cell(fill, 1, para(p.known() ? "Cell" : "CellMuted", p.known() ? p.citation() : text.get("basis.unknown")));
            body.append("</table:table-row>");
        }
        body.append("</table:table>");
    }

    /** One framed box per party, with room to sign and date. */
    private void signatures() {
        p("Intro", text.get("signatures.intro"));
        for (DocumentModel.Party party : model.parties()) {
            tables++;
            String name = "Signature" + tables;
            columnStyles.append("<style:style style:name=\"").append(name).append(".A\" style:family=\"table-column\">")
                    .append("<style:table-column-properties style:column-width=\"").append(WIDTH_CM).append(CM)
                    .append("\"/></style:style>");
            body.append("<table:table table:name=\"").append(name).append("\" table:style-name=\"Box\">")
                    .append("<table:table-column table:style-name=\"").append(name).append(".A\"/><table:table-row table:style-name=\"Row\">");
            cell("SignatureBox", 1, para("Organisation", party.organisation())
                    + para("Muted", text.label("role", party.role()))
                    + "<text:p text:style-name=\"Body\"><text:span text:style-name=\"Muted\">"
                    + escape(text.get("signatures.signatory")) + "</text:span><text:tab/>"
                    + escape(party.signatoryName() == null ? text.get("signatures.notNamed") : party.signatoryName())
                    + "</text:p><text:p text:style-name=\"SigningSpace\"/>"
                    + "<text:p text:style-name=\"Body\"><text:span text:style-name=\"Muted\">"
                    + escape(text.get("signatures.signature")) + "</text:span><text:tab/>"
                    + "______________________________________<text:s text:c=\"4\"/><text:span text:style-name=\"Muted\">"
                    + escape(text.get("signatures.date")) + "</text:span> ________________</text:p>");
            body.append("</table:table-row></table:table>");
        }
    }

    /** A part after the sections: a new page, its title, then its content. */
    private void part(String name, Runnable content) {
        body.append("<text:h text:style-name=\"Part\" text:outline-level=\"1\">").append(escape(text.get("part." + name)))
                .append("</text:h>");
        content.run();
    }

    /** An author's text: paragraphs and bullet items, everything else shown as typed (line breaks kept). */
    private void formatted(String authored) {
        boolean inList = false;
        for (SectionText.Block block : SectionText.blocks(authored)) {
            if (block.bullet() && !inList) {
                body.append("<text:list text:style-name=\"Bullets\">");
                inList = true;
            } else if (!block.bullet() && inList) {
                body.append("</text:list>");
                inList = false;
            }
            if (block.bullet()) {
                body.append("<text:list-item>").append(para("Bullet", block.text())).append("</text:list-item>");
            } else {
                body.append(para("Body", block.text()));
            }
        }
        if (inList) {
            body.append("</text:list>");
        }
    }

    /** Opens a table with its header row (repeated on every page the table reaches); the caller closes it. */
    private void table(double[] shares, String... headerKeys) {
        tables++;
        String name = "Table" + tables;
        body.append("<table:table table:name=\"").append(name).append("\" table:style-name=\"Grid\">");
        for (int i = 0; i < shares.length; i++) {
            String column = name + "." + (char) ('A' + i);
            columnStyles.append("<style:style style:name=\"").append(column).append("\" style:family=\"table-column\">")
                    .append("<style:table-column-properties style:column-width=\"")
                    .append(String.format(Locale.ROOT, "%.3f", WIDTH_CM * shares[i])).append(CM).append("\"/></style:style>");
            body.append("<table:table-column table:style-name=\"").append(column).append("\"/>");
        }
        body.append("<table:table-header-rows><table:table-row table:style-name=\"Row\">");
        for (String key : headerKeys) {
            cell("Header", 1, para("CellHeader", text.get(key)));
        }
        body.append("</table:table-row></table:table-header-rows>");
    }

    private void cell(String style, int span, String content) {
        body.append("<table:table-cell table:style-name=\"").append(style).append("\" office:value-type=\"string\"");
        if (span > 1) {
            body.append(" table:number-columns-spanned=\"").append(span).append('"');
        }
        body.append('>').append(content).append("</table:table-cell>");
        for (int i = 1; i < span; i++) {
            body.append("<table:covered-table-cell/>");
        }
    }

    private String labelled(String labelKey, String value) {
        return "<text:p text:style-name=\"Cell\"><text:span text:style-name=\"CellLabel\">" + escape(text.get(labelKey))
                + "</text:span> " + lines(value) + "</text:p>";
    }

    private void p(String style, String content) {
        body.append(para(style, content));
    }

    private static String para(String style, String content) {
        return "<text:p text:style-name=\"" + style + "\">" + lines(content) + "</text:p>";
    }

    private String orNone(String value) {
        return value == null || value.isBlank() ? text.get("value.none") : value;
    }

    /** Escaped text; the author's line breaks kept as line breaks. */
    private static String lines(String value) {
        return escape(value).replace("\n", "<text:line-break/>");
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private String document() {
        String running = escape(model.documentType() + " \u00b7 " + model.title());
        String footer = escape(text.get("footer", model.reference(), String.valueOf(model.versionNumber()), "{page}", "{pages}"))
                .replace("{page}", "<text:page-number text:select-page=\"current\">1</text:page-number>")
                .replace("{pages}", "<text:page-count>1</text:page-count>");
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
                xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
                xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
                xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" \
                xmlns:dc="http://purl.org/dc/elements/1.1/" \
                xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" \
                office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
                <office:meta><dc:title>%1$s</dc:title><dc:language>en-GB</dc:language></office:meta>
                <office:font-face-decls>
                 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
                </office:font-face-decls>
                <office:styles>
                 <style:default-style style:family="paragraph">
                  <style:paragraph-properties fo:orphans="2" fo:widows="2"/>
                  <style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt" fo:color="#1f2328" fo:language="en" fo:country="GB"/>
                 </style:default-style>
                 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
                 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
                  <style:paragraph-properties fo:line-height="13.6pt" fo:margin-top="0pt" fo:margin-bottom="6pt"/>
                 </style:style>
                 <style:style style:name="Muted" style:family="paragraph" style:parent-style-name="Body"><style:text-properties fo:color="#57606a"/></style:style>
                 <style:style style:name="Intro" style:family="paragraph" style:parent-style-name="Muted"><style:paragraph-properties fo:margin-bottom="10pt"/></style:style>
                 <style:style style:name="Label" style:family="paragraph" style:parent-style-name="Body">
                  <style:paragraph-properties fo:margin-top="8pt" fo:margin-bottom="2pt" fo:keep-with-next="always"/>
                  <style:text-properties fo:font-weight="bold"/>
                 </style:style>
                 <style:style style:name="Subheading" style:family="paragraph" style:parent-style-name="Label"><style:paragraph-properties fo:margin-top="16pt"/></style:style>
                 <style:style style:name="Bullet" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:margin-bottom="2pt"/></style:style>
                 <style:style style:name="Fact" style:family="paragraph" style:parent-style-name="Body">
                  <style:paragraph-properties fo:margin-bottom="2pt"><style:tab-stops><style:tab-stop style:position="3.88cm"/></style:tab-stops></style:paragraph-properties>
                 </style:style>
                 <style:style style:name="Note" style:family="paragraph" style:parent-style-name="Body">
                  <style:paragraph-properties fo:margin-top="12pt" fo:padding="8pt" fo:background-color="#eff3f6"/>
                 </style:style>
                 <style:style style:name="Kicker" style:family="paragraph" style:parent-style-name="Standard">
                  <style:paragraph-properties fo:margin-top="36pt" fo:margin-bottom="8pt"/>
                  <style:text-properties fo:font-size="10pt" fo:font-weight="bold" fo:color="#57606a"/>
                 </style:style>
                 <style:style style:name="CoverTitle" style:family="paragraph" style:parent-style-name="Standard">
                  <style:paragraph-properties fo:line-height="31pt" fo:margin-bottom="6pt"/>
                  <style:text-properties fo:font-size="25pt" fo:font-weight="bold" fo:color="#1d3b5c"/>
                 </style:style>
                 <style:style style:name="CoverSubtitle" style:family="paragraph" style:parent-style-name="Standard">
                  <style:paragraph-properties fo:margin-bottom="16pt" fo:padding-bottom="14pt" fo:border-bottom="1.2pt solid #1d3b5c"/>
                  <style:text-properties fo:font-size="12.5pt" fo:color="#57606a"/>
                 </style:style>
                 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
                  <style:paragraph-properties fo:keep-with-next="always"/>
                  <style:text-properties fo:font-weight="bold" fo:color="#1d3b5c"/>
                 </style:style>
                 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1">
                  <style:paragraph-properties fo:margin-bottom="12pt" fo:padding-bottom="4pt" fo:border-bottom="2pt solid #1d3b5c"/>
                  <style:text-properties fo:font-size="17pt"/>
                 </style:style>
                 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2">
                  <style:paragraph-properties fo:margin-top="18pt" fo:margin-bottom="2pt"><style:tab-stops><style:tab-stop style:position="0.85cm"/></style:tab-stops></style:paragraph-properties>
                  <style:text-properties fo:font-size="12pt"/>
                 </style:style>
                 <style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard">
                  <style:paragraph-properties fo:line-height="11pt"/>
                  <style:text-properties fo:font-size="8.3pt"/>
                 </style:style>
                 <style:style style:name="CellBold" style:family="paragraph" style:parent-style-name="Cell"><style:text-properties fo:font-weight="bold"/></style:style>
                 <style:style style:name="CellMuted" style:family="paragraph" style:parent-style-name="Cell"><style:text-properties fo:color="#57606a"/></style:style>
                 <style:style style:name="CellHeader" style:family="paragraph" style:parent-style-name="Cell"><style:text-properties fo:font-weight="bold" fo:color="#1d3b5c"/></style:style>
                 <style:style style:name="Organisation" style:family="paragraph" style:parent-style-name="Standard">
                  <style:paragraph-properties fo:line-height="15pt"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold"/>
                 </style:style>
                 <style:style style:name="ContentsEntry" style:family="paragraph" style:parent-style-name="Body">
                  <style:paragraph-properties fo:margin-bottom="4pt"><style:tab-stops><style:tab-stop style:position="0.85cm"/></style:tab-stops></style:paragraph-properties>
                 </style:style>
                 <style:style style:name="ContentsPart" style:family="paragraph" style:parent-style-name="ContentsEntry">
                  <style:paragraph-properties fo:margin-left="0.85cm"/><style:text-properties fo:font-weight="bold"/>
                 </style:style>
                 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
                  <style:text-properties fo:font-size="7.8pt" fo:color="#57606a"/>
                 </style:style>
                 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Header" style:class="extra">
                  <style:paragraph-properties fo:text-align="center" fo:padding-top="4pt" fo:border-top="0.5pt solid #d0d7de"/>
                 </style:style>
                 <style:style style:name="Strong" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
                 <style:style style:name="CellLabel" style:family="text"><style:text-properties fo:font-weight="bold" fo:color="#57606a"/></style:style>
                </office:styles>
                <office:automatic-styles>
                 <style:page-layout style:name="A4">
                  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.1cm" fo:margin-bottom="1.1cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
                  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.55cm"/></style:header-style>
                  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.55cm"/></style:footer-style>
                 </style:page-layout>
                 <style:style style:name="CoverStart" style:family="paragraph" style:parent-style-name="Kicker" style:master-page-name="Cover"/>
                 <style:style style:name="ContentsTitle" style:family="paragraph" style:parent-style-name="Heading_20_1" style:master-page-name="Standard"/>
                 <style:style style:name="SectionFirst" style:family="paragraph" style:parent-style-name="Heading_20_2"><style:paragraph-properties fo:break-before="page" fo:margin-top="0pt"/></style:style>
                 <style:style style:name="Section" style:family="paragraph" style:parent-style-name="Heading_20_2"/>
                 <style:style style:name="Part" style:family="paragraph" style:parent-style-name="Heading_20_1"><style:paragraph-properties fo:break-before="page"/></style:style>
                 <style:style style:name="SigningSpace" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="46pt"/></style:style>
                 <style:style style:name="Row" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>
                 <style:style style:name="Grid" style:family="table"><style:table-properties style:width="17cm" table:align="left" fo:margin-bottom="6pt"/></style:style>
                 <style:style style:name="Box" style:family="table"><style:table-properties style:width="17cm" table:align="left" fo:margin-top="14pt" fo:keep-with-next="auto"/></style:style>
                 <style:style style:name="Header" style:family="table-cell"><style:table-cell-properties fo:padding="4pt" fo:background-color="#e3eaf1" fo:border="0.5pt solid #d0d7de"/></style:style>
                 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="4pt" fo:border="0.5pt solid #d0d7de"/></style:style>
                 <style:style style:name="Stripe" style:family="table-cell"><style:table-cell-properties fo:padding="4pt" fo:background-color="#f7f9fa" fo:border="0.5pt solid #d0d7de"/></style:style>
                 <style:style style:name="Band" style:family="table-cell"><style:table-cell-properties fo:padding="4pt" fo:background-color="#eff3f6" fo:border="0.5pt solid #d0d7de"/></style:style>
                 <style:style style:name="SignatureBox" style:family="table-cell"><style:table-cell-properties fo:padding="12pt" fo:border="0.8pt solid #d0d7de" fo:border-left="3pt solid #1d3b5c"/></style:style>
                 %4$s
                 <text:list-style style:name="Bullets">
                  <text:list-level-style-bullet text:level="1" text:bullet-char="\u2022">
                   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
                    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.56cm" fo:text-indent="-0.38cm" fo:margin-left="0.56cm"/>
                   </style:list-level-properties>
                  </text:list-level-style-bullet>
                 </text:list-style>
                </office:automatic-styles>
                <office:master-styles>
                 <style:master-page style:name="Standard" style:page-layout-name="A4">
                  <style:header><text:p text:style-name="Header">%2$s</text:p></style:header>
                  <style:footer><text:p text:style-name="Footer">%3$s</text:p></style:footer>
                 </style:master-page>
                 <style:master-page style:name="Cover" style:page-layout-name="A4" style:next-style-name="Standard">
                  <style:footer><text:p text:style-name="Footer">%3$s</text:p></style:footer>
                 </style:master-page>
                </office:master-styles>
                <office:body><office:text>
                %5$s
                </office:text></office:body>
                </office:document>
                """.formatted(escape(model.title()), running, footer, columnStyles, body);
    }
}
