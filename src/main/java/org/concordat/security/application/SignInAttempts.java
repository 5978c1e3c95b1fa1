package org.concordat.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.concordat.security.domain.LoginThrottle;

/**
 * The sign-in throttle for this server. Kept in memory: on a cluster each node throttles on its own, which
 * still multiplies a guesser's cost by the delay on every node they reach.
 */
@ApplicationScoped
public class SignInAttempts {

    private final LoginThrottle throttle = LoginThrottle.standard();

    @Inject
    Clock clock;

    public Optional<Duration> waitBeforeAttempt(String email, String source) {
        return throttle.waitBeforeAttempt(email, source, clock.instant());
    }

    public void failed(String email, String source) {
        throttle.recordFailure(email, source, clock.instant());
    }

    public void succeeded(String email) {
        throttle.recordSuccess(email);
    }
}
