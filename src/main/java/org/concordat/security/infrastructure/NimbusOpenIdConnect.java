package org.concordat.security.infrastructure;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.concordat.shared.application.Settings;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.concordat.security.application.OpenIdConnect;
import org.concordat.security.domain.OidcProvider;
import org.concordat.shared.domain.Messages;

/**
 * OpenID Connect through the Nimbus OAuth 2.0 SDK (no protocol code of our own): discovery from the issuer (whose
 * metadata must name the same issuer), the authorization code flow with PKCE (S256), state and nonce, the code
 * exchanged with the client secret, and the ID token checked by the SDK's validator — signature against the provider's
 * published keys (RS256), issuer, audience, nonce, expiry and issue time within a bounded clock skew.
 *
 * <p>Why not Jakarta Security's {@code @OpenIdAuthenticationMechanismDefinition}: in Jakarta Security 3.0 (WildFly 39's
 * Soteria 3.0.3) an application has one authentication mechanism, so it cannot sit beside the password form and the
 * API tokens, and it has no PKCE; WildFly's elytron-oidc-client takes over the whole deployment's authentication the
 * same way. See docs/security.md.
 */
@ApplicationScoped
public class NimbusOpenIdConnect implements OpenIdConnect {

    private static final Logger LOG = Logger.getLogger(NimbusOpenIdConnect.class.getName());
    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 10_000;
    /** Metadata (and with it the keys' address) is read again after this; the keys themselves are cached by the SDK. */
    private static final Duration METADATA_LIFETIME = Duration.ofHours(1);

    private final OidcSettings settings;
    private volatile List<OidcProvider> providers;
    private final Map<String, Discovered> discovered = new ConcurrentHashMap<>();

    private record Discovered(OIDCProviderMetadata metadata, IDTokenValidator validator, Instant at) {
    }

    /** For the container's proxy only. */
    protected NimbusOpenIdConnect() {
        this.settings = null;
    }

    @Inject
    public NimbusOpenIdConnect(Settings settings) {
        this.settings = OidcSettings.from(settings);
    }

    @Override
    public List<OidcProvider> providers() {
        List<OidcProvider> known = providers;
        if (known == null) {
            settings.clockSkewSeconds(); // a wrong skew is refused with the other settings, not at the first sign-in
            known = settings.providers();
            providers = known;
            known.forEach(p -> LOG.info(() -> "event=sso_provider_configured " + p));
        }
        return known;
    }

    @Override
    public Optional<String> publicBaseUrl() {
        return settings.publicBaseUrl();
    }

    @Override
    public Start start(OidcProvider provider, String redirectUri, String loginHint) {
        OIDCProviderMetadata metadata = discovered(provider).metadata();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        AuthenticationRequest.Builder request = new AuthenticationRequest.Builder(ResponseType.CODE,
                new Scope("openid", "email", "profile"), new ClientID(provider.clientId()), URI.create(redirectUri))
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256);
        if (loginHint != null && !loginHint.isBlank()) {
            request.loginHint(loginHint);
        }
        return new Start(request.build().toURI(), new PendingSignOn(provider.key(), state.getValue(), nonce.getValue(),
                verifier.getValue(), redirectUri));
    }

    @Override
    public VerifiedIdentity complete(OidcProvider provider, PendingSignOn pending, URI callback) {
        AuthenticationResponse response;
        try {
            response = AuthenticationResponseParser.parse(callback);
        } catch (ParseException e) {
            throw new SignOnRefused(Reason.STATE_MISMATCH, "unreadable callback: " + e.getMessage());
        }
        if (response.getState() == null || !response.getState().getValue().equals(pending.state())) {
            throw new SignOnRefused(Reason.STATE_MISMATCH, Messages.text("security.sso.stateMismatch"));
        }
        if (!response.indicatesSuccess()) {
            ErrorObject error = response.toErrorResponse().getErrorObject();
            throw new SignOnRefused(Reason.DENIED_BY_PROVIDER, "provider answered " + error.getCode());
        }
        AuthenticationSuccessResponse success = response.toSuccessResponse();
        // RFC 9207: when the provider names itself in the answer, it must be the provider this sign-in went to.
        if (success.getIssuer() != null && !success.getIssuer().getValue().equals(provider.issuer())) {
            throw new SignOnRefused(Reason.INVALID_TOKEN, Messages.text("security.sso.wrongIssuer", success.getIssuer()));
        }
        AuthorizationCode code = success.getAuthorizationCode();
        if (code == null) {
            throw new SignOnRefused(Reason.DENIED_BY_PROVIDER, Messages.text("security.sso.noCode"));
        }
        Discovered d = discovered(provider);
        JWT idToken = exchange(provider, d.metadata(), code, pending);
        return verify(provider, d.validator(), idToken, pending.nonce());
    }

    /** Checks an ID token as the callback does (used by the callback, and by tests with tokens of their own). */
    public VerifiedIdentity verify(OidcProvider provider, String idToken, String expectedNonce) {
        try {
            return verify(provider, discovered(provider).validator(), JWTParser.parse(idToken), expectedNonce);
        } catch (java.text.ParseException e) {
            throw new SignOnRefused(Reason.INVALID_TOKEN, "not a JWT");
        }
    }

    private VerifiedIdentity verify(OidcProvider provider, IDTokenValidator validator, JWT idToken, String expectedNonce) {
        IDTokenClaimsSet claims;
        try {
            claims = validator.validate(idToken, expectedNonce == null ? null : new Nonce(expectedNonce));
        } catch (BadJOSEException | JOSEException e) {
            throw new SignOnRefused(Reason.INVALID_TOKEN, e.getMessage(), e);
        }
        Optional<String> email = Optional.ofNullable(claims.getStringClaim("email"))
                // Entra ID gives the sign-in name (UPN) when the account has no mail attribute
                .or(() -> Optional.ofNullable(claims.getStringClaim("preferred_username")).filter(u -> u.contains("@")));
        if (Boolean.FALSE.equals(claims.getBooleanClaim("email_verified"))) {
            throw new SignOnRefused(Reason.WRONG_DOMAIN, Messages.text("security.sso.emailNotVerified"));
        }
        Optional<String> name = Optional.ofNullable(claims.getStringClaim("name"));
        return new VerifiedIdentity(provider.key(), claims.getIssuer().getValue(), claims.getSubject().getValue(), email,
                name, claims.toJSONObject(), idToken.serialize());
    }

    private JWT exchange(OidcProvider provider, OIDCProviderMetadata metadata, AuthorizationCode code,
                         PendingSignOn pending) {
        ClientID clientId = new ClientID(provider.clientId());
        Secret secret = new Secret(provider.clientSecret());
        List<ClientAuthenticationMethod> methods = metadata.getTokenEndpointAuthMethods();
        ClientAuthentication auth = methods != null && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                ? new ClientSecretPost(clientId, secret) : new ClientSecretBasic(clientId, secret);
        TokenRequest request = new TokenRequest(metadata.getTokenEndpointURI(), auth,
                new AuthorizationCodeGrant(code, URI.create(pending.redirectUri()), new CodeVerifier(pending.codeVerifier())));
        try {
            HTTPRequest http = request.toHTTPRequest();
            http.setConnectTimeout(CONNECT_TIMEOUT_MS);
            http.setReadTimeout(READ_TIMEOUT_MS);
            TokenResponse response = OIDCTokenResponseParser.parse(http.send());
            if (!response.indicatesSuccess()) {
                throw new SignOnRefused(Reason.DENIED_BY_PROVIDER, Messages.text("security.sso.tokenEndpointAnswered",
                        response.toErrorResponse().getErrorObject().getCode()));
            }
            JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
            if (idToken == null) {
                throw new SignOnRefused(Reason.INVALID_TOKEN, "no ID token");
            }
            return idToken;
        } catch (IOException | ParseException e) {
            throw new SignOnRefused(Reason.PROVIDER_UNAVAILABLE, "token endpoint: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<URI> endSession(OidcProvider provider, String postLogoutRedirectUri, Optional<String> idTokenHint) {
        URI endpoint;
        try {
            endpoint = discovered(provider).metadata().getEndSessionEndpointURI();
        } catch (SignOnRefused e) {
            return Optional.empty();
        }
        if (endpoint == null) {
            return Optional.empty();
        }
        JWT hint = idTokenHint.map(t -> {
            try {
                return JWTParser.parse(t);
            } catch (java.text.ParseException e) {
                return null;
            }
        }).orElse(null);
        return Optional.of(new LogoutRequest(endpoint, hint, null, new ClientID(provider.clientId()),
                URI.create(postLogoutRedirectUri), null, null).toURI());
    }

    @Override
    public void discover(OidcProvider provider) {
        discovered(provider);
    }

    private Discovered discovered(OidcProvider provider) {
        Discovered known = discovered.get(provider.key());
        if (known != null && known.at().plus(METADATA_LIFETIME).isAfter(Instant.now())) {
            return known;
        }
        try {
            // resolve() refuses metadata that names another issuer than the one asked for.
            OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(new Issuer(provider.issuer()),
                    CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS);
            IDTokenValidator validator = new IDTokenValidator(new Issuer(provider.issuer()),
                    new ClientID(provider.clientId()), JWSAlgorithm.RS256, metadata.getJWKSetURI().toURL(),
                    new DefaultResourceRetriever(CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS));
            validator.setMaxClockSkew(settings.clockSkewSeconds());
            Discovered fresh = new Discovered(metadata, validator, Instant.now());
            discovered.put(provider.key(), fresh);
            return fresh;
        } catch (GeneralException | IOException e) {
            throw new SignOnRefused(Reason.PROVIDER_UNAVAILABLE, "discovery of " + provider.issuer() + ": " + e.getMessage(), e);
        }
    }
}
