package org.concordat.shared.infrastructure;

import java.util.OptionalLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps one in-memory read model at the database's current generation of the {@link ChangeFeed}. Before each answer
 * the model calls {@link #current()}: at the generation it was built at, nothing happens; behind it, the model
 * applies what changed since (or reloads everything, the first time and when too much has changed or the feed no
 * longer lists it). One thread catches up at a time; the others wait for it, so none answers from a model older
 * than what was committed before its request.
 */
public final class ReadModelSync {

    /** What the read model does when it is behind. */
    public interface Model {

        /** Builds the whole model afresh from the database. */
        void reloadAll();

        /** Reloads what the changes name; false when they are too many and a full reload is cheaper. */
        boolean apply(ChangeFeed.Changes changes);
    }

    private final ChangeFeed feed;
    private final Model model;
    private final ReentrantLock catchingUp = new ReentrantLock();
    private volatile long seen = -1;

    public ReadModelSync(ChangeFeed feed, Model model) {
        this.feed = feed;
        this.model = model;
    }

    /**
     * Brings the model up to date; false when the database keeps no change feed, and the caller must read the
     * tables instead.
     */
    public boolean current() {
        OptionalLong generation = feed.generation();
        if (generation.isEmpty()) {
            return false;
        }
        long now = generation.getAsLong();
        if (now <= seen) {
            return true;
        }
        catchingUp.lock();
        try {
            if (now > seen) {
                catchUp(now);
            }
            return true;
        } finally {
            catchingUp.unlock();
        }
    }

    private void catchUp(long now) {
        if (seen >= 0) {
            ChangeFeed.Changes changes = feed.since(seen);
            if (changes.complete() && model.apply(changes)) {
                seen = Math.max(now, changes.generation());
                return;
            }
        }
        // Whatever is committed at `now` is visible to the reads that follow, so the reload is at least that new.
        model.reloadAll();
        seen = now;
    }
}
