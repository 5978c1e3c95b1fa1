package org.concordat.security.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.concordat.security.domain.ApiRateLimit.Limit;
import org.concordat.shared.application.Settings;
import org.junit.jupiter.api.Test;

class ApiRateLimitsTest {

    private static Limit configured(Map<String, String> settings) {
        return ApiRateLimits.configured(Settings.of(settings));
    }

    @Test
    void byDefaultFiftyASecondInBurstsOfAHundred() {
        assertEquals(new Limit(50, 100), configured(Map.of()));
    }

    @Test
    void theEnvironmentSetsTheRateAndTheBurstFollowsItUnlessSetToo() {
        assertEquals(new Limit(200, 400), configured(Map.of("CONCORDAT_API_RATE_LIMIT", "200")));
        assertEquals(new Limit(200, 20), configured(Map.of("CONCORDAT_API_RATE_LIMIT", "200", "CONCORDAT_API_RATE_BURST", "20")));
        assertEquals(new Limit(0.5, 1), configured(Map.of("CONCORDAT_API_RATE_LIMIT", "0.5")));
    }

    /** MicroProfile Config gives a system property precedence over the environment; a map of settings does the same. */
    @Test
    void thePropertyNameWinsOverTheEnvironmentVariable() {
        assertEquals(new Limit(2, 3), configured(Map.of("concordat.api.rate-limit", "2", "concordat.api.rate-burst", "3",
                "CONCORDAT_API_RATE_LIMIT", "200", "CONCORDAT_API_RATE_BURST", "400")));
    }

    @Test
    void aValueThatIsNotAPositiveNumberIsIgnored() {
        assertEquals(new Limit(50, 100), configured(Map.of("CONCORDAT_API_RATE_LIMIT", "lots")));
        assertEquals(new Limit(50, 100), configured(Map.of("concordat.api.rate-limit", "-3")));
        assertEquals(new Limit(50, 100), configured(Map.of("concordat.api.rate-limit", "0")));
        assertEquals(new Limit(20, 40), configured(Map.of("CONCORDAT_API_RATE_LIMIT", "20", "CONCORDAT_API_RATE_BURST", "Infinity")));
    }
}
