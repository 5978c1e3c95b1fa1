package org.concordat.security.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concordat.security.application.OpenIdConnect;
import org.concordat.security.domain.OidcProvider;
import org.junit.jupiter.api.Test;

/** At start-up a wrong provider setting stops the deployment; a provider that cannot be reached does not. */
class SingleSignOnStartupCheckTest {

    private final Map<String, String> env = new HashMap<>(Map.of(
            "CONCORDAT_OIDC_PROVIDERS", "council,police",
            "CONCORDAT_OIDC_COUNCIL_ISSUER", "https://login.example/council",
            "CONCORDAT_OIDC_COUNCIL_CLIENT_ID", "concordat",
            "CONCORDAT_OIDC_COUNCIL_CLIENT_SECRET", "s3cret",
            "CONCORDAT_OIDC_COUNCIL_ORGANISATION", "Northshire County Council",
            "CONCORDAT_OIDC_COUNCIL_DOMAINS", "council.northshire.example",
            "CONCORDAT_OIDC_POLICE_ISSUER", "https://login.example/police",
            "CONCORDAT_OIDC_POLICE_CLIENT_ID", "concordat",
            "CONCORDAT_OIDC_POLICE_CLIENT_SECRET", "s3cret",
            "CONCORDAT_OIDC_POLICE_ORGANISATION", "Northshire Police"));
    private final List<String> asked = new ArrayList<>();

    /** The settings as the server reads them; the police's provider cannot be reached. */
    private final OpenIdConnect oidc = new OpenIdConnect() {
        @Override
        public List<OidcProvider> providers() {
            return new OidcSettings(env::get).providers();
        }

        @Override
        public void discover(OidcProvider provider) {
            asked.add(provider.key());
            if (provider.key().equals("police")) {
                throw new SignOnRefused(Reason.PROVIDER_UNAVAILABLE, "connection refused");
            }
        }

        @Override
        public Optional<String> publicBaseUrl() {
            return Optional.empty();
        }

        @Override
        public Start start(OidcProvider provider, String redirectUri, String loginHint) {
            throw new UnsupportedOperationException();
        }

        @Override
        public VerifiedIdentity complete(OidcProvider provider, PendingSignOn pending, URI callback) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<URI> endSession(OidcProvider provider, String postLogoutRedirectUri, Optional<String> idTokenHint) {
            return Optional.empty();
        }
    };

    @Test
    void aProviderConfiguredWronglyStopsTheStartWithTheSettingNamed() {
        // The police's domains are missing.
        IllegalStateException stopped = assertThrows(IllegalStateException.class, () -> SingleSignOnStartupCheck.check(oidc, Runnable::run));
        assertEquals("CONCORDAT_OIDC_POLICE_DOMAINS must be set", stopped.getMessage());
        assertTrue(asked.isEmpty(), "nothing is asked of a provider until every setting is right");
    }

    @Test
    void aProviderThatCannotBeReachedIsLoggedAndTheStartGoesOn() {
        env.put("CONCORDAT_OIDC_POLICE_DOMAINS", "northshire.police.example");
        SingleSignOnStartupCheck.check(oidc, Runnable::run);
        assertEquals(List.of("council", "police"), asked, "each provider's metadata read once, the unreachable one too");
    }
}
