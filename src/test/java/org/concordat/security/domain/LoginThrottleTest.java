package org.concordat.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
    final LoginThrottle throttle = LoginThrottle.standard();

    @Test
    void fiveMistakesAreFree() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("sam@example.org", "10.0.0.1", T0.plusSeconds(i));
        }
        assertEquals(Optional.empty(), throttle.waitBeforeAttempt("sam@example.org", "10.0.0.1", T0.plusSeconds(5)));
    }

    @Test
    void eachFailureBeyondTheFreeOnesDoublesTheWait() {
        for (int i = 0; i < 6; i++) {
            throttle.recordFailure("sam@example.org", "10.0.0.1", T0);
        }
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.waitBeforeAttempt("sam@example.org", "10.0.0.9", T0));
        throttle.recordFailure("sam@example.org", "10.0.0.1", T0);
        assertEquals(Optional.of(Duration.ofSeconds(60)), throttle.waitBeforeAttempt("sam@example.org", "10.0.0.9", T0));
        assertEquals(Optional.empty(), throttle.waitBeforeAttempt("sam@example.org", "10.0.0.9", T0.plusSeconds(61)));
    }

    @Test
    void theWaitNeverExceedsFifteenMinutes() {
        for (int i = 0; i < 40; i++) {
            throttle.recordFailure("sam@example.org", "10.0.0." + i, T0);
        }
        assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.waitBeforeAttempt("sam@example.org", "10.1.1.1", T0));
    }

    @Test
    void accountNamesAreComparedWithoutCaseOrSpaces() {
        for (int i = 0; i < 6; i++) {
            throttle.recordFailure(" Sam@Example.org", "10.0.0." + i, T0);
        }
        assertTrue(throttle.waitBeforeAttempt("sam@example.org", "10.9.9.9", T0).isPresent());
    }

    @Test
    void aSourceGuessingManyAccountsIsSlowedDownToo() {
        for (int i = 0; i < 21; i++) {
            throttle.recordFailure("user" + i + "@example.org", "203.0.113.7", T0);
        }
        assertTrue(throttle.waitBeforeAttempt("someone.new@example.org", "203.0.113.7", T0).isPresent());
        assertEquals(Optional.empty(), throttle.waitBeforeAttempt("someone.new@example.org", "198.51.100.1", T0));
    }

    @Test
    void successClearsTheAccountButNotTheSource() {
        for (int i = 0; i < 21; i++) {
            throttle.recordFailure("sam@example.org", "203.0.113.7", T0);
        }
        throttle.recordSuccess("sam@example.org");
        assertEquals(Optional.empty(), throttle.waitBeforeAttempt("sam@example.org", "198.51.100.1", T0));
        assertTrue(throttle.waitBeforeAttempt("sam@example.org", "203.0.113.7", T0).isPresent());
    }

    @Test
    void anHourWithoutFailuresStartsAfresh() {
        for (int i = 0; i < 6; i++) {
            throttle.recordFailure("sam@example.org", "10.0.0.1", T0);
        }
        Instant later = T0.plus(Duration.ofMinutes(61));
        throttle.recordFailure("sam@example.org", "10.0.0.1", later);
        assertEquals(Optional.empty(), throttle.waitBeforeAttempt("sam@example.org", "10.0.0.1", later));
    }
}
