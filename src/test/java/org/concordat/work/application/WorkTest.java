package org.concordat.work.application;

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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.concordat.shared.application.TestCallers;
import org.concordat.shared.domain.NotAuthenticatedException;
import org.concordat.shared.domain.Role;
import org.concordat.shared.domain.StatusTag;
import org.concordat.work.domain.Work;
import org.concordat.work.domain.WorkItem;
import org.concordat.work.domain.WorkKind;
import org.concordat.work.domain.WorkNames;
import org.concordat.work.domain.WorkPlan;
import org.concordat.work.domain.WorkQueue;
import org.concordat.work.domain.WorkQueues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What each role sees on the home page and in GET /api/v1/me/work: which queues, how many items, in which order. */
class WorkTest {

    static final long MY_ORGANISATION = 10;
    static final long OTHER_ORGANISATION = 20;
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    TestCallers callers;
    InMemoryQueues queues;
    MyWork myWork;

    @BeforeEach
    void setUp() {
        callers = new TestCallers();
        queues = new InMemoryQueues();
        myWork = new MyWork();
        myWork.guard = callers.guard();
        myWork.queues = queues;
        myWork.names = new WorkNames() {
            @Override
            public String organisation(long organisationId) {
                return "Organisation " + organisationId;
            }

            @Override
            public String purpose(String code) {
                return "Purpose " + code;
            }
        };
        myWork.clock = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);
    }

    private Work as(Role... roles) {
        callers.signIn(TestCallers.caller(7, MY_ORGANISATION, roles));
        return myWork.mine();
    }

    private static List<WorkKind> kinds(Work work) {
        return work.queues().stream().map(WorkQueue::kind).toList();
    }

    @Test
    void aSignatorySeesTheApprovalsAwaitingTheirOrganisation() {
        queues.add(WorkKind.APPROVALS_AWAITING, MY_ORGANISATION, item(42, "DSA-2026-0042", TODAY.minusDays(3)));
        Work work = as(Role.SIGNATORY);
        assertEquals(List.of(WorkKind.APPROVALS_AWAITING), kinds(work));
        assertFalse(work.checksRoutes());
        WorkQueue approvals = work.getNeedsYou().get(0);
        assertEquals(1, approvals.count());
        assertEquals("/app/agreement.xhtml?id=42", approvals.items().get(0).href());
        assertEquals(StatusTag.AWAITING_APPROVAL, approvals.getTag());
        assertEquals("Agreements awaiting your organisation's decision", approvals.label());
    }

    @Test
    void anIgLeadSeesEachOfTheirQueuesMostPressingFirst() {
        assertEquals(List.of(WorkKind.CHANGES_REQUESTED, WorkKind.REVIEWS_OVERDUE, WorkKind.REVIEWS_DUE,
                WorkKind.ENDING_SOON, WorkKind.DPIAS_AWAITING_ADVICE, WorkKind.DRAFTS_WITH_ERRORS, WorkKind.DRAFTS,
                WorkKind.COVERAGE_GAPS), kinds(as(Role.IG_LEAD)));
    }

    @Test
    void aDpoSeesTheDpiasAwaitingTheirAdviceOnceEvenAsAnIgLead() {
        assertEquals(List.of(WorkKind.DPIAS_AWAITING_MY_ADVICE, WorkKind.COVERAGE_GAPS), kinds(as(Role.DPO)));
        List<WorkKind> both = kinds(as(Role.IG_LEAD, Role.DPO));
        assertTrue(both.contains(WorkKind.DPIAS_AWAITING_MY_ADVICE));
        assertFalse(both.contains(WorkKind.DPIAS_AWAITING_ADVICE));
        assertEquals(1, both.stream().filter(k -> k == WorkKind.COVERAGE_GAPS).count());
    }

    @Test
    void anAdministratorSeesThePeopleNotYetSignedIn() {
        queues.add(WorkKind.USERS_NOT_SIGNED_IN, MY_ORGANISATION, new WorkItem(5, "new@example.org", "New Person", null,
                null, TODAY, 0, null, null));
        Work work = as(Role.ADMIN);
        assertEquals(List.of(WorkKind.USERS_NOT_SIGNED_IN), kinds(work));
        assertEquals("/admin/user.xhtml?id=5", work.getNeedsYou().get(0).items().get(0).href());
    }

    @Test
    void aPractitionerChecksRoutesAndSeesTheirRecentDecisionsNewestFirst() {
        for (int i = 1; i <= 7; i++) {
            queues.add(WorkKind.RECENT_DECISIONS, MY_ORGANISATION, new WorkItem(100 + i, "CASE-" + i, "CHILD_IN_NEED",
                    OTHER_ORGANISATION, null, TODAY.minusDays(10 - i), 0, "SHARED", null));
        }
        Work work = as(Role.PRACTITIONER);
        assertTrue(work.checksRoutes());
        assertFalse(work.isHasWorkQueues(), "a practitioner's decisions are not work waiting for them");
        assertTrue(work.getNeedsYou().isEmpty());
        WorkQueue decisions = work.getRecentDecisions();
        assertEquals(7, decisions.count());
        assertEquals(List.of("CASE-7", "CASE-6", "CASE-5", "CASE-4", "CASE-3"),
                decisions.items().stream().map(WorkItem::reference).toList());
        WorkItem latest = decisions.items().get(0);
        assertEquals("Purpose CHILD_IN_NEED", latest.title());
        assertEquals("Organisation 20", latest.organisation());
        assertEquals("/app/decisions.xhtml#mine-entry-107", latest.href());
    }

    @Test
    void aQueueShowsFiveItemsAndCountsThemAll() {
        for (int i = 1; i <= 12; i++) {
            queues.add(WorkKind.APPROVALS_AWAITING, MY_ORGANISATION, item(i, "DSA-2026-" + i, TODAY.minusDays(i)));
        }
        WorkQueue approvals = as(Role.SIGNATORY).getNeedsYou().get(0);
        assertEquals(12, approvals.count());
        assertEquals(WorkPlan.SHOWN, approvals.items().size());
        assertTrue(approvals.isMore());
        assertEquals("/app/agreements.xhtml", approvals.getListPage());
        // What has waited longest comes first.
        assertEquals(List.of(12L, 11L, 10L, 9L, 8L), approvals.items().stream().map(WorkItem::id).toList());
    }

    @Test
    void eachQueueHasItsOwnOrder() {
        queues.add(WorkKind.REVIEWS_OVERDUE, MY_ORGANISATION, item(1, "DSA-1", TODAY.minusDays(2)));
        queues.add(WorkKind.REVIEWS_OVERDUE, MY_ORGANISATION, item(2, "DSA-2", TODAY.minusDays(40)));
        queues.add(WorkKind.DRAFTS, MY_ORGANISATION, item(3, "DSA-3", TODAY.minusDays(30)));
        queues.add(WorkKind.DRAFTS, MY_ORGANISATION, item(4, "DSA-4", TODAY.minusDays(1)));
        queues.add(WorkKind.COVERAGE_GAPS, MY_ORGANISATION, gap(OTHER_ORGANISATION, "MASH_TRIAGE", 3));
        queues.add(WorkKind.COVERAGE_GAPS, MY_ORGANISATION, gap(null, "CHILD_IN_NEED", 9));
        Work work = as(Role.IG_LEAD);
        assertEquals(List.of("DSA-2", "DSA-1"), references(work, WorkKind.REVIEWS_OVERDUE), "the most overdue first");
        assertEquals(List.of("DSA-4", "DSA-3"), references(work, WorkKind.DRAFTS), "the most recently changed first");
        List<WorkItem> gaps = work.queue(WorkKind.COVERAGE_GAPS).orElseThrow().items();
        assertEquals(List.of(9L, 3L), gaps.stream().map(WorkItem::times).toList(), "the most asked first");
        assertEquals("Purpose CHILD_IN_NEED", gaps.get(0).title());
        assertNull(gaps.get(0).organisation(), "a route to an organisation not in Concordat");
        assertEquals("Organisation 20", gaps.get(1).organisation());
        assertEquals("/app/gap-draft.xhtml?to=20&purpose=MASH_TRIAGE", gaps.get(1).href(),
                "an IG lead drafts an agreement for a route to an organisation of the partnership");
        assertEquals("/app/decisions.xhtml#gapsHeading", gaps.get(0).href(), "nothing to draft with an unlisted recipient");
        assertEquals(List.of(WorkKind.REVIEWS_OVERDUE, WorkKind.DRAFTS, WorkKind.COVERAGE_GAPS),
                work.getNeedsYou().stream().map(WorkQueue::kind).toList(), "only the queues with something in them");
        assertEquals("/app/decisions.xhtml#gapsHeading", as(Role.DPO).queue(WorkKind.COVERAGE_GAPS).orElseThrow().items()
                .get(1).href(), "a DPO reads the gaps; the IG lead drafts");
    }

    @Test
    void nothingNeedsSomeoneWhoseQueuesAreEmpty() {
        queues.add(WorkKind.APPROVALS_AWAITING, OTHER_ORGANISATION, item(1, "DSA-1", TODAY));
        queues.add(WorkKind.DRAFTS, OTHER_ORGANISATION, item(2, "DSA-2", TODAY));
        Work work = as(Role.IG_LEAD, Role.SIGNATORY);
        assertTrue(work.isHasWorkQueues());
        assertTrue(work.isNothingNeedsYou());
        assertTrue(work.queues().stream().allMatch(q -> q.count() == 0 && q.items().isEmpty()),
                "another organisation's work is not mine");
        assertTrue(queues.scopes.stream().allMatch(s -> s.organisationId() == MY_ORGANISATION && s.userId() == 7
                && s.today().equals(TODAY)), "every queue read for the caller's organisation, today");
    }

    @Test
    void noOneSignedInHasNoWork() {
        assertThrows(NotAuthenticatedException.class, () -> myWork.mine());
    }

    private static List<String> references(Work work, WorkKind kind) {
        return work.queue(kind).orElseThrow().items().stream().map(WorkItem::reference).toList();
    }

    private static WorkItem item(long id, String reference, LocalDate date) {
        return new WorkItem(id, reference, "Agreement " + id, null, null, date, 0, null, null);
    }

    private static WorkItem gap(Long to, String purpose, long times) {
        return new WorkItem(0, null, purpose, to, null, TODAY, times, purpose, null);
    }

    /**
     * Queues by kind and organisation, returned whole and in the order added (the SQL orders and limits; the use case
     * must still show no more than five, in the kind's order), with each scope read kept.
     */
    static class InMemoryQueues implements WorkQueues {

        final Map<WorkKind, Map<Long, List<WorkItem>>> items = new EnumMap<>(WorkKind.class);
        final List<Scope> scopes = new ArrayList<>();

        void add(WorkKind kind, long organisation, WorkItem item) {
            items.computeIfAbsent(kind, k -> new java.util.HashMap<>()).computeIfAbsent(organisation, o -> new ArrayList<>())
                    .add(item);
        }

        @Override
        public Rows read(WorkKind kind, Scope scope, int limit) {
            scopes.add(scope);
            List<WorkItem> mine = items.getOrDefault(kind, Map.of()).getOrDefault(scope.organisationId(), List.of());
            return new Rows(mine.size(), mine);
        }
    }
}
