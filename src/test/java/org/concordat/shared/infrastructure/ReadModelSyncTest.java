package org.concordat.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadModelSyncTest {

    /** A feed whose generation and changes the test sets. */
    static final class Feed extends ChangeFeed {
        OptionalLong generation = OptionalLong.of(0);
        int reads;
        ChangeFeed.Changes next;
        final List<Long> askedSince = new ArrayList<>();

        @Override
        public OptionalLong generation() {
            reads++;
            return generation;
        }

        @Override
        public Changes since(long seen) {
            askedSince.add(seen);
            return next;
        }
    }

    /** A model that notes what it was asked to do. */
    static final class Model implements ReadModelSync.Model {
        final List<String> done = new ArrayList<>();
        boolean acceptChanges = true;

        @Override
        public void reloadAll() {
            done.add("reload");
        }

        @Override
        public boolean apply(ChangeFeed.Changes changes) {
            done.add("apply " + changes.of("agreement"));
            return acceptChanges;
        }
    }

    final Feed feed = new Feed();
    final Model model = new Model();
    final ReadModelSync sync = new ReadModelSync(feed, model);

    @Test
    void theFirstAnswerLoadsTheModelAndLaterOnesAtTheSameGenerationDoNothing() {
        feed.generation = OptionalLong.of(5);
        assertTrue(sync.current());
        assertTrue(sync.current());
        assertEquals(List.of("reload"), model.done);
        assertTrue(feed.askedSince.isEmpty());
    }

    @Test
    void behindTheGenerationItAppliesWhatChangedSinceTheOneItWasAt() {
        feed.generation = OptionalLong.of(5);
        sync.current();
        feed.generation = OptionalLong.of(7);
        feed.next = new ChangeFeed.Changes(7, true, Map.of("agreement", Set.of(40L)));
        assertTrue(sync.current());
        assertEquals(List.of("reload", "apply [40]"), model.done);
        assertEquals(List.of(5L), feed.askedSince);

        // At 7 now: nothing more to do until the generation moves again.
        sync.current();
        assertEquals(2, model.done.size());
    }

    @Test
    void changesNoLongerListedOrTooManyToApplyMeanAFullReload() {
        feed.generation = OptionalLong.of(5);
        sync.current();
        feed.generation = OptionalLong.of(9);
        feed.next = new ChangeFeed.Changes(9, false, Map.of());
        sync.current();
        assertEquals(List.of("reload", "reload"), model.done);

        feed.generation = OptionalLong.of(10);
        feed.next = new ChangeFeed.Changes(10, true, Map.of("agreement", Set.of(1L, 2L)));
        model.acceptChanges = false;
        sync.current();
        assertEquals(List.of("reload", "reload", "apply [1, 2]", "reload"), model.done.stream()
                .map(s -> s.replace("[2, 1]", "[1, 2]")).toList());
    }

    @Test
    void aDatabaseWithoutAChangeFeedMeansReadingTheTablesInstead() {
        feed.generation = OptionalLong.empty();
        assertFalse(sync.current());
        assertTrue(model.done.isEmpty());
    }

    @Test
    void aCacheKeepsWhatItReadUnlessAnEvictionCameWhileItWasReading() {
        ReadThroughCache<Long, String> cache = new ReadThroughCache<>();
        assertEquals("first", cache.get(1L, id -> "first"));
        assertEquals("first", cache.get(1L, id -> "second"), "kept");

        cache.evict(1L);
        assertEquals("during", cache.get(1L, id -> {
            cache.evict(2L);
            return "during";
        }));
        assertEquals("after", cache.get(1L, id -> "after"), "what was read during an eviction was not kept");
        assertNull(cache.get(3L, id -> null));
        assertEquals("found", cache.get(3L, id -> "found"), "nothing found is not kept");

        cache.evictIf((id, value) -> value.equals("after"));
        assertEquals("again", cache.get(1L, id -> "again"));
    }
}
