package org.concordat.security.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing without handing a guesser a way to lock someone out. Three budgets of free failures,
 * past which each further failure doubles the wait before the next attempt is even checked:
 * <ul>
 * <li>an <b>account from one address</b> (5 free, then 30 seconds doubling up to 15 minutes): whoever guesses at an
 * account from an address is slowed to a crawl there, and only there, so that guessing from one address never locks
 * the account holder out at another;</li>
 * <li>an <b>address</b>, across accounts (20 free, same waits): one address guessing at many accounts;</li>
 * <li>an <b>account</b>, from all addresses together, softer and higher (30 free in an hour, then 30 seconds doubling
 * up to 5 minutes): a guess spread over many addresses is still slowed. An address from which the account signed in
 * successfully in the last 30 days is spared this one, so that the holder keeps working from where they usually do
 * even then.</li>
 * </ul>
 * A person who mistypes a few times is never slowed. A success clears its own account-and-address record; an hour
 * without failures clears any record. The first time in an hour that an account has failed more often than one
 * address may fail freely, {@link #recordFailure} says the holder should be told (once in that hour, however many
 * failures follow).
 */
public class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;
    private static final int MAX_ADDRESSES_COUNTED = 1_000;

    /** The budgets and waits; {@link #standard()} gives the ones in use. */
    public record Limits(int freePerAccountAndAddress, int freePerAddress, int freePerAccount, Duration firstDelay,
                         Duration maxDelay, Duration maxAccountDelay, Duration window, Duration knownAddressFor) {

        public static Limits standard() {
            return new Limits(5, 20, 30, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofMinutes(5),
                    Duration.ofHours(1), Duration.ofDays(30));
        }
    }

    /** What to tell an account holder whose account is being guessed at: never a password, only what happened. */
    public record GuessingNotice(String account, int failures, int addresses, Instant since) {
    }

    private final Limits limits;
    private final Map<String, Failures> accountAtAddress = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();
    private final Map<String, AccountWindow> accounts = new ConcurrentHashMap<>();
    private final Map<String, Instant> knownAddresses = new ConcurrentHashMap<>();

    public LoginThrottle(Limits limits) {
        this.limits = limits;
    }

    public static LoginThrottle standard() {
        return new LoginThrottle(Limits.standard());
    }

    /** How long the caller must wait before this attempt may be checked; empty when it may go ahead. */
    public Optional<Duration> waitBeforeAttempt(String account, String source, Instant now) {
        String a = key(account);
        String s = source(source);
        Duration wait = max(remaining(accountAtAddress.get(pair(a, s)), now), remaining(addresses.get(s), now));
        AccountWindow window = accounts.get(a);
        if (window != null && window.blockedUntil.isAfter(now) && !isKnown(a, s, now)) {
            wait = max(wait, Duration.between(now, window.blockedUntil));
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /**
     * Records a failed attempt. Returns a notice the first time in a window that the account has failed more often
     * than one address may fail freely; empty otherwise, so the holder hears once, not at every attempt.
     */
    public Optional<GuessingNotice> recordFailure(String account, String source, Instant now) {
        String a = key(account);
        String s = source(source);
        accountAtAddress.compute(pair(a, s), (k, f) -> next(f, now, limits.freePerAccountAndAddress(), limits.maxDelay()));
        addresses.compute(s, (k, f) -> next(f, now, limits.freePerAddress(), limits.maxDelay()));
        AccountWindow window = accounts.compute(a, (k, w) -> (w == null || w.isOver(now, limits.window())
                ? AccountWindow.opened(now, w) : w).failed(s, now, limits));
        if (accountAtAddress.size() + addresses.size() + accounts.size() + knownAddresses.size() > MAX_TRACKED) {
            forgetOld(now);
        }
        return window.noticeDue ? Optional.of(new GuessingNotice(a, window.failures, window.sources.size(), window.opened))
                : Optional.empty();
    }

    /** A success clears the account's record at this address and remembers the address as the holder's own. */
    public void recordSuccess(String account, String source, Instant now) {
        String a = key(account);
        String s = source(source);
        accountAtAddress.remove(pair(a, s));
        knownAddresses.put(pair(a, s), now);
    }

    private Failures next(Failures previous, Instant now, int free, Duration ceiling) {
        int count = previous == null || isStale(previous, now) ? 1 : previous.count + 1;
        return new Failures(count, now, now.plus(delay(count - free, limits.firstDelay(), ceiling)));
    }

    /** No wait until the budget is spent; then the first delay, doubled at each further failure, up to the ceiling. */
    private static Duration delay(int beyondFree, Duration first, Duration ceiling) {
        if (beyondFree <= 0) {
            return Duration.ZERO;
        }
        Duration delay = first.multipliedBy(1L << Math.min(beyondFree - 1, 20));
        return delay.compareTo(ceiling) > 0 ? ceiling : delay;
    }

    private boolean isKnown(String account, String source, Instant now) {
        Instant lastSuccess = knownAddresses.get(pair(account, source));
        return lastSuccess != null && lastSuccess.plus(limits.knownAddressFor()).isAfter(now);
    }

    private static Duration remaining(Failures f, Instant now) {
        if (f == null || !f.blockedUntil.isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, f.blockedUntil);
    }

    private boolean isStale(Failures f, Instant now) {
        return f.lastFailure.plus(limits.window()).isBefore(now);
    }

    private void forgetOld(Instant now) {
        accountAtAddress.values().removeIf(f -> isStale(f, now));
        addresses.values().removeIf(f -> isStale(f, now));
        accounts.values().removeIf(w -> w.isOver(now, limits.window()) && !w.blockedUntil.isAfter(now));
        knownAddresses.values().removeIf(t -> !t.plus(limits.knownAddressFor()).isAfter(now));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String key(String account) {
        return account == null ? "" : account.trim().toLowerCase(Locale.ROOT);
    }

    private static String source(String source) {
        return source == null ? "" : source;
    }

    private static String pair(String account, String source) {
        return account + '\n' + source;
    }

    private record Failures(int count, Instant lastFailure, Instant blockedUntil) {
    }

    /**
     * An account's failures from all addresses in a window that opens at its first failure and lasts an hour; a wait
     * imposed near the end of one window still runs out in the next.
     */
    private record AccountWindow(Instant opened, int failures, Set<String> sources, Instant blockedUntil,
                                 boolean noticeSent, boolean noticeDue) {

        static AccountWindow opened(Instant now, AccountWindow previous) {
            Instant blocked = previous == null ? now : previous.blockedUntil;
            return new AccountWindow(now, 0, Set.of(), blocked, false, false);
        }

        boolean isOver(Instant now, Duration window) {
            return !opened.plus(window).isAfter(now);
        }

        AccountWindow failed(String source, Instant now, Limits limits) {
            int count = failures + 1;
            Set<String> seen = sources;
            if (!seen.contains(source) && seen.size() < MAX_ADDRESSES_COUNTED) {
                seen = new HashSet<>(seen);
                seen.add(source);
            }
            Duration delay = delay(count - limits.freePerAccount(), limits.firstDelay(), limits.maxAccountDelay());
            Instant blocked = now.plus(delay).isAfter(blockedUntil) ? now.plus(delay) : blockedUntil;
            boolean due = !noticeSent && count > limits.freePerAccountAndAddress();
            return new AccountWindow(opened, count, seen, blocked, noticeSent || due, due);
        }
    }
}
