package org.concordat.route.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concordat.agreement.domain.VersionStatus;
import org.concordat.legal.domain.compliance.Regime;
import org.concordat.route.domain.CandidateFlow;
import org.concordat.route.domain.CandidateVersion;
import org.concordat.legal.domain.LegalBasis;
import org.junit.jupiter.api.Test;

class RouteIndexTest {

    static final long COUNCIL = 1;
    static final long SCHOOL = 2;
    static final long POLICE = 3;
    static final long CHARITY = 4;

    final RouteIndex index = new RouteIndex();

    /** A version of the agreement with parties P1, P2, ... in the order given, and flows "sender>recipient". */
    static LoadedVersion version(long agreement, long versionId, VersionStatus status, List<Long> parties, String... flows) {
        Map<String, Long> byParty = new LinkedHashMap<>();
        for (int i = 0; i < parties.size(); i++) {
            byParty.put("P" + (i + 1), parties.get(i));
        }
        List<LoadedVersion.Flow> loaded = new ArrayList<>();
        for (int i = 0; i < flows.length; i++) {
            String[] ends = flows[i].split(">");
            loaded.add(new LoadedVersion.Flow("F" + (i + 1), ends[0], ends[1], false, Set.of("CHILD"),
                    Set.of("EDUCATION_DATA"), "CHILD_IN_NEED", "SECURE_EMAIL", "Until the child is 25",
                    new LegalBasis(Regime.GENERAL, Set.of("A6-1-e"), null, null, null, null, null, Set.of(), null,
                            "CL-PUBLIC-INTEREST", null, null)));
        }
        return new LoadedVersion(agreement, "DSA-" + agreement, "Agreement " + agreement, versionId, 1, status,
                LocalDate.of(2026, 4, 1), null, null, null, byParty, loaded);
    }

    @Test
    void aRouteFindsItsVersionsEitherWayRoundWithOnlyTheFlowsBetweenThePair() {
        index.replace(List.of(), List.of(version(10, 100, VersionStatus.APPROVED, List.of(COUNCIL, SCHOOL, POLICE),
                "P2>P1", "P1>P3", "P3>P2")));

        List<CandidateVersion> schoolToCouncil = index.between(SCHOOL, COUNCIL);
        assertEquals(List.of(100L), schoolToCouncil.stream().map(CandidateVersion::versionId).toList());
        CandidateFlow flow = schoolToCouncil.get(0).flows().get(0);
        assertEquals(List.of("F1"), schoolToCouncil.get(0).flows().stream().map(CandidateFlow::key).toList());
        assertEquals(SCHOOL, flow.senderOrganisationId());
        assertEquals(COUNCIL, flow.recipientOrganisationId());
        assertEquals(schoolToCouncil, index.between(COUNCIL, SCHOOL));
        assertEquals(List.of("F3"), index.between(SCHOOL, POLICE).get(0).flows().stream().map(CandidateFlow::key).toList());
        assertTrue(index.between(SCHOOL, CHARITY).isEmpty(), "the charity is not a party");
    }

    @Test
    void aPairOfPartiesWithNoFlowBetweenThemStillSeesTheVersion() {
        index.replace(List.of(), List.of(version(10, 100, VersionStatus.APPROVED, List.of(COUNCIL, SCHOOL, POLICE), "P2>P1")));

        List<CandidateVersion> policeToSchool = index.between(POLICE, SCHOOL);
        assertEquals(1, policeToSchool.size());
        assertTrue(policeToSchool.get(0).flows().isEmpty());
    }

    @Test
    void replacingAnAgreementDropsItsOldVersionsFromEveryPairAndKeepsTheOthers() {
        index.replace(List.of(), List.of(
                version(10, 100, VersionStatus.APPROVED, List.of(COUNCIL, SCHOOL, POLICE), "P2>P1"),
                version(20, 200, VersionStatus.APPROVED, List.of(COUNCIL, SCHOOL), "P2>P1")));

        // Agreement 10 amended: version 101 replaces 100 (now superseded, so no longer a candidate), without the police.
        index.replace(List.of(10L), List.of(version(10, 101, VersionStatus.APPROVED, List.of(COUNCIL, SCHOOL), "P2>P1")));

        assertEquals(List.of(101L, 200L), index.between(COUNCIL, SCHOOL).stream().map(CandidateVersion::versionId).toList());
        assertTrue(index.between(COUNCIL, POLICE).isEmpty());
        assertEquals(1, index.pairs());

        index.replace(List.of(10L, 20L), List.of());
        assertTrue(index.between(COUNCIL, SCHOOL).isEmpty());
        assertEquals(0, index.pairs());
    }

    @Test
    void versionsOfARouteComeOldestFirstWhateverOrderTheyArrive() {
        index.replace(List.of(), List.of(version(30, 300, VersionStatus.SUBMITTED, List.of(COUNCIL, SCHOOL), "P1>P2")));
        index.replace(List.of(20L), List.of(version(20, 200, VersionStatus.TERMINATED, List.of(SCHOOL, COUNCIL), "P1>P2")));

        List<CandidateVersion> route = index.between(COUNCIL, SCHOOL);
        assertEquals(List.of(200L, 300L), route.stream().map(CandidateVersion::versionId).toList());
        assertEquals(SCHOOL, route.get(0).flows().get(0).senderOrganisationId(), "P1 of agreement 20 is the school");
    }
}
