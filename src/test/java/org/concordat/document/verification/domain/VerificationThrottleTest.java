package org.concordat.document.verification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerificationThrottleTest {

    static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void anAddressMayAskForTheCapacityAtOnceThenOneEachIntervalWhileOthersAreUnaffected() {
        VerificationThrottle throttle = new VerificationThrottle(3, Duration.ofSeconds(6));
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.empty(), throttle.take("10.0.0.1", T0));
        }
        assertEquals(Optional.of(Duration.ofSeconds(6)), throttle.take("10.0.0.1", T0));
        assertEquals(Optional.of(Duration.ofSeconds(2)), throttle.take("10.0.0.1", T0.plusSeconds(4)));
        assertEquals(Optional.empty(), throttle.take("10.0.0.2", T0), "another address has its own bucket");
        assertEquals(Optional.empty(), throttle.take("10.0.0.1", T0.plusSeconds(6)), "one token earned");
        assertTrue(throttle.take("10.0.0.1", T0.plusSeconds(7)).isPresent());
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.empty(), throttle.take("10.0.0.1", T0.plusSeconds(60)), "full again after a while");
        }
        assertTrue(throttle.take("10.0.0.1", T0.plusSeconds(60)).isPresent(), "but never more than the capacity");
    }

    @Test
    void theStandardLimitIsTenAtOnce() {
        VerificationThrottle throttle = VerificationThrottle.standard();
        for (int i = 0; i < 10; i++) {
            assertEquals(Optional.empty(), throttle.take("192.0.2.7", T0));
        }
        assertTrue(throttle.take("192.0.2.7", T0).isPresent());
    }
}
