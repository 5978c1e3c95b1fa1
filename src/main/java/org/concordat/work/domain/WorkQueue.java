package org.concordat.work.domain;

import java.util.List;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.StatusTag;

/** A queue as the home shows it: how many in all, and the first few. */
public record WorkQueue(WorkKind kind, long count, List<WorkItem> items) {

    public WorkQueue {
        items = List.copyOf(items);
    }

    /** The queue's heading, e.g. "Approvals awaiting your organisation's decision". */
    public String label() {
        // One literal key per kind, so that the bundle test sees each and a new kind cannot go without its heading.
        return Messages.text(switch (kind) {
            case APPROVALS_AWAITING -> "work.WorkQueue.APPROVALS_AWAITING";
            case CHANGES_REQUESTED -> "work.WorkQueue.CHANGES_REQUESTED";
            case DPIAS_AWAITING_MY_ADVICE -> "work.WorkQueue.DPIAS_AWAITING_MY_ADVICE";
            case REVIEWS_OVERDUE -> "work.WorkQueue.REVIEWS_OVERDUE";
            case REVIEWS_DUE -> "work.WorkQueue.REVIEWS_DUE";
            case ENDING_SOON -> "work.WorkQueue.ENDING_SOON";
            case DPIAS_AWAITING_ADVICE -> "work.WorkQueue.DPIAS_AWAITING_ADVICE";
            case DRAFTS_WITH_ERRORS -> "work.WorkQueue.DRAFTS_WITH_ERRORS";
            case DRAFTS -> "work.WorkQueue.DRAFTS";
            case COVERAGE_GAPS -> "work.WorkQueue.COVERAGE_GAPS";
            case USERS_NOT_SIGNED_IN -> "work.WorkQueue.USERS_NOT_SIGNED_IN";
            case RECENT_DECISIONS -> "work.WorkQueue.RECENT_DECISIONS";
        });
    }

    public String getLabel() {
        return label();
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** More than the items shown: the page links to the whole list. */
    public boolean isMore() {
        return count > items.size();
    }

    public StatusTag getTag() {
        return kind.tag();
    }

    public String getListPage() {
        return kind.listPage();
    }
}
