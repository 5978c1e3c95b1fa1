package org.concordat.shared.infrastructure;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Values read from the database on first use and kept until a change evicts them. A value read while an eviction
 * happened is returned but not kept: it may be older than the change that evicted it.
 */
public final class ReadThroughCache<K, V> {

    private final Map<K, V> values = new ConcurrentHashMap<>();
    private long evictions;

    /** The value kept for the key, or {@code load}'s (kept too, unless it is null or an eviction came meanwhile). */
    public V get(K key, Function<K, V> load) {
        V kept = values.get(key);
        if (kept != null) {
            return kept;
        }
        long before;
        synchronized (this) {
            before = evictions;
        }
        V loaded = load.apply(key);
        synchronized (this) {
            if (loaded != null && evictions == before) {
                values.put(key, loaded);
            }
        }
        return loaded;
    }

    public synchronized void evict(K key) {
        evictions++;
        values.remove(key);
    }

    public synchronized void evictIf(BiPredicate<K, V> stale) {
        evictions++;
        values.entrySet().removeIf(e -> stale.test(e.getKey(), e.getValue()));
    }

    public synchronized void clear() {
        evictions++;
        values.clear();
    }
}
