package org.concordat.legal.domain.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each controller's record of the Schedule 1 conditions it relies on (DPA 2018 Schedule 1 paragraph 41). */
class ConditionsRecordTest {

    final Scenario s = new Scenario();

    List<ConditionsRecord.ControllerRecord> record() {
        return ConditionsRecord.of(s.facts(), RealCatalogue.CATALOGUE);
    }

    @Test
    void theDiscloserAndTheRecipientEachRecordTheConditionTheLawfulnessAndTheRetention() {
        List<ConditionsRecord.ControllerRecord> record = record();
        assertEquals(List.of("council", "hospital"), record.stream().map(ConditionsRecord.ControllerRecord::partyId).toList());
        ConditionsRecord.ConditionEntry council = record.get(0).entries().get(0);
        assertTrue(council.discloses());
        assertEquals("S1-P2-18", council.condition().code());
        assertEquals("DPA 2018 Schedule 1 Part 2 paragraph 18", council.condition().citation());
        assertEquals(List.of("A6-1-e"), council.lawfulness().stream().map(ConditionsRecord.Provision::code).toList());
        assertEquals("Until the child is 25, then securely destroyed", council.retention());
        assertFalse(record.get(1).entries().get(0).discloses(), "the hospital receives and keeps it");
        assertTrue(record.get(0).appropriatePolicyDocument());
    }

    @Test
    void aConditionThatNeedsNoPolicyDocumentIsNotRecordedHereButTheCriminalOffenceDataOfTheSameFlowIs() {
        s.flow().art9 = "A9-2-h";
        s.flow().sch1 = "S1-P1-2";
        assertTrue(record().isEmpty(), "health or social care (paragraph 2) needs no appropriate policy document");
        s.flow().categories = Set.of("HEALTH_DATA", "CRIMINAL_OFFENCE");
        s.flow().art10 = "A10-DPA-S10-5";
        s.flow().art10Sch1 = "S1-P2-18";
        List<ConditionsRecord.ConditionEntry> entries = record().get(0).entries();
        assertEquals(List.of("S1-P2-18"), entries.stream().map(e -> e.condition().code()).toList());
    }

    @Test
    void aProcessorKeepsNoRecordAndAPartyOutsideTheFlowNone() {
        s.parties.set(1, new PartyFacts("hospital", "Northshire Hospitals NHS Trust", "HEALTH", true, false, true,
                "PROCESSOR"));
        s.parties.add(Scenario.police);
        assertEquals(List.of("council"), record().stream().map(ConditionsRecord.ControllerRecord::partyId).toList());
    }

    @Test
    void lawEnforcementSensitiveProcessingIsRecordedWithItsSection35Basis() {
        s.useLawEnforcementRegime();
        ConditionsRecord.ConditionEntry entry = record().get(0).entries().get(0);
        assertEquals("LE-S35-5", entry.condition().code());
        assertEquals(List.of("LE-S35-2-B"), entry.lawfulness().stream().map(ConditionsRecord.Provision::code).toList());
    }
}
