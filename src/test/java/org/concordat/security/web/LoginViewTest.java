package org.concordat.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginViewTest {

    @Test
    void waitsAreRoundedUpNeverDown() {
        assertEquals("30 seconds", LoginView.describe(Duration.ofMillis(29_001)));
        assertEquals("1 seconds", LoginView.describe(Duration.ofMillis(1)));
        assertEquals("89 seconds", LoginView.describe(Duration.ofSeconds(89)));
        assertEquals("2 minutes", LoginView.describe(Duration.ofSeconds(91)));
        assertEquals("15 minutes", LoginView.describe(Duration.ofMinutes(15)));
    }
}
