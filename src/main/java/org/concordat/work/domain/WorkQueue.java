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
        return Messages.text("work.kind." + kind.name());
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
