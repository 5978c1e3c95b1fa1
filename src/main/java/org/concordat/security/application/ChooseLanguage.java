package org.concordat.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.concordat.security.domain.UserAccount;
import org.concordat.security.domain.UserRepository;
import org.concordat.shared.application.AccessGuard;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.Language;
import org.concordat.shared.domain.NotFoundException;

/**
 * A signed-in user chooses the language they read Concordat in (the switch at the top of every page): kept with
 * their account, so that their pages are in it at their next sign-in, on any device, and their e-mails from now on.
 */
@ApplicationScoped
public class ChooseLanguage {

    @Inject
    UserRepository users;

    @Inject
    AccessGuard guard;

    @Inject
    Clock clock;

    @Transactional
    public void choose(Language language) {
        Caller caller = guard.signedIn();
        UserAccount user = users.find(caller.userId()).orElseThrow(() -> new NotFoundException("User"));
        if (user.getLanguage().orElse(null) != language) {
            user.chooseLanguage(language, clock.instant());
        }
    }
}
