package org.concordat.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void threeRandomWordsAreFine() {
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("kettle-orbit-meadow", "sam.patel@example.org"));
    }

    @Test
    void shortPasswordsAreRefusedWithAdvice() {
        assertTrue(PasswordPolicy.problemWith("Sh0rt!pass", "sam@example.org").orElseThrow().contains("at least 12"));
        assertTrue(PasswordPolicy.problemWith(null, "sam@example.org").isPresent());
    }

    @Test
    void veryLongPasswordsAreRefused() {
        assertTrue(PasswordPolicy.problemWith("a1b2c3d4".repeat(17), "sam@example.org").orElseThrow().contains("at most 128"));
    }

    @Test
    void repetitionIsRefused() {
        assertTrue(PasswordPolicy.problemWith("aaaaaaaaaaaaaaaa", "sam@example.org").isPresent());
        assertTrue(PasswordPolicy.problemWith("abababababababab", "sam@example.org").isPresent());
    }

    @Test
    void theEmailNameIsRefusedInsideThePassword() {
        assertEquals("Do not use your email address in your password.",
                PasswordPolicy.problemWith("my-SAM.PATEL-password", "sam.patel@example.org").orElseThrow());
    }

    @Test
    void veryShortEmailNamesAreNotTreatedAsSecrets() {
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("jo-likes-long-walks", "jo@example.org"));
    }
}
