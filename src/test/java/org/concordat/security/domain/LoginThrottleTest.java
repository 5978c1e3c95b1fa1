package org.concordat.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.concordat.security.domain.LoginThrottle.GuessingNotice;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
    static final String SAM = "sam@example.org";
    static final String ATTACKER = "203.0.113.7";
    static final String SAMS_OFFICE = "198.51.100.1";
    final LoginThrottle throttle = LoginThrottle.standard();

    @Test
    void fiveMistakesAreFree() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(SAM, "10.0.0.1", T0.plusSeconds(i));
        }
        assertEquals(Optional.empty(), throttle.waitBeforeAttempt(SAM, "10.0.0.1", T0.plusSeconds(5)));
    }

    @Test
    void eachFailureFromAnAddressBeyondTheFreeOnesDoublesItsWait() {
        for (int i = 0; i < 6; i++) {
            throttle.recordFailure(SAM, "10.0.0.1", T0);
        }
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.waitBeforeAttempt(SAM, "10.0.0.1", T0));
        throttle.recordFailure(SAM, "10.0.0.1", T0);
        assertEquals(Optional.of(Duration.ofSeconds(60)), throttle.waitBeforeAttempt(SAM, "10.0.0.1", T0));
        assertEquals(Optional.empty(), throttle.waitBeforeAttempt(SAM, "10.0.0.1", T0.plusSeconds(61)));
    }

    @Test
    void theWaitAtOneAddressNeverExceedsFifteenMinutes() {
        for (int i = 0; i < 25; i++) {
            throttle.recordFailure(SAM, ATTACKER, T0);
        }
        assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.waitBeforeAttempt(SAM, ATTACKER, T0));
    }

    /** The lock-out abuse: before, six wrong guesses from anywhere locked Sam out everywhere for up to 15 minutes. */
    @Test
    void guessingFromOneAddressNeverLocksTheHolderOutAtAnother() {
        Instant t = T0;
        int guesses = 0;
        for (Instant end = T0.plus(Duration.ofDays(2)); t.isBefore(end); t = t.plusSeconds(1)) {
            if (throttle.waitBeforeAttempt(SAM, ATTACKER, t).isEmpty()) {
                throttle.recordFailure(SAM, ATTACKER, t);
                guesses++;
            }
            if (t.getEpochSecond() % 60 == 0) {
                assertEquals(Optional.empty(), throttle.waitBeforeAttempt(SAM, SAMS_OFFICE, t), "Sam at the office, " + t);
            }
        }
        assertTrue(guesses < 2 * 24 * 5, "the guessing address itself is slowed to four guesses an hour: " + guesses);
        assertTrue(throttle.waitBeforeAttempt(SAM, ATTACKER, t).isPresent());
    }

    @Test
    void manyAddressesGuessingAtOneAccountAreStillSlowed() {
        for (int i = 0; i < 30; i++) {
            throttle.recordFailure(SAM, "10.1.0." + i, T0);
        }
        assertEquals(Optional.empty(), throttle.waitBeforeAttempt(SAM, "10.2.0.1", T0), "30 failures in an hour are free");
        throttle.recordFailure(SAM, "10.1.0.31", T0);
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.waitBeforeAttempt(SAM, "10.2.0.1", T0),
                "then any new address waits, doubling");
        throttle.recordFailure(SAM, "10.1.0.32", T0);
        assertEquals(Optional.of(Duration.ofSeconds(60)), throttle.waitBeforeAttempt(SAM, "10.2.0.2", T0));
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure(SAM, "10.3.0." + i, T0);
        }
        assertEquals(Optional.of(Duration.ofMinutes(5)), throttle.waitBeforeAttempt(SAM, "10.2.0.3", T0),
                "up to five minutes, softer than one address's fifteen");
        assertEquals(Optional.empty(), throttle.waitBeforeAttempt("someone.else@example.org", "10.2.0.3", T0),
                "other accounts are untouched");
    }

    @Test
    void anAddressTheHolderSignedInFromIsSparedTheAccountWideWait() {
        throttle.recordSuccess(SAM, SAMS_OFFICE, T0);
        for (int i = 0; i < 40; i++) {
            throttle.recordFailure(SAM, "10.1.0." + i, T0.plusSeconds(60));
        }
        assertTrue(throttle.waitBeforeAttempt(SAM, "10.2.0.1", T0.plusSeconds(60)).isPresent());
        assertEquals(Optional.empty(), throttle.waitBeforeAttempt(SAM, SAMS_OFFICE, T0.plusSeconds(60)));
        LoginThrottle later = LoginThrottle.standard();
        later.recordSuccess(SAM, SAMS_OFFICE, T0);
        Instant monthLater = T0.plus(Duration.ofDays(31));
        for (int i = 0; i < 40; i++) {
            later.recordFailure(SAM, "10.1.0." + i, monthLater);
        }
        assertTrue(later.waitBeforeAttempt(SAM, SAMS_OFFICE, monthLater).isPresent(), "an address is remembered for 30 days");
    }

    @Test
    void theHolderIsToldOnceAWindowWhenTheAccountFailsMoreThanOneAddressMayAndNeverBefore() {
        List<GuessingNotice> notices = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(SAM, SAMS_OFFICE, T0.plusSeconds(i)).ifPresent(notices::add);
        }
        assertEquals(List.of(), notices, "five mistakes are nobody's business");
        throttle.recordFailure(SAM, ATTACKER, T0.plusSeconds(10)).ifPresent(notices::add);
        assertEquals(List.of(new GuessingNotice(SAM, 6, 2, T0)), notices, "the sixth failure in the hour tells the holder");
        for (int i = 0; i < 40; i++) {
            throttle.recordFailure(SAM, "10.1.0." + i, T0.plusSeconds(20 + i)).ifPresent(notices::add);
        }
        assertEquals(1, notices.size(), "once in the window, not at every attempt");

        Instant nextHour = T0.plus(Duration.ofMinutes(61));
        for (int i = 0; i < 6; i++) {
            throttle.recordFailure(SAM, "10.4.0." + i, nextHour.plusSeconds(i)).ifPresent(notices::add);
        }
        assertEquals(2, notices.size(), "a new window, a new notice");
        assertEquals(new GuessingNotice(SAM, 6, 6, nextHour), notices.get(1));
    }

    @Test
    void accountNamesAreComparedWithoutCaseOrSpaces() {
        for (int i = 0; i < 6; i++) {
            throttle.recordFailure(" Sam@Example.org", "10.0.0.1", T0);
        }
        assertTrue(throttle.waitBeforeAttempt(SAM, "10.0.0.1", T0).isPresent());
    }

    @Test
    void aSourceGuessingManyAccountsIsSlowedDownToo() {
        for (int i = 0; i < 21; i++) {
            throttle.recordFailure("user" + i + "@example.org", ATTACKER, T0);
        }
        assertTrue(throttle.waitBeforeAttempt("someone.new@example.org", ATTACKER, T0).isPresent());
        assertEquals(Optional.empty(), throttle.waitBeforeAttempt("someone.new@example.org", SAMS_OFFICE, T0));
    }

    @Test
    void successClearsTheAccountAtThatAddressButNotTheAddress() {
        for (int i = 0; i < 21; i++) {
            throttle.recordFailure(SAM, ATTACKER, T0);
        }
        throttle.recordSuccess(SAM, ATTACKER, T0);
        assertTrue(throttle.waitBeforeAttempt(SAM, ATTACKER, T0).isPresent(), "the address's own record stands");
        for (int i = 0; i < 6; i++) {
            throttle.recordFailure(SAM, "10.0.0.1", T0);
        }
        throttle.recordSuccess(SAM, "10.0.0.1", T0);
        assertEquals(Optional.empty(), throttle.waitBeforeAttempt(SAM, "10.0.0.1", T0));
    }

    @Test
    void anHourWithoutFailuresStartsAfresh() {
        for (int i = 0; i < 6; i++) {
            throttle.recordFailure(SAM, "10.0.0.1", T0);
        }
        Instant later = T0.plus(Duration.ofMinutes(61));
        throttle.recordFailure(SAM, "10.0.0.1", later);
        assertEquals(Optional.empty(), throttle.waitBeforeAttempt(SAM, "10.0.0.1", later));
    }
}
