package org.concordat.document.render.application;

import static org.concordat.document.render.infrastructure.PdfText.flat;
import static org.concordat.document.render.infrastructure.PdfText.pages;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.concordat.shared.domain.StatusTag;
import org.concordat.document.render.domain.DocumentModel;
import org.concordat.document.render.domain.DpiaDocumentModel;
import org.concordat.document.render.infrastructure.PdfBoxRenderer;
import org.concordat.document.render.infrastructure.VeraPdf;
import org.concordat.dpia.application.DpiaData;
import org.concordat.dpia.domain.DpiaVersionStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A DPIA on the shipped ICO template, through the model into a PDF: completed, draft, and signed off with a high
 * residual risk (the ICO's prior consultation). Checked with PDFBox, veraPDF and qpdf; left in target/pdf-samples/
 * as dpia-completed.pdf, dpia-draft.pdf and dpia-prior-consultation.pdf.
 */
class DpiaDocumentTest {

    static final Path SAMPLES = Path.of("target", "pdf-samples");
    static final ResourceBundle WORDS = ResourceBundle.getBundle("org.concordat.document.document-text");
    static final PdfBoxRenderer renderer = new PdfBoxRenderer();

    static DpiaData completedData;
    static DpiaDocumentModel completed;
    static DpiaDocumentModel draft;
    static DpiaDocumentModel prior;
    static byte[] completedPdf;
    static byte[] draftPdf;
    static byte[] priorPdf;

    static byte[] json(DpiaData d) {
        return Json.createObjectBuilder().add("format", DpiaVersionCopy.FORMAT).add("reference", d.reference())
                .add("number", d.number()).add("status", d.status().name()).add("screeningOutcome", d.screeningOutcome().name())
                .add("risks", d.risks().size()).build().toString().getBytes(StandardCharsets.UTF_8);
    }

    static DpiaDocumentModel model(DpiaData d) {
        return DpiaDocumentModels.dpia(d, SampleDpias.TEMPLATE, json(d), SampleDpias.NOW);
    }

    @BeforeAll
    static void render() throws IOException {
        completedData = SampleDpias.completed();
        completed = model(completedData);
        draft = model(SampleDpias.draft());
        prior = model(SampleDpias.priorConsultation());
        completedPdf = renderer.render(completed);
        draftPdf = renderer.render(draft);
        priorPdf = renderer.render(prior);
        Files.createDirectories(SAMPLES);
        Files.write(SAMPLES.resolve("dpia-completed.pdf"), completedPdf);
        Files.write(SAMPLES.resolve("dpia-draft.pdf"), draftPdf);
        Files.write(SAMPLES.resolve("dpia-prior-consultation.pdf"), priorPdf);
    }

    @Test
    void onlyASignedOffVersionIsFreeOfTheDraftMark() {
        for (DpiaVersionStatus status : DpiaVersionStatus.values()) {
            DpiaDocumentModel m = model(SampleDpias.dpia(status, false));
            assertEquals(!status.isSignedOff(), m.draft(), status.name());
            assertEquals(status.name(), m.status());
        }
    }

    @Test
    void theStepsAreTheTemplatesWithTheRegisterMeasuresAndSignOffInSteps5To7() {
        List<DocumentModel.Section> steps = completed.steps();
        assertEquals(SampleDpias.TEMPLATE.sections().stream().map(s -> s.title()).toList(),
                steps.stream().map(DocumentModel.Section::heading).toList());
        assertEquals(7, steps.size());
        assertEquals(DpiaDocumentModel.GENERATED_RISKS, steps.get(4).generated());
        assertEquals(DpiaDocumentModel.GENERATED_MEASURES, steps.get(5).generated());
        assertEquals(DpiaDocumentModel.GENERATED_SIGN_OFF, steps.get(6).generated());
        assertNull(steps.get(0).generated());
        DocumentModel.Answer aims = steps.get(0).answers().get(0);
        assertEquals("What the project aims to achieve", aims.label());
        assertTrue(aims.text().startsWith("The MASH partners share"));
        assertNull(steps.get(0).answers().get(2).text(), "related documents are not answered");
        assertEquals("Data protection impact assessment", completed.documentType());
        assertEquals("Northshire County Council", completed.leadOrganisation());
        assertEquals("REQUIRED", completed.screeningOutcome());
        assertEquals(List.of("data-matching", "children-or-vulnerable-people", "risk-of-physical-harm"),
                completed.reasons().stream().map(DpiaDocumentModel.ScreeningQuestion::key).toList());
        assertEquals("Dee Okafor", completed.dpoAdvice().givenBy());
        assertEquals("ACCEPTED", completed.signOff().dpoAdviceDecision());
        assertEquals(List.of("DSA-2026-0042", "DSA-2026-0051"),
                completed.agreements().stream().map(DpiaDocumentModel.LinkedAgreement::reference).toList());
        // The heat map before measures: R1 is probable and severe (top right), R5 remote and significant.
        DpiaDocumentModel.HeatMap before = completed.heatMapBefore();
        assertEquals(List.of("MINIMAL", "SIGNIFICANT", "SEVERE"), before.severities());
        assertEquals("PROBABLE", before.rows().get(0).likelihood());
        assertEquals(List.of("R1"), before.rows().get(0).cells().get(2).riskKeys());
        assertEquals("HIGH", before.rows().get(0).cells().get(2).level());
        assertEquals(List.of("R5"), before.rows().get(2).cells().get(1).riskKeys());
    }

    @Test
    void theMachineReadableCopyHoldsWhatWasAssessedNotWhatDependsOnTheReader() {
        DpiaVersionCopy copy = DpiaVersionCopy.of(completedData);
        assertEquals("concordat.dpia-version/1", copy.format());
        assertEquals(completedData.risks(), copy.risks());
        assertEquals(completedData.signOff(), copy.signOff());
        assertEquals(List.copyOf(new java.util.TreeSet<>(completedData.answers().keySet())), List.copyOf(copy.answers().keySet()));
        Set<String> components = Arrays.stream(DpiaVersionCopy.class.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toSet());
        for (String readerOrDay : List.of("lockVersion", "versions", "canEdit", "canGiveDpoAdvice", "canSignOff",
                "canReturnToDraft", "canStartNewVersion", "canLink")) {
            assertFalse(components.contains(readerOrDay), readerOrDay);
        }
    }

    @Test
    void theTextHasEveryRiskMeasureTheScreeningOutcomeAndTheDposAdvice() throws IOException {
        String text = flat(String.join(" ", pages(completedPdf)));
        for (DpiaDocumentModel.Risk r : completed.risks()) {
            assertTrue(text.contains(flat(r.source())), r.key() + " source");
            assertTrue(text.contains(flat(r.impact())), r.key() + " impact");
            for (DpiaDocumentModel.Measure m : r.measures()) {
                assertTrue(text.contains(flat(m.description())), m.key());
            }
        }
        assertTrue(text.contains(WORDS.getString("dpia.outcome.REQUIRED")));
        assertTrue(text.contains(flat(WORDS.getString("dpia.outcome.explain.REQUIRED"))));
        for (DpiaDocumentModel.ScreeningQuestion reason : completed.reasons()) {
            assertTrue(text.contains(flat(reason.question())), reason.key());
        }
        assertTrue(text.contains(flat(SampleDpias.DPO_SUMMARY)), "the DPO's summary");
        assertTrue(text.contains("The measures are proportionate. Two matter most:"), "the DPO's advice");
        assertTrue(text.contains(MessageFormat.format(WORDS.getString("dpia.signOff.decision.ACCEPTED"),
                "Helen Carter, Director of Children's Services")), "who accepted the DPO's advice");
        assertTrue(text.contains(flat(WORDS.getString("dpia.article36.notNeeded"))));
        assertFalse(text.contains(WORDS.getString("dpia.article36.title")));
        assertTrue(text.contains("DSA-2026-0042") && text.contains("Health information for child protection enquiries"));
        assertTrue(text.contains("30 November 2027"), "the review date");
    }

    @Test
    void aHighResidualRiskAcceptedCarriesTheArticle36NoteAndTheReasonsForOverrulingTheDpo() throws IOException {
        String text = flat(String.join(" ", pages(priorPdf)));
        assertTrue(text.contains(flat(WORDS.getString("dpia.article36.title"))));
        assertTrue(text.contains("UK GDPR Article 36(1) to (3)"));
        assertTrue(text.contains(flat(WORDS.getString("dpia.cover.priorConsultationNeeded"))), "the cover says so");
        assertTrue(text.contains(flat(SampleDpias.OVERRULE_REASONS)));
        assertTrue(text.contains(MessageFormat.format(WORDS.getString("dpia.signOff.decision.OVERRULED"),
                "Helen Carter, Director of Children's Services")));
        assertFalse(text.contains(flat(WORDS.getString("dpia.article36.notNeeded"))));
    }

    @Test
    void afterThePriorConsultationTheIcosAdviceReplacesTheWarning() throws IOException {
        byte[] pdf = renderer.render(model(SampleDpias.afterPriorConsultation()));
        Files.write(SAMPLES.resolve("dpia-after-prior-consultation.pdf"), pdf);
        String text = flat(String.join(" ", pages(pdf)));
        assertTrue(text.contains(flat(WORDS.getString("dpia.article36.done.title"))), text);
        assertTrue(text.contains("RFA0123456"), "the ICO's reference");
        assertTrue(text.contains(flat(SampleDpias.ICO_ADVICE)) && text.contains(flat(SampleDpias.ICO_ADVICE_FOLLOWED)));
        assertFalse(text.contains(flat(WORDS.getString("dpia.article36.title"))), "no warning that it must still happen");
        assertFalse(text.contains(flat(WORDS.getString("dpia.cover.priorConsultationNeeded"))));
        pages(pdf).forEach(page -> assertFalse(page.contains(WORDS.getString("watermark")), "completed: no draft mark"));
    }

    @Test
    void theDraftMarkIsOnEveryPageOfADraftAndNowhereOnACompletedOne() throws IOException {
        String mark = WORDS.getString("watermark") + " \u00b7 " + draft.reference();
        List<String> draftPages = pages(draftPdf);
        draftPages.forEach(page -> assertTrue(page.contains(mark), "a draft page lacks the mark: " + page));
        assertTrue(flat(draftPages.get(0)).contains(flat(WORDS.getString("dpia.cover.draftNote"))));
        assertTrue(flat(String.join(" ", draftPages)).contains(WORDS.getString("dpia.signOff.notYet")));
        pages(completedPdf).forEach(page -> assertFalse(page.contains(WORDS.getString("watermark")),
                "a completed DPIA shows the draft mark: " + page));
    }

    @Test
    void everyPageHasTheFooterAndTheContentsGiveThePageOfEachHeading() throws IOException {
        List<String> pages = pages(completedPdf);
        int n = pages.size();
        for (int i = 0; i < n; i++) {
            String footer = "DPIA-2026-0007 \u00b7 Version 2 \u00b7 Page " + (i + 1) + " of " + n;
            assertTrue(pages.get(i).contains(footer), "page " + (i + 1) + " has no footer '" + footer + "'");
        }
        String contents = flat(pages.get(1));
        List<String> headings = new ArrayList<>();
        headings.add(WORDS.getString("part.screening"));
        completed.steps().forEach(s -> headings.add(s.heading()));
        headings.add(WORDS.getString("part.agreements"));
        for (String heading : headings) {
            Matcher entry = Pattern.compile(Pattern.quote(heading) + " (\\d+)").matcher(contents);
            assertTrue(entry.find(), "the contents list " + heading + ": " + contents);
            int page = Integer.parseInt(entry.group(1));
            assertTrue(flat(pages.get(page - 1)).contains(heading), heading + " is on page " + page);
        }
        // In the order of the ICO template: the register in step 5, the measures and heat maps in 6, sign-off in 7.
        String text = flat(String.join(" ", pages.subList(2, n)));
        int at = 0;
        for (String expected : List.of(WORDS.getString("part.screening"), completed.steps().get(4).heading(),
                WORDS.getString("dpia.risks.title"), completed.steps().get(5).heading(), WORDS.getString("dpia.measures.title"),
                WORDS.getString("dpia.heat.before"), WORDS.getString("dpia.heat.after"), completed.steps().get(6).heading(),
                flat(WORDS.getString("dpia.dpo.title")), WORDS.getString("dpia.signOff.title"), WORDS.getString("part.agreements"))) {
            int found = text.indexOf(expected, at);
            assertTrue(found >= 0, "'" + expected + "' is missing or out of order");
            at = found + 1;
        }
    }

    @Test
    void theVersionJsonIsAttachedAndParses() throws IOException {
        for (Map.Entry<DpiaDocumentModel, byte[]> rendered : Map.of(completed, completedPdf, draft, draftPdf).entrySet()) {
            try (PDDocument pdf = Loader.loadPDF(rendered.getValue())) {
                Map<String, PDComplexFileSpecification> files = pdf.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
                assertEquals(1, files.size());
                PDComplexFileSpecification spec = files.values().iterator().next();
                assertEquals("DPIA-2026-0007-v2.json", spec.getFileUnicode());
                assertEquals("Data", spec.getCOSObject().getNameAsString(COSName.AF_RELATIONSHIP));
                assertEquals("application/json", spec.getEmbeddedFile().getSubtype());
                byte[] attached = spec.getEmbeddedFile().toByteArray();
                assertArrayEquals(rendered.getKey().json(), attached);
                try (JsonReader reader = Json.createReader(new StringReader(new String(attached, StandardCharsets.UTF_8)))) {
                    JsonObject copy = reader.readObject();
                    assertEquals(DpiaVersionCopy.FORMAT, copy.getString("format"));
                    assertEquals("DPIA-2026-0007", copy.getString("reference"));
                    assertEquals(rendered.getKey().status(), copy.getString("status"));
                }
                assertTrue(pdf.getDocumentInformation().getTitle().contains(completed.title()));
            }
        }
    }

    @Test
    void veraPdfFindsEachDpiaDocumentValidTaggedPdfA3aAndPdfUa1() throws Exception {
        VeraPdf.assertTaggedPdfA3aAndPdfUa1("the completed DPIA", completedPdf);
        VeraPdf.assertTaggedPdfA3aAndPdfUa1("the draft DPIA", draftPdf);
        VeraPdf.assertTaggedPdfA3aAndPdfUa1("the DPIA needing prior consultation", priorPdf);
    }

    @Test
    void qpdfFindsNoProblem() throws Exception {
        for (String name : List.of("dpia-completed.pdf", "dpia-draft.pdf", "dpia-prior-consultation.pdf")) {
            Process qpdf = new ProcessBuilder("qpdf", "--check", SAMPLES.resolve(name).toString()).redirectErrorStream(true).start();
            String output = new String(qpdf.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, qpdf.waitFor(), name + ": " + output);
        }
    }

    @Test
    void aDpiaWithNothingYetStillRendersEveryPart() throws IOException {
        DpiaData d = SampleDpias.draft();
        DpiaData empty = new DpiaData(d.dpiaId(), d.reference(), d.versionId(), 1, DpiaVersionStatus.DRAFT, 0, d.title(),
                d.templateVersionId(), d.leadOrganisationId(), d.leadOrganisationName(), null,
                d.screening().stream().map(q -> new DpiaData.ScreeningAnswerData(q.key(), q.question(), q.guidance(),
                        q.indicator(), q.highRisk(), null)).toList(), List.of(), Map.of(), List.of(),
                SampleDpias.heatMap(List.of(), false), SampleDpias.heatMap(List.of(), true), false,
                new DpiaData.DpoAdviceData(null, null, null, null, null, null, null),
                new DpiaData.SignOffData(null, null, null, null, null, null, null, null, null, null, null, null), null,
                List.of(), List.of(), true, false, false, false, false, false, true, StatusTag.DRAFT, StatusTag.DRAFT.label());
        String text = flat(String.join(" ", pages(renderer.render(DpiaDocumentModels.dpia(empty, SampleDpias.TEMPLATE,
                "{}".getBytes(StandardCharsets.UTF_8), SampleDpias.NOW)))));
        for (String key : List.of("dpia.outcome.none", "dpia.answer.none", "dpia.risks.none", "dpia.dpo.notRequested",
                "dpia.signOff.notYet", "dpia.agreements.none", "section.unanswered")) {
            assertTrue(text.contains(flat(WORDS.getString(key))), key);
        }
    }
}
