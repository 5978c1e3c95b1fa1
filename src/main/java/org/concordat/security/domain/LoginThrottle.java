package org.concordat.security.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing. Both the account and the source address have a budget of free failures; past
 * it, each further failure doubles the wait before the next attempt is even checked (up to a ceiling), so a
 * guesser slows to a crawl while a person who mistypes a few times is not locked out. A success clears the
 * account's record; an hour without failures clears either.
 */
public class LoginThrottle {

    private final int freeAccountFailures;
    private final int freeSourceFailures;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Duration forgetAfter;
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> sources = new ConcurrentHashMap<>();

    public LoginThrottle(int freeAccountFailures, int freeSourceFailures, Duration firstDelay, Duration maxDelay,
                         Duration forgetAfter) {
        this.freeAccountFailures = freeAccountFailures;
        this.freeSourceFailures = freeSourceFailures;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.forgetAfter = forgetAfter;
    }

    /** The defaults: 5 free failures per account, 20 per source, then 30 s doubling up to 15 minutes. */
    public static LoginThrottle standard() {
        return new LoginThrottle(5, 20, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1));
    }

    /** How long the caller must wait before this attempt may be checked; empty when it may go ahead. */
    public Optional<Duration> waitBeforeAttempt(String account, String source, Instant now) {
        Duration wait = max(remaining(accounts.get(key(account)), now), remaining(sources.get(source), now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void recordFailure(String account, String source, Instant now) {
        accounts.compute(key(account), (k, f) -> next(f, now, freeAccountFailures));
        sources.compute(source, (k, f) -> next(f, now, freeSourceFailures));
        if (accounts.size() + sources.size() > 100_000) {
            forgetOld(now);
        }
    }

    public void recordSuccess(String account) {
        accounts.remove(key(account));
    }

    private Failures next(Failures previous, Instant now, int free) {
        int count = previous == null || isStale(previous, now) ? 1 : previous.count + 1;
        Instant blockedUntil = now;
        if (count > free) {
            int doublings = Math.min(count - free - 1, 20);
            Duration delay = firstDelay.multipliedBy(1L << doublings);
            blockedUntil = now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
        }
        return new Failures(count, now, blockedUntil);
    }

    private Duration remaining(Failures f, Instant now) {
        if (f == null || !f.blockedUntil.isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, f.blockedUntil);
    }

    private boolean isStale(Failures f, Instant now) {
        return f.lastFailure.plus(forgetAfter).isBefore(now);
    }

    private void forgetOld(Instant now) {
        accounts.values().removeIf(f -> isStale(f, now));
        sources.values().removeIf(f -> isStale(f, now));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String key(String account) {
        return account == null ? "" : account.trim().toLowerCase(java.util.Locale.ROOT);
    }

    private record Failures(int count, Instant lastFailure, Instant blockedUntil) {
    }
}
