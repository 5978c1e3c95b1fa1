package org.concordat.agreement.application;

import static org.concordat.shared.application.TestCallers.caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.concordat.agreement.domain.Agreement;
import org.concordat.agreement.domain.AgreementDetails;
import org.concordat.agreement.domain.AgreementEvent;
import org.concordat.agreement.domain.AgreementVersion;
import org.concordat.agreement.domain.Decision;
import org.concordat.agreement.domain.FlowDetails;
import org.concordat.agreement.domain.PartyApproved;
import org.concordat.agreement.domain.PartyDetails;
import org.concordat.agreement.domain.PartyRole;
import org.concordat.agreement.domain.VersionStatus;
import org.concordat.audit.application.AuditLog;
import org.concordat.legal.application.ComplianceChecks;
import org.concordat.legal.domain.Catalogue;
import org.concordat.legal.domain.LegalBasis;
import org.concordat.legal.domain.compliance.AgreementFacts;
import org.concordat.legal.domain.compliance.ComplianceEngine;
import org.concordat.legal.domain.compliance.ComplianceReport;
import org.concordat.legal.domain.compliance.DpiaStatus;
import org.concordat.legal.domain.compliance.Regime;
import org.concordat.legal.infrastructure.YamlCatalogueReader;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.organisation.domain.OrganisationDetails;
import org.concordat.organisation.domain.Sector;
import org.concordat.shared.application.RecordingEvent;
import org.concordat.shared.application.TestCallers;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.ConcurrentChangeException;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.NotFoundException;
import org.concordat.shared.domain.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Submitting and deciding on an agreement version as use cases, without a container (in the manner of
 * ddd-by-examples/library): an in-memory repository, the real compliance engine and catalogue, events recorded.
 * What the PostgreSQL ITs add on top is the row lock, the transaction and the signature.
 */
class AgreementApprovalTest {

    static final long COUNCIL = 1;
    static final long SCHOOL = 5;
    static final long POLICE = 2;
    static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");

    static final Catalogue CATALOGUE = new YamlCatalogueReader(name -> {
        Path file = Path.of("templates", "legal", name);
        try {
            return Files.exists(file) ? Files.newInputStream(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }).read();

    final Caller councilLead = caller(10, COUNCIL, Role.IG_LEAD);
    final Caller councilSignatory = caller(11, COUNCIL, Role.SIGNATORY);
    final Caller schoolSignatory = caller(50, SCHOOL, Role.SIGNATORY);
    final Caller schoolLead = caller(51, SCHOOL, Role.IG_LEAD);
    final Caller policeSignatory = caller(20, POLICE, Role.SIGNATORY);

    final TestCallers callers = new TestCallers();
    final InMemoryAgreementRepository repository = new InMemoryAgreementRepository();
    final RecordingEvent<AgreementEvent> events = new RecordingEvent<>();
    final RecordingEvent<PartyApproved> approvals = new RecordingEvent<>();
    final List<String> audited = new ArrayList<>();
    final AgreementApproval approval = new AgreementApproval();

    Agreement agreement;
    AgreementVersion version;

    @BeforeEach
    void wire() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        AgreementQueries queries = new AgreementQueries();
        queries.repository = repository;
        queries.guard = callers.guard();
        queries.clock = clock;
        queries.organisations = new OrganisationQueries() {
            @Override
            public Optional<OrganisationData> findByIdAnyState(long id) {
                return Optional.of(new OrganisationData(id, 0, new OrganisationDetails(id == COUNCIL ? "Northshire Council"
                        : "Hillside School", id == COUNCIL ? Sector.LOCAL_AUTHORITY : Sector.EDUCATION, true, false,
                        "ZA12345" + id, "A DPO", "dpo" + id + "@example.org", "01234 567890", null, null), true, Instant.EPOCH));
            }
        };
        queries.compliance = new ComplianceChecks() {
            @Override
            public ComplianceReport evaluate(AgreementFacts facts) {
                return ComplianceEngine.standard().evaluate(facts, CATALOGUE);
            }
        };
        queries.dpias = new LinkedDpias() {
            @Override
            public DpiaStatus statusFor(long agreementId) {
                return DpiaStatus.COMPLETED;
            }

            @Override
            public List<LinkedDpia> linkedTo(long agreementId) {
                return List.of();
            }
        };
        approval.repository = repository;
        approval.queries = queries;
        approval.guard = callers.guard();
        approval.clock = clock;
        approval.events = events;
        approval.approvals = approvals;
        approval.audit = new AuditLog() {
            @Override
            public void change(String action, String subjectType, Object subjectId, String summary, Object before,
                               Object after) {
                audited.add(action + " " + subjectId);
            }
        };

        agreement = repository.add(new Agreement(Agreement.reference(2026, repository.nextReferenceNumber()), COUNCIL, NOW));
        version = repository.add(AgreementVersion.firstDraft(agreement.getId(), 3, new AgreementDetails(
                "Early help referrals", "Protect children", null, LocalDate.of(2027, 1, 4), null, null),
                List.of(new PartyDetails(COUNCIL, PartyRole.CONTROLLER, "Helen Carter", null, null),
                        new PartyDetails(SCHOOL, PartyRole.CONTROLLER, "Peter Shaw", null, null)),
                "user10@example.org", NOW));
        version.saveFlow(null, flow(Set.of("CA1989-S17")), NOW);
    }

    static FlowDetails flow(Set<String> gateways) {
        return new FlowDetails("P2", "P1", false, Set.of("CHILD"), Set.of("EDUCATION_DATA"), "CHILD_IN_NEED", "Termly",
                "SECURE_EMAIL", "Until the child is 25", new LegalBasis(Regime.GENERAL, Set.of("A6-1-e"), null, null,
                null, null, null, gateways, null, null, null, null), null);
    }

    AgreementData submitted() {
        callers.signIn(councilLead);
        return approval.submit(version.getId(), version.getVersion());
    }

    @Test
    void theLeadsIgLeadSubmitsAndEveryPartyIsAsked() {
        AgreementData data = submitted();

        assertEquals(VersionStatus.SUBMITTED, data.status());
        assertEquals(List.of(AgreementEvent.Kind.SUBMITTED), events.fired().stream().map(AgreementEvent::kind).toList());
        assertEquals(List.of(COUNCIL, SCHOOL), events.fired().get(0).partyOrganisationIds());
        assertEquals(List.of("AGREEMENT_SUBMITTED " + version.getId()), audited);
    }

    @Test
    void aStaleFormChangesNothing() {
        callers.signIn(councilLead);
        assertThrows(ConcurrentChangeException.class, () -> approval.submit(version.getId(), version.getVersion() + 1));
        assertEquals(VersionStatus.DRAFT, version.getStatus());
        assertTrue(events.fired().isEmpty());
    }

    @Test
    void anotherOrganisationsIgLeadIsToldNothingExists() {
        callers.signIn(schoolLead);
        assertThrows(NotFoundException.class, () -> approval.submit(version.getId(), version.getVersion()));
        assertEquals(VersionStatus.DRAFT, version.getStatus());
    }

    @Test
    void aVersionWithComplianceErrorsIsNotSubmitted() {
        // No Article 6 basis at all: an error the checks explain, so the version stays a draft.
        version.saveFlow("F1", new FlowDetails("P2", "P1", false, Set.of("CHILD"), Set.of("EDUCATION_DATA"),
                "CHILD_IN_NEED", "Termly", "SECURE_EMAIL", "Until the child is 25", new LegalBasis(Regime.GENERAL,
                Set.of(), null, null, null, null, null, Set.of(), null, null, null, null), null), NOW);
        callers.signIn(councilLead);

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> approval.submit(version.getId(), version.getVersion()));
        assertEquals("compliance", e.errors().get(0).field());
        assertEquals(VersionStatus.DRAFT, version.getStatus());
        assertTrue(audited.isEmpty());
    }

    @Test
    void theLastPartysApprovalPutsTheVersionInForceAndEachApprovalIsSigned() {
        submitted();

        callers.signIn(schoolSignatory);
        AgreementData afterSchool = approval.decide(version.getId(), Decision.Kind.APPROVED, null);
        assertEquals(VersionStatus.SUBMITTED, afterSchool.status());
        assertFalse(approvals.fired().get(0).lastApproval());

        callers.signIn(councilSignatory);
        AgreementData afterCouncil = approval.decide(version.getId(), Decision.Kind.APPROVED, "  Agreed by the board  ");
        assertEquals(VersionStatus.APPROVED, afterCouncil.status());
        assertEquals(List.of(SCHOOL, COUNCIL), approvals.fired().stream().map(PartyApproved::organisationId).toList());
        assertTrue(approvals.fired().get(1).lastApproval());
        assertEquals("Agreed by the board", repository.decisions(version.getId()).get(1).getComment());
        assertEquals(List.of(AgreementEvent.Kind.SUBMITTED, AgreementEvent.Kind.APPROVED),
                events.fired().stream().map(AgreementEvent::kind).toList());
    }

    @Test
    void aPartyDecidesOncePerSubmission() {
        submitted();
        callers.signIn(schoolSignatory);
        approval.decide(version.getId(), Decision.Kind.APPROVED, null);

        InvalidInputException again = assertThrows(InvalidInputException.class,
                () -> approval.decide(version.getId(), Decision.Kind.APPROVED, null));
        assertEquals("decision", again.errors().get(0).field());
        assertEquals(1, repository.decisions(version.getId()).size());
        assertEquals(1, approvals.fired().size());
    }

    @Test
    void askingForChangesNeedsACommentAndReturnsTheVersionToItsAuthors() {
        submitted();
        callers.signIn(schoolSignatory);

        InvalidInputException blank = assertThrows(InvalidInputException.class,
                () -> approval.decide(version.getId(), Decision.Kind.CHANGES_REQUESTED, " "));
        assertEquals("comment", blank.errors().get(0).field());
        assertTrue(repository.decisions(version.getId()).isEmpty());

        approval.decide(version.getId(), Decision.Kind.CHANGES_REQUESTED, "Add the retention period for referrals.");
        assertEquals(VersionStatus.DRAFT, version.getStatus());
        assertTrue(approvals.fired().isEmpty(), "nothing is signed when changes are asked for");
        AgreementEvent asked = events.fired().get(1);
        assertEquals(AgreementEvent.Kind.CHANGES_REQUESTED, asked.kind());
        assertEquals("Add the retention period for referrals.", asked.comment());
    }

    @Test
    void onlyAPartysSignatoryDecidesAndOnlyOnASubmittedVersion() {
        callers.signIn(schoolSignatory);
        assertThrows(NotFoundException.class, () -> approval.decide(version.getId(), Decision.Kind.APPROVED, null),
                "a draft is invisible to the other parties");

        submitted();
        callers.signIn(policeSignatory);
        assertThrows(NotFoundException.class, () -> approval.decide(version.getId(), Decision.Kind.APPROVED, null));
        callers.signIn(schoolLead);
        approval.guard = callers.guard();
        assertThrows(org.concordat.shared.domain.AccessDeniedException.class,
                () -> approval.decide(version.getId(), Decision.Kind.APPROVED, null));
        assertEquals(List.of("user51@example.org: decide on an agreement"), callers.refusals());
        assertTrue(repository.decisions(version.getId()).isEmpty());
    }
}
