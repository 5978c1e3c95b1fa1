package org.concordat.agreement.domain;

import org.concordat.legal.domain.LegalBasis;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VersionComparisonTest {

    static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

    AgreementVersion approvedWithOneFlow() {
        AgreementVersion v = AgreementVersion.firstDraft(7, 3, new AgreementDetails("Children in need", "Protect", null,
                LocalDate.of(2026, 4, 1), null, null), List.of(AgreementVersionTest.COUNCIL, AgreementVersionTest.SCHOOL), "a@example.org", NOW);
        v.saveFlow(null, AgreementVersionTest.flow("P1", "P2"), NOW);
        v.replaceAnswers(Map.of("sanctions.non-compliance", "Access withdrawn"), NOW);
        v.submit("a@example.org", NOW);
        Decision a = new Decision(1, 1, 1, Decision.Kind.APPROVED, null, "s", "S", NOW);
        Decision b = new Decision(1, 1, 5, Decision.Kind.APPROVED, null, "s", "S", NOW);
        v.decided(b, List.of(a, b), NOW);
        return v;
    }

    @Test
    void anUnchangedAmendmentHasNoChanges() {
        AgreementVersion v1 = approvedWithOneFlow();
        assertEquals(List.of(), VersionComparison.between(v1, v1.amendment(2, "a@example.org", NOW)));
    }

    @Test
    void changesAreReportedFieldByField() {
        AgreementVersion v1 = approvedWithOneFlow();
        AgreementVersion v2 = v1.amendment(2, "a@example.org", NOW);
        v2.updateDetails(new AgreementDetails("Children in need and early help", "Protect", null, LocalDate.of(2026, 4, 1), null, LocalDate.of(2028, 3, 31)), NOW);
        FlowDetails f1 = AgreementVersionTest.flow("P1", "P2");
        v2.saveFlow("F1", new FlowDetails(f1.sender(), f1.recipient(), true, f1.dataSubjects(), Set.of("EDUCATION_DATA", "SOCIAL_CARE"),
                f1.purpose(), f1.frequency(), f1.transferMethod(), f1.retention(), new LegalBasis(f1.law().regime(),
                f1.law().lawfulBases(), null, null, null, null, null, f1.law().statutoryGateways(), null, null, null, null), null), NOW);
        v2.saveFlow(null, AgreementVersionTest.flow("P2", "P1"), NOW);
        v2.replaceAnswers(Map.of(), NOW);

        List<VersionComparison.Change> changes = VersionComparison.between(v1, v2);
        assertEquals(List.of(
                "DETAILS null title CHANGED",
                "DETAILS null endDate CHANGED",
                "FLOW F1 bothWays CHANGED",
                "FLOW F1 dataCategories CHANGED",
                "FLOW F2 null ADDED",
                "SECTION sanctions.non-compliance null REMOVED"),
                changes.stream().map(c -> c.area() + " " + c.key() + " " + c.field() + " " + c.kind()).toList());
        assertEquals("[EDUCATION_DATA]", changes.get(3).before());
        assertEquals("[EDUCATION_DATA, SOCIAL_CARE]", changes.get(3).after());
    }
}
