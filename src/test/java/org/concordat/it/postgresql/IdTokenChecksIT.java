package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.concordat.shared.application.Settings;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concordat.it.support.Keycloak;
import org.concordat.security.application.OpenIdConnect.Reason;
import org.concordat.security.application.OpenIdConnect.SignOnRefused;
import org.concordat.security.application.OpenIdConnect.VerifiedIdentity;
import org.concordat.security.domain.OidcProvider;
import org.concordat.security.infrastructure.NimbusOpenIdConnect;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ID token checks single sign-on relies on, with real tokens of the test Keycloak and the very class the server
 * runs (its clock skew from the same environment, 5 s here): a genuine token passes; a tampered one, one of another
 * issuer, one for another client, one with another nonce and one expired are each refused. The browser's leg, where
 * these tokens arrive from the token endpoint, is SingleSignOnIT.
 */
class IdTokenChecksIT {

    static final OidcProvider COUNCIL = provider("council-checks", "concordat", "concordat", Keycloak.COUNCIL_SECRET);

    /** Configured as the server is, from the environment failsafe gives both (pom.xml). */
    final NimbusOpenIdConnect oidc = new NimbusOpenIdConnect(Settings.of(System.getenv()));

    @BeforeAll
    static void provider() throws InterruptedException {
        Keycloak.awaitReady();
    }

    static OidcProvider provider(String key, String realm, String clientId, String secret) {
        return new OidcProvider(key, Keycloak.issuer(realm), clientId, secret, "SSO Test Council",
                Set.of("council.sso.test"), Optional.empty(), Map.of());
    }

    static String idToken(String realm, String clientId, String secret, String user) {
        return Keycloak.tokens(realm, clientId, secret, user).getString("id_token");
    }

    @Test
    void aGenuineTokenPasses() {
        VerifiedIdentity identity = oidc.verify(COUNCIL, idToken("concordat", "concordat", Keycloak.COUNCIL_SECRET, "ben"), null);
        assertEquals(Keycloak.issuer("concordat"), identity.issuer());
        assertEquals(Optional.of("ben@council.sso.test"), identity.email());
        assertTrue(!identity.subject().isBlank());
    }

    @Test
    void aTamperedTokenIsRefused() {
        String token = idToken("concordat", "concordat", Keycloak.COUNCIL_SECRET, "ben");
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = payload.replace("ben@council.sso.test", "anna@council.sso.test");
        assertTrue(!forged.equals(payload));
        String tamperedClaims = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertRefused(() -> oidc.verify(COUNCIL, tamperedClaims, null));

        char last = parts[2].charAt(10);
        String tamperedSignature = parts[0] + "." + parts[1] + "." + parts[2].substring(0, 10)
                + (last == 'A' ? 'B' : 'A') + parts[2].substring(11);
        assertRefused(() -> oidc.verify(COUNCIL, tamperedSignature, null));

        String unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
                + "." + parts[1] + ".";
        assertRefused(() -> oidc.verify(COUNCIL, unsigned, null));
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        // The police's realm signs its own, genuine token for a client of the same name: not the council's issuer.
        String other = idToken("other", "concordat", "it-concordat-other-secret-2026", "ben");
        assertRefused(() -> oidc.verify(COUNCIL, other, null));
    }

    @Test
    void aTokenForAnotherClientIsRefused() {
        String forOther = idToken("concordat", "another-application", "it-another-application-secret-2026", "ben");
        assertRefused(() -> oidc.verify(COUNCIL, forOther, null));
    }

    @Test
    void aTokenWithoutTheNonceSentIsRefused() {
        String token = idToken("concordat", "concordat", Keycloak.COUNCIL_SECRET, "ben");
        assertRefused(() -> oidc.verify(COUNCIL, token, "the-nonce-this-sign-in-sent"));
    }

    @Test
    void anExpiredTokenIsRefusedOnceTheClockSkewIsPast() throws InterruptedException {
        // This client's tokens live one second (src/test/keycloak/concordat-realm.json); the skew allowed is 5 s.
        OidcProvider shortLived = provider("short-lived", "concordat", "concordat-short-lived", "it-short-lived-secret-2026");
        String token = idToken("concordat", "concordat-short-lived", "it-short-lived-secret-2026", "ben");
        oidc.verify(shortLived, token, null);
        Thread.sleep(8_000);
        assertRefused(() -> oidc.verify(shortLived, token, null));
    }

    private static void assertRefused(org.junit.jupiter.api.function.Executable check) {
        SignOnRefused refused = assertThrows(SignOnRefused.class, check);
        assertEquals(Reason.INVALID_TOKEN, refused.reason(), refused.getMessage());
    }
}
