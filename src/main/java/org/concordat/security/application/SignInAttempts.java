package org.concordat.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.concordat.security.domain.LoginThrottle;
import org.concordat.security.domain.LoginThrottle.GuessingNotice;

/**
 * The sign-in throttle for this server. Kept in memory: on a cluster each node throttles on its own, which
 * still multiplies a guesser's cost by the delay on every node they reach. When an account is being guessed at,
 * a {@link GuessingNotice} is fired (at most once an hour per account) so that its holder is told.
 */
@ApplicationScoped
public class SignInAttempts {

    private static final Logger LOG = Logger.getLogger(SignInAttempts.class.getName());

    private final LoginThrottle throttle = LoginThrottle.standard();

    @Inject
    Clock clock;

    @Inject
    SecurityEvents events;

    @Inject
    Event<GuessingNotice> notices;

    public Optional<Duration> waitBeforeAttempt(String email, String source) {
        return throttle.waitBeforeAttempt(email, source, clock.instant());
    }

    public void failed(String email, String source) {
        throttle.recordFailure(email, source, clock.instant()).ifPresent(this::tell);
    }

    public void succeeded(String email, String source) {
        throttle.recordSuccess(email, source, clock.instant());
    }

    private void tell(GuessingNotice notice) {
        events.accountGuessedAt(notice);
        try {
            notices.fire(notice);
        } catch (RuntimeException e) {
            // Telling the holder must never change the answer to the attempt itself.
            LOG.log(Level.WARNING, "event=sign_in_guessing_notice outcome=failed reason={0}", e.getClass().getSimpleName());
        }
    }
}
