package org.concordat.work.domain;

import java.time.LocalDate;
import java.util.List;

/** Reads a queue for one organisation (and, for a practitioner's decisions, one person): a count and the first few. */
public interface WorkQueues {

    /**
     * @param kind  the queue
     * @param scope whose queue, on which day
     * @param limit how many items at most, in the kind's order
     */
    Rows read(WorkKind kind, Scope scope, int limit);

    /** The organisation and person a queue is read for, and today (reviews and ends are due relative to it). */
    record Scope(long organisationId, long userId, LocalDate today) {
    }

    /** How many in all, and the first items (names and links not yet resolved). */
    record Rows(long count, List<WorkItem> items) {

        public Rows {
            items = List.copyOf(items);
        }
    }
}
