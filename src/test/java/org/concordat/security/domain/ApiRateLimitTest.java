package org.concordat.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.concordat.security.domain.ApiRateLimit.Limit;
import org.junit.jupiter.api.Test;

class ApiRateLimitTest {

    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    final ApiRateLimit limit = new ApiRateLimit(new Limit(5, 10));

    @Test
    void aBurstUpToItsSizeGoesThroughAtOnceAndTheNextIsToldHowLongToWait() {
        for (int i = 0; i < 10; i++) {
            assertEquals(Optional.empty(), limit.take("token-a", T0), "request " + (i + 1));
        }
        assertEquals(Optional.of(Duration.ofMillis(200)), limit.take("token-a", T0), "one more at 5 a second: 0.2 s");
    }

    @Test
    void theBucketRefillsAtTheRateAndNeverBeyondTheBurst() {
        for (int i = 0; i < 10; i++) {
            limit.take("token-a", T0);
        }
        assertTrue(limit.take("token-a", T0.plusMillis(100)).isPresent(), "half a request earned is not one");
        assertEquals(Optional.empty(), limit.take("token-a", T0.plusMillis(200)));
        Instant later = T0.plusSeconds(3600);
        for (int i = 0; i < 10; i++) {
            assertEquals(Optional.empty(), limit.take("token-a", later), "an idle hour refills to the burst, " + i);
        }
        assertTrue(limit.take("token-a", later).isPresent(), "and no further");
    }

    @Test
    void aSustainedRateAtTheLimitIsNeverRefused() {
        Instant t = T0;
        for (int i = 0; i < 1000; i++) {
            assertEquals(Optional.empty(), limit.take("token-a", t), "request " + i);
            t = t.plusMillis(200);
        }
    }

    @Test
    void oneTokenOverItsLimitLeavesAnotherUntouched() {
        for (int i = 0; i < 20; i++) {
            limit.take("token-a", T0);
        }
        assertTrue(limit.take("token-a", T0).isPresent());
        assertEquals(Optional.empty(), limit.take("token-b", T0));
    }

    @Test
    void refusedRequestsDoNotDeepenTheDebt() {
        for (int i = 0; i < 50; i++) {
            limit.take("token-a", T0);
        }
        assertEquals(Optional.empty(), limit.take("token-a", T0.plusMillis(200)), "one earned after 0.2 s, however many were refused");
    }

    @Test
    void aLimitNeedsAPositiveRateAndBurst() {
        assertThrows(IllegalArgumentException.class, () -> new Limit(0, 10));
        assertThrows(IllegalArgumentException.class, () -> new Limit(Double.NaN, 10));
        assertThrows(IllegalArgumentException.class, () -> new Limit(5, 0));
    }
}
