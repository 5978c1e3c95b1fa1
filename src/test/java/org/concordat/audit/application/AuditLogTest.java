package org.concordat.audit.application;

import static org.concordat.shared.application.TestCallers.caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.bind.JsonbBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concordat.audit.domain.AuditEvent;
import org.concordat.shared.application.TestCallers;
import org.concordat.shared.domain.AccessDeniedException;
import org.concordat.shared.domain.AccessRefused;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.NotAuthenticatedException;
import org.concordat.shared.domain.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit trail's use cases over an in-memory repository: what is written, and who may read it. */
class AuditLogTest {

    static final Instant NOW = Instant.parse("2026-12-06T10:15:30Z");

    final Caller lead = caller(5, 1, Role.IG_LEAD);
    final Caller admin = caller(6, 1, Role.ADMIN);
    final TestCallers callers = new TestCallers().signIn(lead);
    final InMemoryAuditRepository repository = new InMemoryAuditRepository();
    final AuditLog log = new AuditLog();
    final AuditQueries queries = new AuditQueries();

    @BeforeEach
    void wire() {
        log.repository = repository;
        log.currentCaller = callers;
        log.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        log.jsonb = JsonbBuilder.create();
        queries.repository = repository;
        queries.guard = callers.guard();
    }

    @Test
    void aChangeRecordsWhoWhenFromWhereAndTheStatesAsJson() {
        log.change("AGREEMENT_TITLE_CHANGED", "Agreement", 42L, "DSA-1 renamed", Map.of("title", "Old"),
                Map.of("title", "New"));

        AuditEvent event = repository.all().get(0);
        assertEquals(NOW, event.getOccurredAt());
        assertEquals(5L, event.getActorUserId());
        assertEquals("user5@example.org", event.getActorEmail());
        assertEquals(1L, event.getActorOrganisationId());
        assertEquals("192.0.2.10", event.getSourceAddress());
        assertEquals("Agreement", event.getSubjectType());
        assertEquals("42", event.getSubjectId());
        assertEquals("{\"title\":\"Old\"}", event.getBeforeState());
        assertEquals("{\"title\":\"New\"}", event.getAfterState());
    }

    @Test
    void aSecurityEventWithNobodySignedInNamesNoActor() {
        log.securityEvent(Optional.empty(), "SIGN_IN_FAILED", "User", null, "unknown@example.org");

        AuditEvent event = repository.all().get(0);
        assertNull(event.getActorUserId());
        assertNull(event.getSubjectId());
        assertEquals("SIGN_IN_FAILED", event.getAction());
        assertNull(event.getBeforeState());
    }

    @Test
    void aRefusalIsRecordedWithTheActionAndTheReason() {
        log.onRefusal(new AccessRefused(lead, "read the audit trail", "This needs the ADMIN role."));

        assertEquals("ACCESS_REFUSED", repository.all().get(0).getAction());
        assertEquals("read the audit trail: This needs the ADMIN role.", repository.all().get(0).getSummary());
    }

    @Test
    void onlyAnAdministratorReadsTheTrailAndNoMoreThan500AtOnce() {
        for (int i = 0; i < 600; i++) {
            log.change("NOTE", "Agreement", i, "note " + i, null, null);
        }
        assertThrows(AccessDeniedException.class, () -> queries.find(null, null, 0, 10));
        assertThrows(AccessDeniedException.class, () -> queries.count(null, null));
        assertEquals(List.of("user5@example.org: read the audit trail", "user5@example.org: read the audit trail"),
                callers.refusals());
        callers.signOut();
        assertThrows(NotAuthenticatedException.class, queries::actions);

        callers.signIn(admin);
        assertEquals(500, queries.find(null, null, 0, 10_000).size());
        assertEquals(600, queries.count(null, null));
        assertEquals(1, queries.count("NOTE", "note 599"));
        assertEquals(List.of("NOTE"), queries.actions());
    }

    @Test
    void aSubjectsHistoryJoinsItsPartsOldestFirst() {
        Clock[] clocks = {Clock.fixed(NOW, ZoneOffset.UTC), Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC),
                Clock.fixed(NOW.plusSeconds(120), ZoneOffset.UTC)};
        log.clock = clocks[2];
        log.change("VERSION_APPROVED", "AgreementVersion", 8L, "version 1 approved", null, null);
        log.clock = clocks[0];
        log.change("AGREEMENT_CREATED", "Agreement", 3L, "created", null, null);
        log.clock = clocks[1];
        log.change("VERSION_SUBMITTED", "AgreementVersion", 8L, "version 1 submitted", null, null);
        log.change("VERSION_SUBMITTED", "AgreementVersion", 9L, "another agreement's version", null, null);

        List<AuditQueries.HistoryEntry> history = queries.history("Agreement", 3L, "AgreementVersion", List.of(8L));

        assertEquals(List.of("AGREEMENT_CREATED", "VERSION_SUBMITTED", "VERSION_APPROVED"),
                history.stream().map(AuditQueries.HistoryEntry::action).toList());
    }
}
