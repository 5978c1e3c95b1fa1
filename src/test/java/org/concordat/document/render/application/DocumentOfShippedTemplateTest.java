package org.concordat.document.render.application;

import org.concordat.legal.domain.LegalBasis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.concordat.agreement.application.AgreementData;
import org.concordat.agreement.domain.FlowDetails;
import org.concordat.agreement.domain.PartyRole;
import org.concordat.agreement.domain.VersionStatus;
import org.concordat.document.render.domain.DocumentModel;
import org.concordat.document.render.infrastructure.PdfBoxRenderer;
import org.concordat.legal.domain.Catalogue;
import org.concordat.legal.domain.compliance.Regime;
import org.concordat.legal.infrastructure.YamlCatalogueReader;
import org.concordat.template.domain.BuiltInTemplate;
import org.concordat.template.domain.FieldSpec;
import org.concordat.template.domain.SectionSpec;
import org.concordat.template.domain.TemplateContent;
import org.concordat.template.domain.TemplateKind;
import org.concordat.template.infrastructure.YamlTemplateReader;
import org.junit.jupiter.api.Test;

/**
 * The shipped DSA template and legal catalogue, end to end through the model into a PDF: what a partnership gets
 * on its first day. The PDF is left in target/pdf-samples/ beside the others.
 */
class DocumentOfShippedTemplateTest {

    static final Function<String, InputStream> FILES = name -> {
        Path file = Path.of("templates", name);
        try {
            return Files.exists(file) ? Files.newInputStream(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    };
    static final Catalogue CATALOGUE = new YamlCatalogueReader(name -> FILES.apply("legal/" + name)).read();
    static final TemplateContent TEMPLATE = new YamlTemplateReader(FILES).read().stream()
            .filter(t -> t.kind() == TemplateKind.DSA).map(BuiltInTemplate::content).findFirst().orElseThrow();

    static FlowDetails flow(String from, String to, Set<String> categories, String purpose, Regime regime,
                            Set<String> bases, String article9, String schedule1, String article10, String leBasis,
                            String sensitive, String schedule8, Set<String> gateways, String confidentiality) {
        return new FlowDetails(from, to, false, Set.of("CHILD", "PARENT_CARER"), categories, purpose,
                "Within one working day of each referral", "SECURE_EMAIL", "Six years after the case closes",
                new LegalBasis(regime, bases, null, LegalBasis.Condition.of(article9, schedule1),
                        LegalBasis.Condition.of(article10, article9 == null ? schedule1 : null), leBasis,
                        LegalBasis.Condition.of(sensitive, schedule8), gateways, null, confidentiality, null, null), null);
    }

    @Test
    void theShippedTemplateAndCatalogueMakeACompleteDocument() throws IOException {
        Map<String, String> answers = new LinkedHashMap<>();
        for (SectionSpec section : TEMPLATE.sections()) {
            for (FieldSpec field : section.fields()) {
                answers.put(section.key() + "." + field.key(), "Agreed by the MASH board for \"" + field.label() + "\".\n\n"
                        + "- reviewed every year\n- owned by each partner's IG lead");
            }
        }
        List<AgreementData.FlowData> flows = List.of(
                new AgreementData.FlowData("F1", flow("P1", "P2", Set.of("SOCIAL_CARE", "HEALTH_DATA", "CRIMINAL_OFFENCE"),
                        "CHILD_PROTECTION_ENQUIRY", Regime.GENERAL, Set.of("A6-1-e"), "A9-2-g", "S1-P2-18", "A10-DPA-S10-5",
                        null, null, null, Set.of("CA1989-S47", "CA2004-S11"), "CL-PUBLIC-INTEREST")),
                new AgreementData.FlowData("F2", flow("P2", "P1", Set.of("CRIMINAL_OFFENCE", "DOMESTIC_ABUSE"),
                        "MASH_TRIAGE", Regime.LAW_ENFORCEMENT, Set.of(), null, null, null, "LE-S35-2-B", "LE-S35-5",
                        "LE-S8-4", Set.of("CDA1998-S115"), "CL-PUBLIC-INTEREST")));
        AgreementData version = new AgreementData(1, "DSA-2026-0001", 10, 1, VersionStatus.SUBMITTED, 0,
                "Front door information sharing", "Decide quickly what help a child needs.", "Fewer repeat referrals.",
                LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), null, 1, 1,
                List.of(new AgreementData.PartyData("P1", 1, "Northshire County Council", PartyRole.CONTROLLER, "Helen Carter",
                                "IG team", "ig@northshire.gov.uk"),
                        new AgreementData.PartyData("P2", 2, "Northshire Constabulary", PartyRole.CONTROLLER, "Rhys Evans",
                                "Public Protection Unit", "ppu@northshire.police.uk")),
                flows, answers, null, false, 1, false, List.of(), false, false, null, null, false, false, false, false);
        byte[] json = "{}".getBytes(StandardCharsets.UTF_8);

        DocumentModel model = DocumentModels.agreement(version, TEMPLATE, CATALOGUE, json, Instant.parse("2026-11-22T09:00:00Z"));
        byte[] pdf = new PdfBoxRenderer().render(model);
        Files.createDirectories(Path.of("target", "pdf-samples"));
        Files.write(Path.of("target", "pdf-samples", "dsa-shipped-template.pdf"), pdf);

        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        for (SectionSpec section : TEMPLATE.sections()) {
            assertTrue(text.contains(section.title()), section.title());
            assertTrue(section.fields().stream().allMatch(f -> text.contains(f.label())), section.title() + " fields");
            assertFalse(text.contains(section.guidance().replaceAll("\\s+", " ")), "no guidance in the document: " + section.key());
        }
        assertEquals(List.of("A6-1-e", "A9-2-g", "A10-DPA-S10-5", "S1-P2-18", "LE-S8-4", "LE-S35-2-B", "LE-S35-5",
                "CL-PUBLIC-INTEREST", "CA1989-S47", "CA2004-S11", "CDA1998-S115"),
                model.annex().stream().map(DocumentModel.Provision::code).toList(), "the catalogue's order (its numbers compare as numbers)");
        for (DocumentModel.Provision provision : model.annex()) {
            assertTrue(text.contains(provision.citation().replaceAll("\\s+", " ")), provision.code());
            assertTrue(text.contains(provision.summary().replaceAll("\\s+", " ")), provision.code() + " summary");
        }
    }
}
