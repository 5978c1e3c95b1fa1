package org.concordat.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.concordat.security.application.OpenIdConnect.PendingSignOn;
import org.concordat.security.application.OpenIdConnect.VerifiedIdentity;
import org.concordat.security.domain.OidcProvider;

/**
 * Single sign-on through an organisation's OpenID Connect provider: home-realm discovery (which provider, if any, an
 * e-mail address belongs to), and just-in-time provisioning of the person the provider vouches for — in the
 * organisation the provider and the address's domain belong to, as a practitioner (plus the roles a configured claim
 * mapping gives at the first sign-in; the IG lead or an administrator gives any others). A user deactivated in
 * Concordat stays out whatever the provider says.
 */
@ApplicationScoped
public class SingleSignOn {

    @Inject
    OpenIdConnect oidc;

    @Inject
    SingleSignOnUsers provisioning;

    /** Home-realm discovery: the provider of the address's domain, if its organisation has one. */
    public Optional<OidcProvider> providerFor(String email) {
        return oidc.providers().stream().filter(p -> p.covers(email)).findFirst();
    }

    public Optional<OidcProvider> provider(String key) {
        return oidc.providers().stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** Where the provider sends the browser back: Concordat's public address, else the one this request reached. */
    public String redirectUri(String requestBase) {
        return oidc.publicBaseUrl().orElse(requestBase).replaceAll("/+$", "") + "/sso/callback";
    }

    public OpenIdConnect.Start start(OidcProvider provider, String redirectUri, String loginHint) {
        return oidc.start(provider, redirectUri, loginHint);
    }

    /** Checks the provider's answer and provisions (or finds) the user: the credential Jakarta Security signs in. */
    public SignedOn complete(OidcProvider provider, PendingSignOn pending, URI callback) {
        VerifiedIdentity identity = oidc.complete(provider, pending, callback);
        SingleSignOnCredential credential = provisioning.provision(provider, identity);
        return new SignedOn(credential, identity.idToken());
    }

    /** A provider's end-session endpoint, offered after signing out of Concordat. */
    public Optional<URI> endSession(String providerKey, String postLogoutRedirectUri, Optional<String> idTokenHint) {
        return provider(providerKey).flatMap(p -> oidc.endSession(p, postLogoutRedirectUri, idTokenHint));
    }

    /** The credential for Jakarta Security, and the ID token kept for the provider's end-session. */
    public record SignedOn(SingleSignOnCredential credential, String idToken) {
    }

}
