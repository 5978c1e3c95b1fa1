package org.concordat.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.concordat.security.domain.ApiRateLimit;
import org.concordat.security.domain.ApiRateLimit.Limit;
import org.concordat.shared.application.Settings;

/**
 * The API's rate limit per token on this node: {@code CONCORDAT_API_RATE_LIMIT} requests a second (default
 * {@value Settings#DEFAULT_API_RATE_LIMIT}), in bursts of up to {@code CONCORDAT_API_RATE_BURST} (default twice the rate). The
 * system properties {@code concordat.api.rate-limit} and {@code concordat.api.rate-burst}, when set, win over the
 * environment and are read at every request, so that an administrator can change the limit on a running server
 * (jboss-cli {@code /system-property=concordat.api.rate-limit:add(value=…)}); every token then starts afresh.
 */
@ApplicationScoped
public class ApiRateLimits {

    private static final Logger LOG = Logger.getLogger(ApiRateLimits.class.getName());

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    /** The limit when the limiter was made, and the limiter: rebuilt only when the settings ask for another limit. */
    private record State(Limit limit, ApiRateLimit limiter) {
    }

    private volatile State state;

    /**
     * Counts a request made with this (authenticated) token; empty when it may go ahead, otherwise how long to wait.
     * Tokens are told apart by their SHA-256, as they are stored.
     */
    public Optional<Duration> take(String presentedToken) {
        return limiter().take(ApiTokens.sha256(presentedToken), clock.instant());
    }

    /** The limit in force. */
    public Limit limit() {
        return limiter().limit();
    }

    private ApiRateLimit limiter() {
        Limit wanted = configured(settings);
        State current = state;
        if (current != null && current.limit().equals(wanted)) {
            return current.limiter();
        }
        synchronized (this) {
            current = state;
            if (current == null || !current.limit().equals(wanted)) {
                LOG.info(() -> "event=api_rate_limit per_second=" + wanted.perSecond() + " burst=" + wanted.burst());
                current = new State(wanted, new ApiRateLimit(wanted));
                state = current;
            }
            return current.limiter();
        }
    }

    /** The limit the settings ask for; a value that is not a positive number is ignored (Settings warns about it). */
    static Limit configured(Settings settings) {
        double perSecond = settings.apiRateLimit().orElse(Settings.DEFAULT_API_RATE_LIMIT);
        double burst = settings.apiRateBurst().orElse(Math.max(1, 2 * perSecond));
        return new Limit(perSecond, (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.floor(burst))));
    }
}
