package org.concordat.document.signing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A signature that could not be made waits longer after each failure, says why, and forgets it once made. */
class SigningJobTest {

    static final Instant APPROVED = Instant.parse("2026-12-06T10:00:00Z");

    static SigningJob job() {
        return new SigningJob(42, 1, "DSA-2026-0042", 3, 7, "Northshire Police", "Pat Signer", "pat@police.example",
                APPROVED, APPROVED);
    }

    @Test
    void aNewJobIsDueAtOnceAndUntried() {
        SigningJob job = job();
        assertEquals(SigningJob.State.SIGNING, job.getState());
        assertEquals(APPROVED, job.getNextAttemptAt());
        assertEquals(0, job.getAttempts());
        assertEquals(APPROVED, job.getDecidedAt(), "the signature is made as at the approval");
    }

    @Test
    void eachFailureDoublesTheWaitUpToTenMinutes() {
        SigningJob job = job();
        Instant at = APPROVED;
        long[] expected = {5, 10, 20, 40, 80, 160, 320, 600, 600};
        for (long seconds : expected) {
            at = at.plusSeconds(1);
            job.failed("The signing key cannot be unlocked", at);
            assertEquals(at.plus(Duration.ofSeconds(seconds)), job.getNextAttemptAt(), "after attempt " + job.getAttempts());
        }
        assertEquals(expected.length, job.getAttempts());
        assertEquals(SigningJob.State.SIGNING, job.getState(), "a failure never ends the job: it is tried again");
        for (int i = 0; i < 100; i++) {
            job.failed("again", at);
        }
        assertEquals(at.plus(Duration.ofMinutes(10)), job.getNextAttemptAt(), "however many failures");
    }

    @Test
    void theReasonIsKeptWithinItsColumnAndClearedOnceSigned() {
        SigningJob job = job();
        job.failed("x".repeat(1500), APPROVED);
        assertEquals(1000, job.getLastError().length());
        job.signed(APPROVED.plusSeconds(30));
        assertEquals(SigningJob.State.SIGNED, job.getState());
        assertNull(job.getLastError());
        assertEquals(1, job.getAttempts(), "how many attempts failed stays on record");
    }
}
