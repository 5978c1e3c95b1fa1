package org.concordat.security.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.concordat.security.domain.ApiRateLimit.Limit;
import org.junit.jupiter.api.Test;

class ApiRateLimitsTest {

    @Test
    void byDefaultFiftyASecondInBurstsOfAHundred() {
        assertEquals(new Limit(50, 100), ApiRateLimits.configured(k -> null, k -> null));
    }

    @Test
    void theEnvironmentSetsTheRateAndTheBurstFollowsItUnlessSetToo() {
        assertEquals(new Limit(200, 400), ApiRateLimits.configured(k -> null, Map.of("CONCORDAT_API_RATE_LIMIT", "200")::get));
        assertEquals(new Limit(200, 20), ApiRateLimits.configured(k -> null,
                Map.of("CONCORDAT_API_RATE_LIMIT", "200", "CONCORDAT_API_RATE_BURST", "20")::get));
        assertEquals(new Limit(0.5, 1), ApiRateLimits.configured(k -> null, Map.of("CONCORDAT_API_RATE_LIMIT", "0.5")::get));
    }

    @Test
    void systemPropertiesWinOverTheEnvironment() {
        assertEquals(new Limit(2, 3), ApiRateLimits.configured(
                Map.of("concordat.api.rate-limit", "2", "concordat.api.rate-burst", "3")::get,
                Map.of("CONCORDAT_API_RATE_LIMIT", "200", "CONCORDAT_API_RATE_BURST", "400")::get));
    }

    @Test
    void aValueThatIsNotAPositiveNumberIsIgnored() {
        assertEquals(new Limit(50, 100), ApiRateLimits.configured(k -> null, Map.of("CONCORDAT_API_RATE_LIMIT", "lots")::get));
        assertEquals(new Limit(50, 100), ApiRateLimits.configured(Map.of("concordat.api.rate-limit", "-3")::get, k -> null));
        assertEquals(new Limit(20, 40), ApiRateLimits.configured(Map.of("concordat.api.rate-limit", "0")::get,
                Map.of("CONCORDAT_API_RATE_LIMIT", "20")::get));
    }
}
