package org.concordat.security.application;

import java.io.Serializable;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concordat.security.domain.OidcProvider;

/**
 * The OpenID Connect protocol, done by a library (infrastructure): the authorization code flow with PKCE, state and
 * nonce, and the ID token's signature, issuer, audience, nonce and times checked against the provider's keys.
 */
public interface OpenIdConnect {

    /** The configured providers. */
    List<OidcProvider> providers();

    /** Concordat's public address (CONCORDAT_BASE_URL), from which the redirect URI is made, when configured. */
    Optional<String> publicBaseUrl();

    /** Where to send the browser, and what to keep in its session until it comes back. */
    record Start(URI authorizationUri, PendingSignOn pending) {
    }

    /** What the browser's session keeps between leaving for the provider and coming back: all single use. */
    record PendingSignOn(String providerKey, String state, String nonce, String codeVerifier, String redirectUri)
            implements Serializable {
    }

    /** Who the provider says signed in, after every check passed. */
    record VerifiedIdentity(String providerKey, String issuer, String subject, Optional<String> email,
                            Optional<String> name, Map<String, Object> claims, String idToken) {
    }

    Start start(OidcProvider provider, String redirectUri, String loginHint);

    /** Checks the provider's answer (the callback's full URI) and exchanges the code; refuses with the reason. */
    VerifiedIdentity complete(OidcProvider provider, PendingSignOn pending, URI callback);

    /**
     * Reads the provider's published metadata and keys now, as a sign-in would; refuses ({@link SignOnRefused}, reason
     * PROVIDER_UNAVAILABLE) when it cannot.
     */
    void discover(OidcProvider provider);

    /** The provider's end-session endpoint with a way back to Concordat, when it has one. */
    Optional<URI> endSession(OidcProvider provider, String postLogoutRedirectUri, Optional<String> idTokenHint);

    /** A refusal at any step: the reason goes to the log and the audit trail, never the provider's details to the page. */
    class SignOnRefused extends RuntimeException {
        private final Reason reason;

        public SignOnRefused(Reason reason, String detail) {
            super(detail);
            this.reason = reason;
        }

        public SignOnRefused(Reason reason, String detail, Throwable cause) {
            super(detail, cause);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    /** Why a single sign-on did not sign anybody in. */
    enum Reason {
        /** The provider could not be reached or answered unexpectedly. */
        PROVIDER_UNAVAILABLE,
        /** The provider said no, or the person cancelled there. */
        DENIED_BY_PROVIDER,
        /** State missing or different: not the answer to a request this browser made. */
        STATE_MISMATCH,
        /** The ID token failed a check: signature, issuer, audience, nonce, expiry. */
        INVALID_TOKEN,
        /** The e-mail address is not of the provider's organisation's domains. */
        WRONG_DOMAIN,
        /** The Concordat account, or its organisation, is not active. */
        DEACTIVATED,
        /** The address belongs to a Concordat user of another organisation or another provider. */
        ACCOUNT_CONFLICT
    }
}
