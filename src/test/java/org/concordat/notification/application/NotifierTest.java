package org.concordat.notification.application;

import static org.concordat.shared.application.TestCallers.caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.concordat.agreement.domain.AgreementEvent;
import org.concordat.agreement.domain.ImportNotice;
import org.concordat.dpia.domain.DpiaEvent;
import org.concordat.notification.domain.Notification;
import org.concordat.security.application.CallerDirectory;
import org.concordat.security.domain.LoginThrottle;
import org.concordat.shared.application.TestCallers;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.Language;
import org.concordat.shared.domain.NotFoundException;
import org.concordat.shared.domain.ReaderLanguage;
import org.concordat.shared.domain.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who hears about what, over an in-memory inbox: the notification and inbox use cases without a container. The
 * directory of people is a fixed table; e-mails are collected instead of sent after commit.
 */
class NotifierTest {

    static final long COUNCIL = 1;
    static final long SCHOOL = 2;
    static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    final Caller councilLead = caller(10, COUNCIL, Role.IG_LEAD);
    final Caller councilSignatory = caller(11, COUNCIL, Role.SIGNATORY);
    final Caller councilDpo = caller(12, COUNCIL, Role.DPO);
    final Caller schoolLeadAndSignatory = caller(20, SCHOOL, Role.IG_LEAD, Role.SIGNATORY);
    final Caller schoolPractitioner = caller(21, SCHOOL, Role.PRACTITIONER);
    final List<Caller> people = List.of(councilLead, councilSignatory, councilDpo, schoolLeadAndSignatory,
            schoolPractitioner);

    final InMemoryNotificationRepository repository = new InMemoryNotificationRepository();
    final List<Mailer.Email> sent = new ArrayList<>();
    final TestCallers callers = new TestCallers();
    final Notifier notifier = new Notifier();
    final Inbox inbox = new Inbox();

    @BeforeEach
    void wire() {
        notifier.repository = repository;
        notifier.mailer = sent::addAll;
        notifier.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        notifier.callers = new CallerDirectory() {
            @Override
            public List<Caller> activeHolders(long organisationId, Role role) {
                return people.stream().filter(p -> p.organisationId() == organisationId && p.has(role)).toList();
            }

            @Override
            public Optional<Caller> activeCaller(String email) {
                return people.stream().filter(p -> p.email().equals(email)).findFirst();
            }
        };
        inbox.repository = repository;
        inbox.guard = callers.guard();
        inbox.clock = Clock.fixed(NOW.plusSeconds(3600), ZoneOffset.UTC);
    }

    AgreementEvent agreement(AgreementEvent.Kind kind, String comment, LocalDate date) {
        return new AgreementEvent(kind, 3, "DSA-2026-0003", "Early help referrals", 30, 2, COUNCIL,
                List.of(COUNCIL, SCHOOL), "Northshire Council", comment, date);
    }

    List<Long> recipients() {
        return repository.all().stream().map(Notification::getRecipientUserId).sorted().toList();
    }

    @Test
    void aSubmissionAsksEveryPartysSignatoriesOnceEach() {
        notifier.on(agreement(AgreementEvent.Kind.SUBMITTED, null, null));

        assertEquals(List.of(11L, 20L), recipients());
        Notification first = repository.all().get(0);
        assertEquals("Your approval is needed: Early help referrals (DSA-2026-0003, version 2)", first.getSubject());
        assertEquals("/app/agreement.xhtml?id=30", first.getLink());
        assertEquals(NOW, first.getCreatedAt());
        assertEquals(List.of("user11@example.org", "user20@example.org"), sent.stream().map(Mailer.Email::to).toList());
        assertTrue(sent.get(0).body().startsWith("Dear User 11,\n\nNorthshire Council has submitted version 2"),
                sent.get(0).body());
    }

    /** Issue 23: each recipient reads their inbox entry and e-mail in the language they chose (English until then). */
    @Test
    void eachRecipientHearsInTheirOwnLanguage() {
        Caller welshLead = new Caller(13, "user13@example.org", "User 13", COUNCIL, "Organisation 1", Set.of(Role.IG_LEAD),
                Language.WELSH);
        Caller englishLead = new Caller(14, "user14@example.org", "User 14", COUNCIL, "Organisation 1", Set.of(Role.IG_LEAD),
                Language.ENGLISH);
        notifier.callers = new CallerDirectory() {
            @Override
            public List<Caller> activeHolders(long organisationId, Role role) {
                return Stream.of(welshLead, englishLead, councilLead).filter(p -> p.has(role)).toList();
            }
        };
        ReaderLanguage.as(Language.WELSH, () -> {
            notifier.on(agreement(AgreementEvent.Kind.REVIEW_REMINDER, null, LocalDate.of(2027, 1, 4)));
            return null;
        });

        Object[] arguments = {"DSA-2026-0003", "Early help referrals", "2", "Northshire Council", "", "4 Ionawr 2027", "29"};
        Mailer.Email welsh = sent.stream().filter(e -> e.to().equals("user13@example.org")).findFirst().orElseThrow();
        assertEquals(Notifier.text(Language.WELSH, "review-reminder.subject", arguments), welsh.subject());
        assertTrue(welsh.body().startsWith(Notifier.text(Language.WELSH, "greeting", "User 13")), welsh.body());
        assertTrue(welsh.body().contains("4 Ionawr 2027"), "months in Welsh: " + welsh.body());
        for (String english : List.of("user14@example.org", "user10@example.org")) {
            Mailer.Email email = sent.stream().filter(e -> e.to().equals(english)).findFirst().orElseThrow();
            assertEquals("Review due in 29 days: Early help referrals (DSA-2026-0003)", email.subject(),
                    "chose English, or has not chosen: English, whoever's page caused it");
            assertTrue(email.body().contains("4 January 2027"), email.body());
        }
        Notification inWelsh = repository.all().stream().filter(n -> n.getRecipientUserId() == 13).findFirst().orElseThrow();
        assertEquals(welsh.subject(), inWelsh.getSubject(), "the inbox entry too");
    }

    @Test
    void anAgreementBroughtInAsksTheOtherPartiesToConfirmItAndTellsEveryoneOnceAllHave() {
        notifier.on(new ImportNotice(ImportNotice.Kind.CONFIRMATION_ASKED, 30, "DSA-2026-0003", "Early help referrals",
                "Northshire Council", List.of(SCHOOL)));
        assertEquals(List.of(20L), recipients(), "the school's IG lead and signatory (one person), not the council's");
        assertEquals("Please confirm an agreement brought in: Early help referrals (DSA-2026-0003)",
                repository.all().get(0).getSubject());
        assertTrue(repository.all().get(0).getBody().contains("Until every party has confirmed it, route checks do not count it"),
                repository.all().get(0).getBody());
        assertEquals("/app/agreement.xhtml?id=30", repository.all().get(0).getLink());

        notifier.on(new ImportNotice(ImportNotice.Kind.CONFIRMED_BY_ALL, 30, "DSA-2026-0003", "Early help referrals",
                "Riverside School", List.of(COUNCIL, SCHOOL)));
        assertEquals(List.of(10L, 11L, 20L, 20L), recipients(), "then every party's IG leads and signatories");
        assertTrue(sent.get(sent.size() - 1).body().contains("Riverside School confirmed it last"), sent.toString());
    }

    @Test
    void anApprovalTellsLeadsAndSignatoriesWithoutTellingAnyoneTwice() {
        notifier.on(agreement(AgreementEvent.Kind.APPROVED, null, LocalDate.of(2027, 1, 4)));

        // The school's lead is also its signatory: one entry, not two.
        assertEquals(List.of(10L, 11L, 20L), recipients());
        assertTrue(repository.all().get(0).getBody().endsWith("It is in force from 4 January 2027."),
                repository.all().get(0).getBody());
    }

    @Test
    void changesRequestedAndReviewsGoToTheLeadOrganisationsIgLeadsOnly() {
        notifier.on(agreement(AgreementEvent.Kind.CHANGES_REQUESTED, "Add the retention period.", null));
        assertEquals(List.of(10L), recipients());
        assertTrue(repository.all().get(0).getBody().endsWith("Their comment: Add the retention period."));

        notifier.on(agreement(AgreementEvent.Kind.REVIEW_REMINDER, null, LocalDate.of(2027, 1, 5)));
        assertEquals("Review due in 30 days: Early help referrals (DSA-2026-0003)", repository.all().get(1).getSubject());
    }

    @Test
    void aDpiaAwaitingAdviceGoesToTheDposAndOnceSignedOffToLeadsAndDpos() {
        DpiaEvent asked = new DpiaEvent(DpiaEvent.Kind.DPO_ADVICE_REQUESTED, 4, "DPIA-2026-0004", "Early help hub", 40,
                1, COUNCIL, "User 10", null, null);
        notifier.on(asked);
        assertEquals(List.of(12L), recipients());
        assertEquals("/app/dpia.xhtml?id=40&step=7", repository.all().get(0).getLink());

        notifier.on(new DpiaEvent(DpiaEvent.Kind.COMPLETED, 4, "DPIA-2026-0004", "Early help hub", 40, 1, COUNCIL,
                "User 11", LocalDate.of(2027, 12, 1), "User 10"));
        assertEquals(List.of(10L, 12L, 12L), recipients());
    }

    @Test
    void theHolderOfAnAccountBeingGuessedAtIsToldAndNobodyElse() {
        notifier.on(new LoginThrottle.GuessingNotice("user21@example.org", 12, 3, NOW.minusSeconds(900)));
        notifier.on(new LoginThrottle.GuessingNotice("nobody@example.org", 12, 3, NOW.minusSeconds(900)));

        assertEquals(List.of(21L), recipients());
        String body = repository.all().get(0).getBody();
        // Times are shown in UK time: 09:45 UTC in December is 09:45 in London.
        assertTrue(body.startsWith("12 attempts to sign in to your account (user21@example.org) with a wrong password"
                + " have failed since 09:45 on 6 December 2026 (UK time), from 3 address(es)."), body);
    }

    @Test
    void theInboxIsOnesOwnAndMarkingReadIsIdempotent() {
        notifier.on(agreement(AgreementEvent.Kind.SUBMITTED, null, null));
        long forCouncil = repository.all().get(0).getId();
        long forSchool = repository.all().get(1).getId();

        callers.signIn(schoolLeadAndSignatory);
        assertEquals(1, inbox.unreadCount());
        assertEquals(List.of(forSchool), inbox.mine().stream().map(NotificationData::id).toList());
        assertThrows(NotFoundException.class, () -> inbox.markRead(forCouncil));
        assertNull(repository.find(forCouncil).orElseThrow().getReadAt());

        assertTrue(inbox.markRead(forSchool).read());
        Instant firstRead = repository.find(forSchool).orElseThrow().getReadAt();
        assertEquals(0, inbox.markAllRead());
        assertEquals(firstRead, repository.find(forSchool).orElseThrow().getReadAt());
        assertEquals(0, inbox.unreadCount());

        callers.signIn(councilSignatory);
        assertEquals(1, inbox.markAllRead());
        assertEquals(inbox.clock.instant(), repository.find(forCouncil).orElseThrow().getReadAt());
    }
}
