package org.concordat.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginViewTest {

    @Test
    void waitsAreRoundedUpNeverDown() {
        assertEquals(new LoginView.Wait("login.waitSeconds", 30), LoginView.describe(Duration.ofMillis(29_001)));
        assertEquals(new LoginView.Wait("login.waitSeconds", 1), LoginView.describe(Duration.ofMillis(1)));
        assertEquals(new LoginView.Wait("login.waitSeconds", 89), LoginView.describe(Duration.ofSeconds(89)));
        assertEquals(new LoginView.Wait("login.waitMinutes", 2), LoginView.describe(Duration.ofSeconds(91)));
        assertEquals(new LoginView.Wait("login.waitMinutes", 15), LoginView.describe(Duration.ofMinutes(15)));
    }
}
