package org.concordat.work.domain;

import java.util.List;
import java.util.Optional;

/**
 * Everything the home shows one person: the queues of their roles (empty ones too: the API gives every count), and
 * whether they check routes (a practitioner's home leads with "Check a route").
 */
public record Work(List<WorkQueue> queues, boolean checksRoutes) {

    public Work {
        queues = List.copyOf(queues);
    }

    /** The queues with something in them that is work, in order. */
    public List<WorkQueue> getNeedsYou() {
        return queues.stream().filter(q -> q.kind().isWork() && !q.isEmpty()).toList();
    }

    /** Whether the person has work queues at all (a practitioner alone has none). */
    public boolean isHasWorkQueues() {
        return queues.stream().anyMatch(q -> q.kind().isWork());
    }

    /** Nothing waits for them today. */
    public boolean isNothingNeedsYou() {
        return getNeedsYou().isEmpty();
    }

    public Optional<WorkQueue> queue(WorkKind kind) {
        return queues.stream().filter(q -> q.kind() == kind).findFirst();
    }

    /** A practitioner's recent decisions, or null. */
    public WorkQueue getRecentDecisions() {
        return queue(WorkKind.RECENT_DECISIONS).orElse(null);
    }
}
