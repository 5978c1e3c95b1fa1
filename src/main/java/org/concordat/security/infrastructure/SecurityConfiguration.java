package org.concordat.security.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Browser sign-in: a form (login.xhtml, a JSF page of our own) posting to SecurityContext.authenticate. A
 * visitor who asks for a protected page is redirected to it and brought back afterwards. The REST API does not
 * use sessions at all: it authenticates each request by its API token.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
public class SecurityConfiguration {
}
