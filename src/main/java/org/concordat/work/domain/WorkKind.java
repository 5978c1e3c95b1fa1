package org.concordat.work.domain;

import java.util.Comparator;
import java.util.Set;
import org.concordat.shared.domain.Role;
import org.concordat.shared.domain.StatusTag;

/**
 * A queue of work: who sees it, the status tag its items carry, the order of its items, where an item is done and
 * where the whole list is. Declared in the order the home shows them: what others wait for first.
 */
public enum WorkKind {
    /** Submitted versions the organisation is a party to and has not yet decided on in this round; oldest first. */
    APPROVALS_AWAITING(Set.of(Role.SIGNATORY), StatusTag.AWAITING_APPROVAL, Order.OLDEST_FIRST,
            "/app/agreement.xhtml?id=", "/app/agreements.xhtml"),
    /** The organisation's drafts a party sent back; the longest waiting first. */
    CHANGES_REQUESTED(Set.of(Role.IG_LEAD), StatusTag.CHANGES_REQUESTED, Order.OLDEST_FIRST,
            "/app/agreement.xhtml?id=", "/app/agreements.xhtml"),
    /** DPIAs of the organisation waiting for the DPO's advice, for the DPO; the longest waiting first. */
    DPIAS_AWAITING_MY_ADVICE(Set.of(Role.DPO), StatusTag.AWAITING_APPROVAL, Order.OLDEST_FIRST,
            "/app/dpia.xhtml?id=", "/app/dpias.xhtml"),
    /** Agreements in force whose review date has passed; the most overdue first. */
    REVIEWS_OVERDUE(Set.of(Role.IG_LEAD), StatusTag.REVIEW_OVERDUE, Order.OLDEST_FIRST,
            "/app/agreement.xhtml?id=", "/app/reviews.xhtml"),
    /** Agreements in force due for review within 90 days; the soonest first. */
    REVIEWS_DUE(Set.of(Role.IG_LEAD), StatusTag.REVIEW_DUE, Order.OLDEST_FIRST,
            "/app/agreement.xhtml?id=", "/app/reviews.xhtml"),
    /** Agreements in force whose end date is within 90 days; the soonest first. */
    ENDING_SOON(Set.of(Role.IG_LEAD), null, Order.OLDEST_FIRST, "/app/agreement.xhtml?id=", "/app/agreements.xhtml"),
    /** DPIAs of the organisation waiting for its DPO's advice, for the IG lead (a DPO sees them as their own). */
    DPIAS_AWAITING_ADVICE(Set.of(Role.IG_LEAD), StatusTag.AWAITING_APPROVAL, Order.OLDEST_FIRST,
            "/app/dpia.xhtml?id=", "/app/dpias.xhtml"),
    /** The organisation's drafts whose last save left errors the rules engine found; the most recently changed first. */
    DRAFTS_WITH_ERRORS(Set.of(Role.IG_LEAD), StatusTag.DRAFT, Order.NEWEST_FIRST, "/app/agreement.xhtml?id=",
            "/app/agreements.xhtml"),
    /** The organisation's drafts never submitted; the most recently changed first. */
    DRAFTS(Set.of(Role.IG_LEAD), StatusTag.DRAFT, Order.NEWEST_FIRST, "/app/agreement.xhtml?id=", "/app/agreements.xhtml"),
    /** Routes practitioners of the organisation checked that no agreement (fully) covers; the most asked first. */
    COVERAGE_GAPS(Set.of(Role.IG_LEAD, Role.DPO), null, Order.MOST_ASKED_FIRST, null, "/app/decisions.xhtml#gapsHeading"),
    /** People of the organisation who have not yet signed in to replace their one-time password; oldest first. */
    USERS_NOT_SIGNED_IN(Set.of(Role.ADMIN), null, Order.OLDEST_FIRST, "/admin/user.xhtml?id=", "/admin/users.xhtml"),
    /** The practitioner's own latest sharing decisions; the newest first. Not work: a record of what they did. */
    RECENT_DECISIONS(Set.of(Role.PRACTITIONER), null, Order.NEWEST_FIRST, "/app/decisions.xhtml#mine-entry-",
            "/app/decisions.xhtml");

    /** How a queue's items are ordered; ties are broken by the item's id, so the order is stable. */
    public enum Order {
        OLDEST_FIRST(Comparator.comparing(WorkItem::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(WorkItem::id)),
        NEWEST_FIRST(Comparator.comparing(WorkItem::date, Comparator.nullsLast(Comparator.<java.time.LocalDate>reverseOrder()))
                .thenComparing(WorkItem::id, Comparator.reverseOrder())),
        MOST_ASKED_FIRST(Comparator.comparing(WorkItem::times, Comparator.reverseOrder())
                .thenComparing(WorkItem::date, Comparator.nullsLast(Comparator.<java.time.LocalDate>reverseOrder())));

        private final Comparator<WorkItem> comparator;

        Order(Comparator<WorkItem> comparator) {
            this.comparator = comparator;
        }

        public Comparator<WorkItem> comparator() {
            return comparator;
        }
    }

    private final Set<Role> roles;
    private final StatusTag tag;
    private final Order order;
    private final String itemPage;
    private final String listPage;

    WorkKind(Set<Role> roles, StatusTag tag, Order order, String itemPage, String listPage) {
        this.roles = roles;
        this.tag = tag;
        this.order = order;
        this.itemPage = itemPage;
        this.listPage = listPage;
    }

    /** The roles that see this queue (any one of them). */
    public Set<Role> roles() {
        return roles;
    }

    /** The status tag each item carries, or null when the queue's heading says it all. */
    public StatusTag tag() {
        return tag;
    }

    public Order order() {
        return order;
    }

    /** Whether the queue is something to do (a practitioner's recent decisions are a record, not work). */
    public boolean isWork() {
        return this != RECENT_DECISIONS;
    }

    /** Where an item is done: the page of the agreement version, DPIA version, decision or person; else the list. */
    public String itemPage(long id) {
        return itemPage == null ? listPage : itemPage + id;
    }

    /** Where the whole queue is. */
    public String listPage() {
        return listPage;
    }
}
