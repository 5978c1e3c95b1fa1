package org.concordat.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import org.concordat.security.domain.ApiRateLimit;
import org.concordat.security.domain.ApiRateLimit.Limit;

/**
 * The API's rate limit per token on this node: {@code CONCORDAT_API_RATE_LIMIT} requests a second (default
 * {@value #DEFAULT_PER_SECOND}), in bursts of up to {@code CONCORDAT_API_RATE_BURST} (default twice the rate). The
 * system properties {@code concordat.api.rate-limit} and {@code concordat.api.rate-burst}, when set, win over the
 * environment and are read at every request, so that an administrator can change the limit on a running server
 * (jboss-cli {@code /system-property=concordat.api.rate-limit:add(value=…)}); every token then starts afresh.
 */
@ApplicationScoped
public class ApiRateLimits {

    static final double DEFAULT_PER_SECOND = 50;
    static final String RATE_PROPERTY = "concordat.api.rate-limit";
    static final String BURST_PROPERTY = "concordat.api.rate-burst";
    static final String RATE_VARIABLE = "CONCORDAT_API_RATE_LIMIT";
    static final String BURST_VARIABLE = "CONCORDAT_API_RATE_BURST";

    private static final Logger LOG = Logger.getLogger(ApiRateLimits.class.getName());

    @Inject
    Clock clock;

    /** What the settings said when the limiter was made, and the limiter: rebuilt only when they change. */
    private record State(List<String> settings, ApiRateLimit limiter) {
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
        List<String> settings = Arrays.asList(System.getProperty(RATE_PROPERTY), System.getProperty(BURST_PROPERTY),
                System.getenv(RATE_VARIABLE), System.getenv(BURST_VARIABLE));
        State current = state;
        if (current != null && current.settings().equals(settings)) {
            return current.limiter();
        }
        synchronized (this) {
            current = state;
            if (current == null || !current.settings().equals(settings)) {
                Limit wanted = configured(System::getProperty, System::getenv);
                ApiRateLimit limiter = current != null && current.limiter().limit().equals(wanted)
                        ? current.limiter() : new ApiRateLimit(wanted);
                LOG.info(() -> "event=api_rate_limit per_second=" + wanted.perSecond() + " burst=" + wanted.burst());
                current = new State(settings, limiter);
                state = current;
            }
            return current.limiter();
        }
    }

    /** The limit the properties (first) or the environment ask for; a value that is not a positive number is ignored. */
    static Limit configured(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        double perSecond = number(properties.apply(RATE_PROPERTY), environment.apply(RATE_VARIABLE))
                .orElse(DEFAULT_PER_SECOND);
        double burst = number(properties.apply(BURST_PROPERTY), environment.apply(BURST_VARIABLE))
                .orElse(Math.max(1, 2 * perSecond));
        return new Limit(perSecond, (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.floor(burst))));
    }

    private static Optional<Double> number(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                try {
                    double value = Double.parseDouble(candidate.trim());
                    if (value > 0 && !Double.isInfinite(value)) {
                        return Optional.of(value);
                    }
                } catch (NumberFormatException e) {
                    // fall through to the next candidate, then the default
                }
                LOG.warning(() -> "event=api_rate_limit outcome=ignored reason=\"not a positive number\"");
            }
        }
        return Optional.empty();
    }
}
