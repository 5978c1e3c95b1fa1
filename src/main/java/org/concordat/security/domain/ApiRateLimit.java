package org.concordat.security.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How fast one API token may call the API: a token bucket per key, holding up to {@code burst} requests, full at
 * first and refilled continuously at {@code perSecond}. In memory, per node.
 */
public class ApiRateLimit {

    private static final int MAX_TRACKED = 100_000;

    /** Requests a second, sustained, and how many may come at once. */
    public record Limit(double perSecond, int burst) {
        public Limit {
            if (!(perSecond > 0) || Double.isInfinite(perSecond) || burst < 1) {
                throw new IllegalArgumentException("A rate limit needs a positive rate and a burst of at least 1");
            }
        }
    }

    private final Limit limit;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public ApiRateLimit(Limit limit) {
        this.limit = limit;
    }

    public Limit limit() {
        return limit;
    }

    /** Takes one request from the key's bucket; empty when it may go ahead, otherwise how long until it may. */
    public Optional<Duration> take(String key, Instant now) {
        if (buckets.size() > MAX_TRACKED) {
            buckets.values().removeIf(b -> b.refilled(now, limit).tokens >= limit.burst());
        }
        Bucket after = buckets.compute(key, (k, b) -> (b == null ? Bucket.full(now, limit) : b.refilled(now, limit)).take());
        if (after.granted) {
            return Optional.empty();
        }
        double seconds = (1 - after.tokens) / limit.perSecond();
        return Optional.of(Duration.ofNanos((long) Math.ceil(seconds * 1_000_000_000d)));
    }

    private record Bucket(double tokens, Instant at, boolean granted) {

        static Bucket full(Instant now, Limit limit) {
            return new Bucket(limit.burst(), now, false);
        }

        Bucket refilled(Instant now, Limit limit) {
            if (!now.isAfter(at)) {
                return this;
            }
            double earned = Duration.between(at, now).toNanos() / 1_000_000_000d * limit.perSecond();
            return new Bucket(Math.min(limit.burst(), tokens + earned), now, false);
        }

        Bucket take() {
            return tokens >= 1 ? new Bucket(tokens - 1, at, true) : new Bucket(tokens, at, false);
        }
    }
}
