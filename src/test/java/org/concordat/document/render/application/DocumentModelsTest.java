package org.concordat.document.render.application;

import org.concordat.legal.domain.LegalBasis;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.concordat.agreement.application.AgreementData;
import org.concordat.agreement.domain.FlowDetails;
import org.concordat.agreement.domain.PartyRole;
import org.concordat.agreement.domain.VersionStatus;
import org.concordat.document.render.domain.DocumentModel;
import org.concordat.legal.domain.LegalBasis.Part;
import org.concordat.legal.domain.Catalogue;
import org.concordat.legal.domain.CatalogueEntry;
import org.concordat.legal.domain.Topic;
import org.concordat.legal.domain.compliance.ComplianceReport;
import org.concordat.legal.domain.compliance.Regime;
import org.concordat.template.domain.FieldSpec;
import org.concordat.template.domain.SectionSpec;
import org.concordat.template.domain.TemplateContent;
import org.junit.jupiter.api.Test;

class DocumentModelsTest {

    static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    static final byte[] JSON = "{\"reference\":\"DSA-2026-0007\"}".getBytes(StandardCharsets.UTF_8);

    static CatalogueEntry entry(Topic topic, String code, String title) {
        return new CatalogueEntry(topic, code, title, "What " + title + " means.", topic == Topic.DATA_SUBJECTS ? "" : "Citation of " + code,
                LocalDate.of(2018, 5, 25), null, Set.of("england"), Set.of(), List.of(), null, null, null, List.of(), null);
    }

    static final Catalogue CATALOGUE = new Catalogue("2026.1", "Test catalogue", List.of(
            entry(Topic.LAWFUL_BASES, "A6-1-c", "Legal obligation"),
            entry(Topic.LAWFUL_BASES, "A6-1-e", "Public task"),
            entry(Topic.SPECIAL_CATEGORY_CONDITIONS, "A9-2-g", "Substantial public interest"),
            entry(Topic.DPA_SCHEDULE_1, "S1-P2-18", "Safeguarding of children and of individuals at risk"),
            entry(Topic.STATUTORY_GATEWAYS, "CA1989-S47", "Local authority's duty to investigate"),
            entry(Topic.STATUTORY_GATEWAYS, "CA2004-S11", "Arrangements to safeguard and promote welfare"),
            entry(Topic.DATA_SUBJECTS, "CHILD", "Child"),
            entry(Topic.DATA_SUBJECTS, "PARENT_CARER", "Parent or carer"),
            entry(Topic.DATA_CATEGORIES, "HEALTH", "Health"),
            entry(Topic.DATA_CATEGORIES, "SOCIAL_CARE", "Social care"),
            entry(Topic.PURPOSES, "CHILD_PROTECTION_ENQUIRY", "Child protection enquiry"),
            entry(Topic.TRANSFER_METHODS, "SECURE_EMAIL", "Secure email")), Map.of());

    static final TemplateContent TEMPLATE = new TemplateContent("Data sharing agreement", "For partners", List.of(
            new SectionSpec("parties", "Parties and their roles", "Say who decides what.", true, "parties", List.of(
                    new FieldSpec("working-together", "How the parties work together", "hint", true, true),
                    new FieldSpec("contacts", "Single points of contact", "hint", true, true))),
            new SectionSpec("lawful-basis", "Lawful basis and conditions", "Generated.", true, "lawful-basis", List.of()),
            new SectionSpec("sanctions", "Non-compliance", "What happens.", true, null, List.of(
                    new FieldSpec("non-compliance", "What happens when a party does not comply", "hint", true, true)))),
            List.of(), null);

    static FlowDetails flow(String from, String to, Set<String> bases, Set<String> gateways, String article9) {
        return new FlowDetails(from, to, false, Set.of("PARENT_CARER", "CHILD", "UNKNOWN_SUBJECT"), Set.of("SOCIAL_CARE", "HEALTH"),
                "CHILD_PROTECTION_ENQUIRY", "Weekly", "SECURE_EMAIL", "  Six years  ", new LegalBasis(Regime.GENERAL, bases,
                null, LegalBasis.Condition.of(article9, article9 == null ? null : "S1-P2-18"), null, null, null, gateways,
                null, null, null, null), " ");
    }

    static AgreementData version(VersionStatus status, Map<String, String> answers, List<AgreementData.FlowData> flows) {
        return version(status, answers, flows, null);
    }

    static AgreementData version(VersionStatus status, Map<String, String> answers, List<AgreementData.FlowData> flows,
                                 LocalDate endDate) {
        return new AgreementData(7, "DSA-2026-0007", 70, 2, status, 4, "Children in need", "Protect children", " ",
                LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), endDate, 3, 1,
                List.of(new AgreementData.PartyData("P1", 1, "Northshire County Council", PartyRole.CONTROLLER, "Helen Carter",
                                "IG team", "ig@northshire.gov.uk"),
                        new AgreementData.PartyData("P2", 5, "Northshire Academy", PartyRole.JOINT_CONTROLLER, "", null, null)),
                flows, answers, new ComplianceReport("2026.1", List.of()), true, 0, false, List.of(), true, false, null, null,
                false, false, false, false);
    }

    static final List<AgreementData.FlowData> FLOWS = List.of(
            new AgreementData.FlowData("F1", flow("P1", "P2", Set.of("A6-1-e", "A6-1-c"), Set.of("CA2004-S11", "CA1989-S47"), "A9-2-g")),
            new AgreementData.FlowData("F2", flow("P2", "P9", Set.of("A6-1-e", "ZZ-RETIRED"), Set.of(), null)));

    @Test
    void partyKeysBecomeOrganisationNamesAndCodesBecomeCatalogueTitlesInCatalogueOrder() {
        DocumentModel model = DocumentModels.agreement(version(VersionStatus.SUBMITTED, Map.of(), FLOWS), TEMPLATE, CATALOGUE, JSON, NOW);

        DocumentModel.Flow f1 = model.flows().get(0);
        assertEquals("Northshire County Council", f1.from());
        assertEquals("Northshire Academy", f1.to());
        assertEquals(List.of("Child", "Parent or carer", "UNKNOWN_SUBJECT"), f1.dataSubjects(),
                "catalogue order, then codes the catalogue does not know");
        assertEquals(List.of("Health", "Social care"), f1.dataCategories());
        assertEquals("Child protection enquiry", f1.purpose());
        assertEquals("Secure email", f1.transferMethod());
        assertEquals("Six years", f1.retention());
        assertNull(f1.notes(), "a blank note is no note");
        assertEquals("P9", model.flows().get(1).to(), "a key that names no party is shown as it is");
    }

    @Test
    void eachFlowListsItsProvisionsInTheOrderADocumentGivesThem() {
        DocumentModel model = DocumentModels.agreement(version(VersionStatus.SUBMITTED, Map.of(), FLOWS), TEMPLATE, CATALOGUE, JSON, NOW);

        List<String> f1 = model.flows().get(0).legalBasis().stream()
                .map(b -> b.kind() + " " + b.provision().code() + " " + b.provision().title()).toList();
        assertEquals(List.of("LAWFUL_BASIS A6-1-c Legal obligation", "LAWFUL_BASIS A6-1-e Public task",
                "ARTICLE_9_CONDITION A9-2-g Substantial public interest",
                "SCHEDULE_1_CONDITION S1-P2-18 Safeguarding of children and of individuals at risk",
                "STATUTORY_GATEWAY CA1989-S47 Local authority's duty to investigate",
                "STATUTORY_GATEWAY CA2004-S11 Arrangements to safeguard and promote welfare"), f1);
        DocumentModel.Provision publicTask = model.flows().get(0).legalBasis().get(1).provision();
        assertEquals("What Public task means.", publicTask.summary());
        assertEquals("Citation of A6-1-e", publicTask.citation());
    }

    @Test
    void theAnnexCitesEveryProvisionUsedOnceInCatalogueOrderWithUnknownCodesLast() {
        DocumentModel model = DocumentModels.agreement(version(VersionStatus.SUBMITTED, Map.of(), FLOWS), TEMPLATE, CATALOGUE, JSON, NOW);

        assertEquals(List.of("A6-1-c", "A6-1-e", "A9-2-g", "S1-P2-18", "CA1989-S47", "CA2004-S11", "ZZ-RETIRED"),
                model.annex().stream().map(DocumentModel.Provision::code).toList());
        DocumentModel.Provision retired = model.annex().get(6);
        assertFalse(retired.known());
        assertEquals("ZZ-RETIRED", retired.title());
        assertTrue(model.flows().get(1).legalBasis().stream().anyMatch(b -> b.kind() == Part.LAWFUL_BASIS
                && b.provision().equals(retired)));
    }

    @Test
    void sectionsFollowTheTemplateWithTheAuthorsAnswersAndNoGuidance() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("parties.working-together", "Together.\n\n- weekly meetings");
        answers.put("parties.contacts", "   ");
        answers.put("sanctions.non-compliance", "Access is withdrawn.");
        answers.put("retired-section.field", "Not in this template version");
        DocumentModel model = DocumentModels.agreement(version(VersionStatus.DRAFT, answers, FLOWS), TEMPLATE, CATALOGUE, JSON, NOW);

        assertEquals(List.of("Parties and their roles", "Lawful basis and conditions", "Non-compliance"),
                model.sections().stream().map(DocumentModel.Section::heading).toList());
        DocumentModel.Section parties = model.sections().get(0);
        assertEquals("parties", parties.generated());
        assertEquals(List.of(new DocumentModel.Answer("How the parties work together", "Together.\n\n- weekly meetings"),
                new DocumentModel.Answer("Single points of contact", null)), parties.answers());
        assertEquals(List.of(), model.sections().get(1).answers());
        assertNull(model.sections().get(2).generated());
        assertEquals("Access is withdrawn.", model.sections().get(2).answers().get(0).text());
    }

    @Test
    void theCoverDetailsAndTheDraftMarkComeFromTheVersion() {
        DocumentModel draft = DocumentModels.agreement(version(VersionStatus.DRAFT, Map.of(), FLOWS), TEMPLATE, CATALOGUE, JSON, NOW);
        DocumentModel submitted = DocumentModels.agreement(version(VersionStatus.SUBMITTED, Map.of(), FLOWS), TEMPLATE, CATALOGUE, JSON, NOW);

        assertTrue(draft.draft());
        assertFalse(submitted.draft());
        assertEquals("SUBMITTED", submitted.status());
        assertEquals("Data sharing agreement", draft.documentType());
        assertEquals("Children in need", draft.title());
        assertEquals("DSA-2026-0007", draft.reference());
        assertEquals(2, draft.versionNumber());
        assertEquals("Protect children", draft.purpose());
        assertNull(draft.benefits());
        assertEquals(List.of(new DocumentModel.Party("P1", "Northshire County Council", "CONTROLLER", "Helen Carter", "IG team",
                        "ig@northshire.gov.uk"), new DocumentModel.Party("P2", "Northshire Academy", "JOINT_CONTROLLER", null, null, null)),
                draft.parties());
        assertArrayEquals(JSON, draft.json());
        assertEquals(NOW, draft.producedAt());
        assertNull(draft.endDate(), "no end date: the agreement runs until it is ended or replaced");
    }

    @Test
    void theEndDateReachesTheCoverAndTheMachineReadableCopy() {
        AgreementData ending = version(VersionStatus.SUBMITTED, Map.of(), FLOWS, LocalDate.of(2028, 3, 31));
        assertEquals(LocalDate.of(2028, 3, 31), DocumentModels.agreement(ending, TEMPLATE, CATALOGUE, JSON, NOW).endDate());
        assertEquals(LocalDate.of(2028, 3, 31), AgreementVersionCopy.of(ending, "2026.1").endDate());
    }

    @Test
    void theMachineReadableCopyHoldsWhatWasAgreedNotWhatDependsOnTheReader() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("sanctions.non-compliance", "Access is withdrawn.");
        answers.put("parties.working-together", "Together.");
        AgreementData data = version(VersionStatus.SUBMITTED, answers, FLOWS);

        AgreementVersionCopy copy = AgreementVersionCopy.of(data, "2026.1");

        assertEquals(AgreementVersionCopy.FORMAT, copy.format());
        assertEquals("2026.1", copy.catalogueVersion());
        assertEquals(List.of("parties.working-together", "sanctions.non-compliance"), List.copyOf(copy.answers().keySet()));
        assertEquals(data.flows().stream().map(AgreementData.FlowData::key).toList(),
                copy.flows().stream().map(f -> f.key).toList());
        assertEquals(data.flows().get(0).details().law().lawfulBases(), copy.flows().get(0).details.lawfulBases);
        assertEquals("S1-P2-18", copy.flows().get(0).details.schedule1Condition);
        assertEquals(data.parties(), copy.parties());
        Set<String> components = Arrays.stream(AgreementVersionCopy.class.getRecordComponents())
                .map(RecordComponent::getName).collect(Collectors.toSet());
        for (String readerOrDay : List.of("lockVersion", "compliance", "canEdit", "canSubmit", "canDecide", "canAmend",
                "canTerminate", "decisions", "inForce", "submissionRound")) {
            assertFalse(components.contains(readerOrDay), readerOrDay);
        }
    }
}
