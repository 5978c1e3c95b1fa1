package org.concordat.security.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.concordat.security.application.OpenIdConnect;
import org.concordat.security.domain.OidcProvider;

/**
 * Reads the single sign-on settings when the application starts, so that a provider configured wrongly (a setting
 * missing, an unknown role in its map, a domain given twice) stops the deployment with a message naming the setting,
 * instead of failing the first person who tries to sign in. Each provider is then asked for its metadata in the
 * background: one that cannot be reached is logged ({@code event=sso_provider_unreachable}) but does not stop the
 * server — it may be down for a moment, and people whose organisation has no provider must still sign in.
 */
@Singleton
@Startup
public class SingleSignOnStartupCheck {

    private static final Logger LOG = Logger.getLogger(SingleSignOnStartupCheck.class.getName());

    @Inject
    OpenIdConnect oidc;

    @Resource
    ManagedExecutorService executor;

    @PostConstruct
    void check() {
        check(oidc, executor);
    }

    /** The check itself; the providers' metadata read on the executor given. */
    static void check(OpenIdConnect oidc, Executor background) {
        List<OidcProvider> providers = oidc.providers();
        for (OidcProvider provider : providers) {
            background.execute(() -> {
                try {
                    oidc.discover(provider);
                    LOG.info(() -> "event=sso_provider_reachable provider=" + provider.key() + " issuer=" + provider.issuer());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "event=sso_provider_unreachable provider=" + provider.key() + " issuer="
                            + provider.issuer() + " reason=" + e.getMessage());
                }
            });
        }
    }
}
