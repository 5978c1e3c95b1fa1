package org.concordat.security.domain;

import java.time.Duration;
import java.time.Instant;

/** What authenticating a request needs of a usable API token: whose it is, and when its use was last written. */
public record TokenUse(long tokenId, long userId, Instant lastUsedAt) {

    /** How often "last used" is written: a busy partner system must not turn every read into a write. */
    static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

    /** Whether a use now is worth writing down: the last one recorded is older than the granularity. */
    public boolean worthRecording(Instant now) {
        return lastUsedAt == null || lastUsedAt.plus(LAST_USED_GRANULARITY).isBefore(now);
    }
}
