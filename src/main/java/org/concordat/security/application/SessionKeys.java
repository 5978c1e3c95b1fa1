package org.concordat.security.application;

/** Names under which sign-in leaves facts for the pages, in the request or the session. */
public final class SessionKeys {

    /** Request attribute: the Duration a throttled sign-in attempt must wait. */
    public static final String SIGN_IN_WAIT = "org.concordat.signin.wait";

    /** Session attribute: true while the user still has to replace a one-time password. */
    public static final String MUST_CHANGE_PASSWORD = "org.concordat.mustChangePassword";

    /** Session attribute: the {@code OpenIdConnect.PendingSignOn} of a browser gone to its provider (single use). */
    public static final String PENDING_SIGN_ON = "org.concordat.sso.pending";

    /** Session attribute: the key of the provider that signed this session in, for its end-session at sign-out. */
    public static final String SIGNED_ON_BY = "org.concordat.sso.provider";

    /** Session attribute: the ID token of that sign-in, the hint the provider's end-session asks for. */
    public static final String SIGNED_ON_ID_TOKEN = "org.concordat.sso.idToken";

    /** Session attribute of the fresh session after sign-out: the provider's end-session address to offer. */
    public static final String END_SESSION_URI = "org.concordat.sso.endSession";

    private SessionKeys() {
    }
}
