package org.concordat.it.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Approvals are signed after they commit, by a worker (see docs/architecture.md): a test that reads a signed document
 * right after an approval waits for its signatures first, for a bounded time.
 */
public final class SigningOutbox {

    /** Long enough for a signature on a busy machine, short enough to fail a test that would never see it. */
    public static final Duration PATIENCE = Duration.ofSeconds(60);

    private SigningOutbox() {
    }

    /** Waits until no signature of the version is still being made. */
    public static void awaitSigned(long versionId) {
        await(() -> ((Number) Database.single("select count(*) from signing_outbox where agreement_version_id = ? and"
                + " state = 'SIGNING'", versionId)).longValue() == 0, "the signatures of version " + versionId);
    }

    /** Waits until the condition holds, checking every 200 ms, and fails saying what was awaited. */
    public static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + PATIENCE.toSeconds() + " s for " + what + "; the outbox holds "
                        + Database.query("select * from signing_outbox order by id desc limit 5"));
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
        }
    }
}
