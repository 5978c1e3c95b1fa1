package org.concordat.security.application;

import jakarta.security.enterprise.credential.Credential;

/**
 * A user that single sign-on has verified and provisioned, handed to Jakarta Security. Only {@link SingleSignOn}
 * makes one, after the provider's answer passed every check; nothing from a request becomes one directly.
 */
public record SingleSignOnCredential(long userId, String issuer, String subject) implements Credential {
}
