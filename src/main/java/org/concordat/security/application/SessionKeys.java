package org.concordat.security.application;

/** Names under which sign-in leaves facts for the pages, in the request or the session. */
public final class SessionKeys {

    /** Request attribute: the Duration a throttled sign-in attempt must wait. */
    public static final String SIGN_IN_WAIT = "org.concordat.signin.wait";

    /** Session attribute: true while the user still has to replace a one-time password. */
    public static final String MUST_CHANGE_PASSWORD = "org.concordat.mustChangePassword";

    private SessionKeys() {
    }
}
