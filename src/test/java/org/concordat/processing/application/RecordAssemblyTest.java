package org.concordat.processing.application;

import static org.concordat.processing.application.ProcessingFixture.CATALOGUE;
import static org.concordat.processing.application.ProcessingFixture.COUNCIL;
import static org.concordat.processing.application.ProcessingFixture.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.concordat.processing.application.ProcessingRecord.Activity;
import org.concordat.processing.application.ProcessingRecord.ConditionRecord;
import org.concordat.processing.application.ProcessingRecord.ConditionUse;
import org.concordat.processing.application.ProcessingRecord.Provision;
import org.concordat.processing.domain.RecordFilter;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

/** What the record of processing says, from a council's activities and the catalogue the project ships. */
class RecordAssemblyTest {

    private final RecordAssembly assembly = new RecordAssembly(CATALOGUE);

    private ProcessingRecord record(RecordFilter filter) {
        return assembly.assemble(COUNCIL, TODAY, filter, ProcessingFixture.all(), ProcessingFixture::counterparty);
    }

    @Test
    void everyActivityIsNamedFromTheCatalogueWithItsCodesBeside() {
        ProcessingRecord record = record(RecordFilter.ANY);
        assertEquals(3, record.activities().size());
        Activity school = record.activities().get(0);
        assertEquals("DSA-2026-0001", school.agreement().reference());
        assertEquals(2, school.agreement().versionNumber());
        assertEquals("Receives from", school.part().direction().name());
        assertEquals("RECEIVES", school.part().direction().code());
        assertEquals("Controller", school.part().role().name());
        assertEquals("Riverside Primary School", school.part().otherOrganisation());
        assertEquals("Education", school.part().otherOrganisationSector(), "the sector named by the catalogue");
        assertEquals("Child in need", school.purpose().name());
        assertEquals("CHILD_IN_NEED", school.purpose().code());
        assertEquals(List.of("Child", "Parent or carer"), school.dataSubjects().stream().map(ProcessingRecord.Coded::name).toList());
        assertEquals(List.of("Education", "Health"), school.dataCategories().stream().map(ProcessingRecord.Coded::name).toList());
        assertEquals(List.of(new Provision("A6-1-e", "Public task", "UK GDPR Article 6(1)(e)")), school.law().lawfulBases());
        assertEquals(new Provision("A9-2-g", "Reasons of substantial public interest", "UK GDPR Article 9(2)(g)"),
                school.law().article9Condition());
        assertEquals(new Provision("S1-P2-18", "Safeguarding of children and of individuals at risk",
                "DPA 2018 Schedule 1 Part 2 paragraph 18"), school.law().schedule1Condition());
        assertNull(school.law().article10Authority());
        assertEquals("General processing (UK GDPR)", school.law().regime().name());
        assertEquals("Until the child is 25", school.retention());
        assertEquals("Secure email", school.security().transferMethod().name());
        assertEquals("TLS 1.2 or above; records kept in the case system", school.security().securityMeasures());
        assertEquals("APD-2026-01, dated 2026-01-15", school.appropriatePolicyDocument(),
                "paragraph 18 needs the document: the organisation's is named");
        assertTrue(school.transfersOutsideUk().startsWith("Not recorded"), "never a made-up 'none'");

        Activity police = record.activities().get(2);
        assertEquals("Law enforcement (DPA 2018 Part 3)", police.law().regime().name());
        assertEquals("Discloses to and receives from", police.part().direction().name());
        assertEquals("DPA 2018 section 35(5)", police.law().sensitiveProcessing().citation());
        assertEquals("DPA 2018 Schedule 8 paragraph 4", police.law().schedule8Condition().citation());
        assertEquals(List.of(), police.law().lawfulBases(), "no Article 6 basis under Part 3");
    }

    @Test
    void theRecordNamesItsControllerItsDayWhatItCoversAndTheLawThatAsksForIt() {
        ProcessingRecord record = record(RecordFilter.ANY);
        assertEquals(COUNCIL, record.controller());
        assertEquals(TODAY, record.asOn());
        assertEquals(List.of("UK GDPR Article 30", "DPA 2018 Schedule 1 paragraph 41"),
                record.law().stream().map(Provision::citation).toList());
        assertTrue(record.scope().contains("Northshire County Council") && record.scope().contains("2026-12-07"),
                record.scope());
        assertTrue(record.scope().contains("not held in Concordat"), "says what it does not cover");
    }

    @Test
    void theFilterKeepsTheProcessingOnTheBasisAndTheConditionAsked() {
        assertEquals(List.of("DSA-2026-0001", "DSA-2026-0002"), references(record(new RecordFilter("A6-1-e", null))));
        assertEquals(List.of("DSA-2026-0002"), references(record(new RecordFilter("A6-1-c", null))));
        assertEquals(List.of("DSA-2026-0001", "DSA-2026-0002"), references(record(new RecordFilter(null, "A9-2-g"))));
        assertEquals(List.of("DSA-2026-0002"), references(record(new RecordFilter("A6-1-c", "A9-2-g"))));
        assertEquals(List.of(), references(record(new RecordFilter("A6-1-a", null))));
        assertEquals(List.of(), references(record(new RecordFilter(null, "A9-2-h"))));
        ProcessingRecord.Filter named = record(new RecordFilter(" A6-1-e ", "")).filter();
        assertEquals("Public task", named.lawfulBasis().name());
        assertNull(named.article9Condition());
    }

    @Test
    void aFilterTheCatalogueDoesNotHoldIsRefusedFieldByField() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> record(new RecordFilter("A6-1-z", "=1+1")));
        assertEquals(List.of("lawfulBasis", "article9Condition"), refused.errors().stream().map(FieldError::field).toList());
        assertEquals("Choose an Article 6 lawful basis from the list, or any.", refused.errors().get(0).message());
        InvalidInputException wrongTopic = assertThrows(InvalidInputException.class,
                () -> record(new RecordFilter("A9-2-g", "A6-1-e")));
        assertEquals(2, wrongTopic.errors().size(), "a code of another topic is no basis or condition: " + wrongTopic.errors());
    }

    @Test
    void paragraph41ListsEachConditionNeedingAPolicyDocumentWithItsProcessing() {
        ProcessingRecord record = record(RecordFilter.ANY);
        assertEquals(List.of("S1-P2-10", "S1-P2-18"), record.paragraph41().stream().map(c -> c.condition().code()).toList(),
                "in the order of the Schedule; Part 3's Schedule 8 is not a Schedule 1 condition");
        ConditionRecord safeguarding = record.paragraph41().get(1);
        assertEquals("DPA 2018 Schedule 1 Part 2 paragraph 18", safeguarding.condition().citation());
        assertEquals(List.of("DSA-2026-0001", "DSA-2026-0002"),
                safeguarding.uses().stream().map(ConditionUse::agreementReference).toList());
        ConditionUse received = safeguarding.uses().get(0);
        assertEquals("Special category data", received.reliedOnFor().name());
        assertEquals(List.of("UK GDPR Article 6(1)(e)"), received.article6().stream().map(Provision::citation).toList(),
                "41(b): how the processing satisfies Article 6");
        assertEquals("Until the child is 25", received.retention());
        assertTrue(received.retentionAndErasure().contains("APD-2026-01, dated 2026-01-15"), received.retentionAndErasure());

        ConditionUse offences = record.paragraph41().get(0).uses().get(0);
        assertEquals("Criminal offence data", offences.reliedOnFor().name());
        assertEquals("Discloses to", offences.direction().name());
        assertEquals(List.of("A6-1-c", "A6-1-e"), offences.article6().stream().map(Provision::code).toList());
    }

    @Test
    void withoutAPolicyDocumentTheRecordSaysOneIsNeeded() {
        ProcessingRecord record = assembly.assemble(ProcessingFixture.WITHOUT_DOCUMENT, TODAY, RecordFilter.ANY,
                List.of(ProcessingFixture.fromSchool(null)), ProcessingFixture::counterparty);
        assertEquals("Needed, but none is recorded for the organisation", record.activities().get(0).appropriatePolicyDocument());
        assertTrue(record.paragraph41().get(0).uses().get(0).retentionAndErasure()
                .startsWith("No appropriate policy document is recorded for the organisation"));
    }

    @Test
    void aFlowWithoutSuchAConditionNeedsNoDocumentAndAddsNoParagraph41Entry() {
        ProcessingRecord record = assembly.assemble(COUNCIL, TODAY, RecordFilter.ANY,
                List.of(ProcessingFixture.lawEnforcement()), ProcessingFixture::counterparty);
        assertEquals(List.of(), record.paragraph41());
        assertEquals("APD-2026-01, dated 2026-01-15", record.activities().get(0).appropriatePolicyDocument(),
                "sensitive processing under s35(5) needs one too");
    }

    @Test
    void theRetentionTheAgreementLeavesOutIsCalledFor() {
        ProcessingRecord record = assembly.assemble(COUNCIL, TODAY, RecordFilter.ANY,
                List.of(ProcessingFixture.fromSchool(null)), ProcessingFixture::counterparty);
        assertTrue(record.paragraph41().get(0).uses().get(0).retentionAndErasure()
                .startsWith("The agreement records no retention period"));
    }

    @Test
    void theFilterChoicesNeverReadTheSameWhereTheLawChanged() {
        List<ProcessingRecord.Coded> conditions = RecordOfProcessing.choices(
                CATALOGUE.entries(org.concordat.legal.domain.Topic.SPECIAL_CATEGORY_CONDITIONS));
        List<String> names = conditions.stream().map(ProcessingRecord.Coded::name).toList();
        assertEquals(names.size(), new java.util.HashSet<>(names).size(), names.toString());
        assertTrue(names.contains("Archiving, research or statistics (until 2026-02-04)"), names.toString());
        assertTrue(names.contains("Archiving, research or statistics (from 2026-02-05)"), names.toString());
        assertTrue(names.contains("Reasons of substantial public interest"), "a title of its own stays plain");
    }

    private static List<String> references(ProcessingRecord record) {
        return record.activities().stream().map(a -> a.agreement().reference()).toList();
    }
}
