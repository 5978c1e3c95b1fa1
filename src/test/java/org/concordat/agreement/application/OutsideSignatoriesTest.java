package org.concordat.agreement.application;

import static org.concordat.shared.application.TestCallers.caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
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
import org.concordat.agreement.domain.OutsideSignatoryMail;
import org.concordat.agreement.domain.PartyApproved;
import org.concordat.agreement.domain.PartyDetails;
import org.concordat.agreement.domain.PartyRole;
import org.concordat.agreement.domain.SignatoryInvitation;
import org.concordat.agreement.domain.VersionStatus;
import org.concordat.audit.application.AuditLog;
import org.concordat.legal.application.ComplianceChecks;
import org.concordat.legal.domain.compliance.AgreementFacts;
import org.concordat.legal.domain.compliance.ComplianceEngine;
import org.concordat.legal.domain.compliance.ComplianceReport;
import org.concordat.legal.domain.compliance.DpiaStatus;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.organisation.domain.OrganisationDetails;
import org.concordat.organisation.domain.Sector;
import org.concordat.security.application.SignInAttempts;
import org.concordat.shared.application.RecordingEvent;
import org.concordat.shared.application.TestCallers;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.NotFoundException;
import org.concordat.shared.domain.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Signatories outside Concordat as use cases, without a container: who may name them, the link on submission, the
 * code, the decision through the shared decision core, identified by link and code, one decision per party, and links
 * withdrawn when the version leaves its submission.
 */
class OutsideSignatoriesTest {

    static final long COUNCIL = 1;
    static final long SCHOOL = 5;
    static final String HEAD = "dana.reed@academy.example";

    final Caller councilLead = caller(10, COUNCIL, Role.IG_LEAD);
    final Caller councilSignatory = caller(11, COUNCIL, Role.SIGNATORY);
    final Caller schoolSignatory = caller(50, SCHOOL, Role.SIGNATORY);
    final Caller schoolLead = caller(51, SCHOOL, Role.IG_LEAD);

    final TestCallers callers = new TestCallers();
    final InMemoryAgreementRepository repository = new InMemoryAgreementRepository();
    final InMemoryOutsideSignatoryRepository outside = new InMemoryOutsideSignatoryRepository();
    final RecordingEvent<AgreementEvent> events = new RecordingEvent<>();
    final RecordingEvent<PartyApproved> approvals = new RecordingEvent<>();
    final RecordingEvent<OutsideSignatoryMail> mails = new RecordingEvent<>();
    final List<String> audited = new ArrayList<>();
    final List<String> throttled = new ArrayList<>();
    final AgreementApproval approval = new AgreementApproval();
    final OutsideSignatories signatories = new OutsideSignatories();
    Instant now = Instant.parse("2026-12-06T09:00:00Z");

    AgreementVersion version;

    @BeforeEach
    void wire() {
        Clock clock = new Clock() {
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now; }
        };
        AgreementQueries queries = new AgreementQueries();
        queries.repository = repository;
        queries.guard = callers.guard();
        queries.clock = clock;
        OrganisationQueries organisations = new OrganisationQueries() {
            @Override
            public Optional<OrganisationData> findByIdAnyState(long id) {
                return Optional.of(new OrganisationData(id, 0, new OrganisationDetails(id == COUNCIL ? "Northshire Council"
                        : "Hillside Academy", id == COUNCIL ? Sector.LOCAL_AUTHORITY : Sector.EDUCATION, true, false,
                        "ZA12345" + id, "A DPO", "dpo" + id + "@example.org", "01234 567890", null, null), true, Instant.EPOCH));
            }
        };
        queries.organisations = organisations;
        queries.compliance = new ComplianceChecks() {
            @Override
            public ComplianceReport evaluate(AgreementFacts facts) {
                return ComplianceEngine.standard().evaluate(facts, AgreementApprovalTest.CATALOGUE);
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
        AuditLog audit = new AuditLog() {
            @Override
            public void change(String action, String subjectType, Object subjectId, String summary, Object before,
                               Object after) {
                audited.add(action + ": " + summary);
            }
        };
        approval.repository = repository;
        approval.queries = queries;
        approval.guard = callers.guard();
        approval.clock = clock;
        approval.events = events.observedBy(e -> signatories.on(e));
        approval.approvals = approvals;
        approval.audit = audit;

        signatories.agreements = repository;
        signatories.repository = outside;
        signatories.approval = approval;
        signatories.queries = queries;
        signatories.organisations = organisations;
        signatories.guard = callers.guard();
        signatories.currentCaller = callers;
        signatories.audit = audit;
        signatories.clock = clock;
        signatories.mails = mails;
        signatories.attempts = new SignInAttempts() {
            @Override
            public Optional<Duration> waitBeforeAttempt(String email, String source) {
                return Optional.empty();
            }

            @Override
            public void failed(String email, String source) {
                throttled.add("failed " + email);
            }

            @Override
            public void succeeded(String email, String source) {
                throttled.add("succeeded " + email);
            }
        };

        Agreement agreement = repository.add(new Agreement(Agreement.reference(2026, repository.nextReferenceNumber()), COUNCIL, now));
        version = repository.add(AgreementVersion.firstDraft(agreement.getId(), 3, new AgreementDetails(
                        "Early help referrals", "Protect children", null, LocalDate.of(2027, 1, 4), null, null),
                List.of(new PartyDetails(COUNCIL, PartyRole.CONTROLLER, "Helen Carter", null, null),
                        new PartyDetails(SCHOOL, PartyRole.CONTROLLER, null, null, null)),
                "user10@example.org", now));
        version.saveFlow(null, AgreementApprovalTest.flow(Set.of("CA1989-S17")), now);
    }

    void submit() {
        callers.signIn(councilLead);
        approval.submit(version.getId(), version.getVersion());
    }

    void nameHead() {
        callers.signIn(councilLead);
        signatories.name(version.getId(), SCHOOL, "Dana Reed", "Head teacher", HEAD);
    }

    List<OutsideSignatoryMail> mails(OutsideSignatoryMail.Kind kind) {
        return mails.fired().stream().filter(m -> m.kind() == kind).toList();
    }

    /** Opens the latest link and enters the latest code; returns the invitation id of the session. */
    long identify() {
        String token = mails(OutsideSignatoryMail.Kind.LINK).get(mails(OutsideSignatoryMail.Kind.LINK).size() - 1).secret();
        callers.signOut();
        assertEquals(OutsideSignatories.Opening.CODE_SENT, signatories.open(token, false));
        List<OutsideSignatoryMail> codes = mails(OutsideSignatoryMail.Kind.CODE);
        OutsideSignatories.CodeAnswer answer = signatories.enter(token, codes.get(codes.size() - 1).secret(), "192.0.2.1");
        assertEquals(SignatoryInvitation.CodeOutcome.ACCEPTED, answer.outcome());
        return answer.invitationId();
    }

    @Test
    void theLinkGoesOnSubmissionAndTheCodeOpensTheAgreementAndTheDecision() {
        nameHead();
        assertTrue(mails.fired().isEmpty(), "nothing is sent for a draft");
        submit();
        List<OutsideSignatoryMail> links = mails(OutsideSignatoryMail.Kind.LINK);
        assertEquals(1, links.size());
        assertEquals(HEAD, links.get(0).to());
        assertEquals("Hillside Academy", links.get(0).organisationName());

        long session = identify();
        OutsideSignatories.Reading reading = signatories.read(session);
        assertEquals(SignatoryInvitation.State.USABLE, reading.state());
        assertEquals("Early help referrals", reading.agreement().title());
        assertNull(reading.decision());
        assertEquals(List.of("succeeded outside-signatory:" + HEAD), throttled);

        callers.signIn(councilSignatory);
        approval.decide(version.getId(), Decision.Kind.APPROVED, null);
        callers.signOut();
        signatories.decide(session, Decision.Kind.APPROVED, null);

        assertEquals(VersionStatus.APPROVED, version.getStatus());
        Decision decision = repository.decisions(version.getId()).stream().filter(d -> d.getOrganisationId() == SCHOOL)
                .findFirst().orElseThrow();
        assertEquals("Dana Reed", decision.getDecidedByName());
        assertEquals("identified by a one-time link and code sent to " + HEAD, decision.getIdentifiedBy());
        PartyApproved signed = approvals.fired().get(1);
        assertEquals(SCHOOL, signed.organisationId());
        assertEquals(HEAD, signed.signerEmail());
        assertEquals("identified by a one-time link and code sent to " + HEAD, signed.identifiedBy());
        assertTrue(signed.lastApproval());
        assertNull(approvals.fired().get(0).identifiedBy(), "an account holder needs no such words");
        assertTrue(audited.stream().anyMatch(a -> a.startsWith("AGREEMENT_APPROVED_BY_PARTY")
                && a.contains("(by Dana Reed, identified by a one-time link and code sent to " + HEAD + ")")), audited.toString());
        assertEquals(SignatoryInvitation.State.NO_LONGER_APPLIES, signatories.read(session).state(),
                "approved: the session no longer applies");
    }

    @Test
    void anAccountHoldersLaterApprovalIsRefusedAndViceVersa() {
        nameHead();
        submit();
        long session = identify();
        signatories.decide(session, Decision.Kind.APPROVED, null);
        callers.signIn(schoolSignatory);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> approval.decide(version.getId(), Decision.Kind.APPROVED, null));
        assertEquals("decision", refused.errors().get(0).field());
        assertEquals("APPROVED", signatories.read(session).decision());
        assertThrows(InvalidInputException.class, () -> signatories.decide(session, Decision.Kind.APPROVED, null),
                "the outside signatory cannot decide twice either");
        assertEquals(1, repository.decisions(version.getId()).stream().filter(d -> d.getOrganisationId() == SCHOOL).count());
    }

    @Test
    void anAccountHolderDecidingFirstLeavesTheOutsideSignatoryNothingToDecide() {
        nameHead();
        submit();
        long session = identify();
        callers.signIn(schoolSignatory);
        approval.decide(version.getId(), Decision.Kind.APPROVED, null);
        callers.signOut();
        assertEquals("APPROVED", signatories.read(session).decision());
        assertThrows(InvalidInputException.class, () -> signatories.decide(session, Decision.Kind.APPROVED, null));
    }

    @Test
    void aRequestForChangesWithdrawsTheLinkAndTheNextRoundGetsANewOne() {
        nameHead();
        submit();
        String first = mails(OutsideSignatoryMail.Kind.LINK).get(0).secret();
        long session = identify();
        signatories.decide(session, Decision.Kind.CHANGES_REQUESTED, "Name the attendance officer.");
        assertEquals(VersionStatus.DRAFT, version.getStatus());
        assertTrue(outside.invitations.stream().allMatch(i -> i.getRevokedAt() != null), "every link withdrawn");
        assertEquals(SignatoryInvitation.State.NO_LONGER_APPLIES, signatories.read(session).state());

        submit();
        List<OutsideSignatoryMail> links = mails(OutsideSignatoryMail.Kind.LINK);
        assertEquals(2, links.size());
        assertEquals(OutsideSignatories.Opening.NO_LONGER_APPLIES, signatories.open(first, false), "bound to round 1");
        assertEquals(OutsideSignatories.Opening.CODE_SENT, signatories.open(links.get(1).secret(), false));
        assertEquals(2, outside.invitations.get(1).getRound());
    }

    @Test
    void aLinkIsNotReplayedNorGuessedAndExpires() {
        nameHead();
        submit();
        String token = mails(OutsideSignatoryMail.Kind.LINK).get(0).secret();
        identify();
        assertEquals(OutsideSignatories.Opening.USED, signatories.open(token, false));
        assertEquals(SignatoryInvitation.CodeOutcome.NOT_USABLE, signatories.enter(token, "123456", "192.0.2.1").outcome());
        assertEquals(OutsideSignatories.Opening.UNKNOWN, signatories.open("A".repeat(43), false));
        assertEquals(OutsideSignatories.Opening.UNKNOWN, signatories.open(null, false));

        callers.signIn(councilLead);
        signatories.resend(version.getId(), SCHOOL);
        String second = mails(OutsideSignatoryMail.Kind.LINK).get(1).secret();
        now = now.plus(SignatoryInvitation.LINK_VALIDITY);
        assertEquals(OutsideSignatories.Opening.EXPIRED, signatories.open(second, false));
    }

    @Test
    void aCodeStillValidIsNotSentAgainUnlessAsked() {
        nameHead();
        submit();
        String token = mails(OutsideSignatoryMail.Kind.LINK).get(0).secret();
        callers.signOut();
        assertEquals(OutsideSignatories.Opening.CODE_SENT, signatories.open(token, false));
        assertEquals(OutsideSignatories.Opening.CODE_STILL_VALID, signatories.open(token, false));
        assertEquals(OutsideSignatories.Opening.CODE_SENT, signatories.open(token, true));
        assertEquals(2, mails(OutsideSignatoryMail.Kind.CODE).size());
    }

    @Test
    void fiveWrongCodesLockTheLinkUntilTheIgLeadSendsANewOne() {
        nameHead();
        submit();
        String token = mails(OutsideSignatoryMail.Kind.LINK).get(0).secret();
        signatories.open(token, false);
        String code = mails(OutsideSignatoryMail.Kind.CODE).get(0).secret();
        String wrong = code.equals("000000") ? "000001" : "000000";
        for (int i = 1; i < SignatoryInvitation.MAX_ATTEMPTS; i++) {
            assertEquals(SignatoryInvitation.CodeOutcome.WRONG, signatories.enter(token, wrong, "192.0.2.1").outcome());
        }
        assertEquals(SignatoryInvitation.CodeOutcome.LOCKED, signatories.enter(token, wrong, "192.0.2.1").outcome());
        assertEquals(SignatoryInvitation.CodeOutcome.LOCKED, signatories.enter(token, code, "192.0.2.1").outcome());
        assertEquals(6, throttled.size(), "every wrong code, and any code for a locked link, counts in the sign-in throttle");
        assertTrue(audited.stream().anyMatch(a -> a.startsWith("OUTSIDE_SIGNATORY_LOCKED")), audited.toString());

        callers.signIn(councilLead);
        assertEquals(OutsideSignatories.LinkStatus.LOCKED, signatories.slots(version.getId()).get(1).link());
        signatories.resend(version.getId(), SCHOOL);
        assertEquals(OutsideSignatories.LinkStatus.SENT, signatories.slots(version.getId()).get(1).link());
        assertNotNull(identify());
    }

    @Test
    void whoMayNameAnOutsideSignatory() {
        callers.signIn(schoolLead);
        assertThrows(NotFoundException.class, () -> signatories.name(version.getId(), SCHOOL, "Dana Reed", "Head", HEAD),
                "a draft is the lead's alone");
        assertTrue(signatories.slots(version.getId()).isEmpty());
        callers.signIn(councilSignatory);
        assertTrue(signatories.slots(version.getId()).isEmpty(), "a signatory is not an IG lead");

        callers.signIn(councilLead);
        InvalidInputException invalid = assertThrows(InvalidInputException.class,
                () -> signatories.name(version.getId(), SCHOOL, "", "Head", "dana@"));
        assertEquals(List.of("signatoryName", "signatoryEmail"), invalid.errors().stream().map(e -> e.field()).toList());
        assertEquals(2, signatories.slots(version.getId()).size());

        submit();
        callers.signIn(schoolLead);
        assertThrows(NotFoundException.class, () -> signatories.name(version.getId(), COUNCIL, "X Y", "Head", HEAD),
                "a party's IG lead names only for their own party");
        signatories.name(version.getId(), SCHOOL, "Dana Reed", "Head teacher", HEAD);
        assertEquals(1, mails(OutsideSignatoryMail.Kind.LINK).size(), "named while submitted: the link goes at once");
        List<OutsideSignatories.Slot> slots = signatories.slots(version.getId());
        assertEquals(List.of(false, true), slots.stream().map(OutsideSignatories.Slot::mayName).toList());

        signatories.remove(version.getId(), SCHOOL);
        assertTrue(outside.invitations.stream().allMatch(i -> i.getRevokedAt() != null), "removing withdraws the link");
    }
}
