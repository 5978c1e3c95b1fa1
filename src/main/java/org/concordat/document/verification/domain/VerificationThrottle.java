package org.concordat.document.verification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits how often one source address may have documents verified: a token bucket per address, full at the
 * start, refilled at a steady rate. Verification parses untrusted files and is open to anyone, so a single
 * address must not be able to keep the server busy.
 */
public class VerificationThrottle {

    private static final int MAX_TRACKED = 100_000;

    private final int capacity;
    private final Duration refillEvery;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /**
     * @param capacity    verifications an address may ask for at once
     * @param refillEvery how long it takes to earn one more
     */
    public VerificationThrottle(int capacity, Duration refillEvery) {
        if (capacity < 1 || refillEvery.isNegative() || refillEvery.isZero()) {
            throw new IllegalArgumentException("A throttle needs a capacity and a refill interval");
        }
        this.capacity = capacity;
        this.refillEvery = refillEvery;
    }

    /** The standard limit: 10 at once, then one every 6 seconds (10 a minute). */
    public static VerificationThrottle standard() {
        return new VerificationThrottle(10, Duration.ofSeconds(6));
    }

    /** Takes a token for the address; empty when it may go ahead, otherwise how long to wait for the next one. */
    public Optional<Duration> take(String source, Instant now) {
        if (buckets.size() > MAX_TRACKED) {
            forgetFull(now);
        }
        Bucket after = buckets.compute(source, (k, b) -> (b == null ? new Bucket(capacity, now) : b.refilled(now)).take());
        if (after.granted) {
            return Optional.empty();
        }
        return Optional.of(refillEvery.minus(Duration.between(after.since, now)));
    }

    private void forgetFull(Instant now) {
        buckets.values().removeIf(b -> b.refilled(now).tokens >= capacity);
    }

    private final class Bucket {
        final int tokens;
        /** When the partial token now being earned started. */
        final Instant since;
        final boolean granted;

        Bucket(int tokens, Instant since) {
            this(tokens, since, false);
        }

        Bucket(int tokens, Instant since, boolean granted) {
            this.tokens = tokens;
            this.since = since;
            this.granted = granted;
        }

        Bucket refilled(Instant now) {
            if (tokens >= capacity) {
                return new Bucket(capacity, now);
            }
            long earned = Duration.between(since, now).toNanos() / refillEvery.toNanos();
            if (earned <= 0) {
                return new Bucket(tokens, since);
            }
            int total = (int) Math.min(capacity, tokens + earned);
            return new Bucket(total, total >= capacity ? now : since.plus(refillEvery.multipliedBy(earned)));
        }

        Bucket take() {
            return tokens > 0 ? new Bucket(tokens - 1, since, true) : new Bucket(0, since, false);
        }
    }
}
