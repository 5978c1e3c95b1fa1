package org.concordat.dpia.application;

import static org.concordat.shared.application.TestCallers.caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concordat.agreement.application.AgreementLinks;
import org.concordat.audit.application.AuditLog;
import org.concordat.dpia.domain.Dpia;
import org.concordat.dpia.domain.DpiaEvent;
import org.concordat.dpia.domain.DpiaVersion;
import org.concordat.dpia.domain.DpiaVersionStatus;
import org.concordat.dpia.domain.DpoAdviceDecision;
import org.concordat.dpia.domain.IcoAdviceDetails;
import org.concordat.dpia.domain.IcoDpiaTemplate;
import org.concordat.dpia.domain.MeasureDetails;
import org.concordat.dpia.domain.MeasureEffect;
import org.concordat.dpia.domain.RiskDetails;
import org.concordat.dpia.domain.RiskLikelihood;
import org.concordat.dpia.domain.RiskSeverity;
import org.concordat.dpia.domain.SignOffDetails;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.shared.application.RecordingEvent;
import org.concordat.shared.application.TestCallers;
import org.concordat.shared.domain.AccessDeniedException;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.ConcurrentChangeException;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.NotFoundException;
import org.concordat.shared.domain.Role;
import org.concordat.template.application.TemplateLibrary;
import org.concordat.template.application.TemplateVersionData;
import org.concordat.template.domain.FieldSpec;
import org.concordat.template.domain.SectionSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A DPIA from the DPO's advice to its sign-off (and the ICO's advice when a high risk remains) as use cases, without
 * a container: an in-memory repository, the shipped ICO template, events recorded.
 */
class DpiaSignOffTest {

    static final long COUNCIL = 1;
    static final long POLICE = 2;
    static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    final Caller lead = caller(10, COUNCIL, Role.IG_LEAD);
    final Caller dpo = caller(12, COUNCIL, Role.DPO);
    final Caller signatory = caller(11, COUNCIL, Role.SIGNATORY);
    final Caller policeSignatory = caller(20, POLICE, Role.SIGNATORY);

    final TestCallers callers = new TestCallers();
    final InMemoryDpiaRepository repository = new InMemoryDpiaRepository();
    final RecordingEvent<DpiaEvent> events = new RecordingEvent<>();
    final List<String> audited = new ArrayList<>();
    final DpiaSignOff signOff = new DpiaSignOff();

    Dpia dpia;
    DpiaVersion version;
    DpiaQueries queries;

    @BeforeEach
    void wire() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        DpiaQueries queries = new DpiaQueries();
        queries.repository = repository;
        queries.guard = callers.guard();
        queries.clock = clock;
        queries.organisations = new OrganisationQueries() {
            @Override
            public Optional<OrganisationData> findByIdAnyState(long id) {
                return Optional.empty();
            }
        };
        queries.agreements = new AgreementLinks() {
            @Override
            public Set<Long> organisationsOf(long agreementId) {
                return repository.participants.getOrDefault(agreementId, Set.of());
            }
        };
        this.queries = queries;
        signOff.repository = repository;
        signOff.queries = queries;
        signOff.guard = callers.guard();
        signOff.clock = clock;
        signOff.events = events;
        signOff.templates = new TemplateLibrary() {
            @Override
            public TemplateVersionData version(long versionId) {
                return new TemplateVersionData(versionId, 0, 1, "ico-dpia", null, 1, null, IcoDpiaTemplate.CONTENT,
                        true, null, null, null, null, false, false, false);
            }
        };
        signOff.audit = new AuditLog() {
            @Override
            public void change(String action, String subjectType, Object subjectId, String summary, Object before,
                               Object after) {
                audited.add(action + ": " + summary);
            }
        };
        dpia = repository.add(new Dpia(Dpia.reference(2026, repository.nextReferenceNumber()), COUNCIL, NOW));
        version = repository.add(DpiaVersion.firstDraft(dpia.getId(), 3, "MASH health information",
                IcoDpiaTemplate.CONTENT.screening(), IcoDpiaTemplate.SCALE, lead.email(), NOW));
    }

    /** Screened, every required field answered, one severe risk: reduced to low, or (residualHigh) only accepted. */
    void drafted(boolean residualHigh) {
        Map<String, Boolean> screening = new HashMap<>();
        IcoDpiaTemplate.CONTENT.screening().forEach(q -> screening.put(q.key(), false));
        screening.put("children-or-vulnerable-people", true);
        screening.put("data-matching", true);
        version.answerScreening(screening, NOW);
        Map<String, String> answers = new LinkedHashMap<>();
        for (SectionSpec s : IcoDpiaTemplate.CONTENT.sections()) {
            for (FieldSpec f : s.fields()) {
                if (f.required()) {
                    answers.put(s.key() + "." + f.key(), "Answer to " + f.label());
                }
            }
        }
        version.replaceAnswers(answers, NOW);
        version.saveRisk(null, new RiskDetails("Health information sent to the wrong partner",
                "A child's medical history is disclosed", RiskLikelihood.PROBABLE, RiskSeverity.SEVERE), NOW);
        MeasureDetails measure = residualHigh
                ? new MeasureDetails("Accept the risk for now", MeasureEffect.ACCEPTED, RiskLikelihood.PROBABLE,
                        RiskSeverity.SEVERE, true, "Head of IG", LocalDate.of(2027, 1, 31))
                : new MeasureDetails("Send through the secure portal only", MeasureEffect.REDUCED, RiskLikelihood.REMOTE,
                        RiskSeverity.SIGNIFICANT, true, "Head of IG", LocalDate.of(2027, 1, 31));
        version.saveMeasure("R1", null, measure, NOW);
    }

    static SignOffDetails details() {
        return new SignOffDetails("Helen Carter, Director of Children's Services",
                "Helen Carter, Director of Children's Services", DpoAdviceDecision.ACCEPTED, "Helen Carter", null,
                "Sam Patel, IG lead", null, "Sam Patel, IG lead", TODAY.plusYears(1));
    }

    void advised() {
        callers.signIn(lead);
        signOff.requestDpoAdvice(version.getId(), version.getVersion());
        callers.signIn(dpo);
        signOff.giveDpoAdvice(version.getId(), version.getVersion(), "Proceed; keep the portal's access list current.",
                "Proceed with the measures");
    }

    List<DpiaEvent.Kind> fired() {
        return events.fired().stream().map(DpiaEvent::kind).toList();
    }

    @Test
    void theDposAdviceThenASignatorysSignOffCompleteTheDpia() {
        drafted(false);
        advised();
        assertEquals(DpiaVersionStatus.AWAITING_SIGN_OFF, version.getStatus());

        callers.signIn(signatory);
        DpiaData data = signOff.signOff(version.getId(), version.getVersion(), details());

        assertEquals(DpiaVersionStatus.COMPLETED, data.status());
        assertEquals("User 11", version.getSignedOffByName());
        assertEquals(List.of(DpiaEvent.Kind.DPO_ADVICE_REQUESTED, DpiaEvent.Kind.DPO_ADVICE_GIVEN,
                DpiaEvent.Kind.COMPLETED), fired());
        assertTrue(audited.get(2).startsWith("DPIA_SIGNED_OFF: DPIA-2026-0001 version 1: signed off by User 11: completed"),
                audited.get(2));
    }

    @Test
    void theDpoIsNotAskedBeforeEveryRequiredAnswerIsGiven() {
        callers.signIn(lead);
        assertThrows(InvalidInputException.class, () -> signOff.requestDpoAdvice(version.getId(), version.getVersion()));
        assertEquals(DpiaVersionStatus.DRAFT, version.getStatus());
        assertTrue(events.fired().isEmpty());
    }

    @Test
    void aStaleFormAndTheWrongRoleChangeNothing() {
        drafted(false);
        callers.signIn(lead);
        assertThrows(ConcurrentChangeException.class,
                () -> signOff.requestDpoAdvice(version.getId(), version.getVersion() - 1));
        signOff.requestDpoAdvice(version.getId(), version.getVersion());

        assertThrows(AccessDeniedException.class, () -> signOff.giveDpoAdvice(version.getId(), version.getVersion(),
                "advice", "summary"), "an IG lead cannot give the DPO's advice");
        callers.signIn(signatory);
        assertThrows(InvalidInputException.class, () -> signOff.signOff(version.getId(), version.getVersion(), details()),
                "no sign-off before the DPO has advised");
        assertEquals(DpiaVersionStatus.AWAITING_DPO_ADVICE, version.getStatus());
        assertNull(version.getDpoAdvice());
    }

    @Test
    void anotherOrganisationNeitherSeesNorSignsIt() {
        drafted(false);
        advised();
        callers.signIn(policeSignatory);
        assertThrows(NotFoundException.class, () -> signOff.signOff(version.getId(), version.getVersion(), details()));
        assertEquals(DpiaVersionStatus.AWAITING_SIGN_OFF, version.getStatus());
    }

    @Test
    void aHighRiskLeftStandingWaitsForTheIcosAdviceAndThatCompletesIt() {
        drafted(true);
        advised();
        callers.signIn(signatory);
        DpiaData signed = signOff.signOff(version.getId(), version.getVersion(), details());
        assertEquals(DpiaVersionStatus.PRIOR_CONSULTATION_REQUIRED, signed.status());
        assertEquals(DpiaEvent.Kind.PRIOR_CONSULTATION_REQUIRED, fired().get(2));

        callers.signIn(dpo);
        DpiaData advisedByIco = signOff.recordIcoAdvice(version.getId(), version.getVersion(), new IcoAdviceDetails(
                "ICO/PC/2026/0042", TODAY, "Proceed once the portal's audit log is in place.",
                "The audit log went live on 1 December."));
        assertEquals(DpiaVersionStatus.COMPLETED, advisedByIco.status());
        assertEquals(DpiaEvent.Kind.COMPLETED, fired().get(3));
    }

    /**
     * The review dashboard finds a signed-off DPIA due within 90 days for its lead and for whoever takes part in an
     * agreement it is linked to, and for no one else, however many agreements they take part in.
     */
    @Test
    void aDpiaDueForReviewIsOnTheDashboardOfItsLeadAndOfTheLinkedAgreementsParties() {
        drafted(false);
        advised();
        callers.signIn(signatory);
        SignOffDetails d = details();
        signOff.signOff(version.getId(), version.getVersion(), new SignOffDetails(d.measuresApprovedBy(),
                d.residualRisksApprovedBy(), d.dpoAdviceDecision(), d.dpoAdviceDecidedBy(), d.overruleReasons(),
                d.consultationReviewedBy(), d.consultationNotes(), d.keptUnderReviewBy(), TODAY.plusDays(30)));

        callers.signIn(lead);
        List<DpiaQueries.ReviewItem> councils = queries.reviews();
        assertEquals(List.of(dpia.getId()), councils.stream().map(DpiaQueries.ReviewItem::dpiaId).toList());
        assertEquals(30, councils.get(0).daysLeft());

        callers.signIn(policeSignatory);
        assertTrue(queries.reviews().isEmpty(), "the police take part in no agreement the DPIA is linked to");
        dpia.link(99);
        repository.participants.put(99L, Set.of(COUNCIL, POLICE));
        for (long other = 1_000; other < 3_000; other++) {
            repository.participants.put(other, Set.of(POLICE));
        }
        assertEquals(List.of(dpia.getId()), queries.reviews().stream().map(DpiaQueries.ReviewItem::dpiaId).toList());
    }
}
