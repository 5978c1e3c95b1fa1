package org.concordat.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.concordat.audit.application.AuditLog;
import org.concordat.security.domain.LoginThrottle.GuessingNotice;
import org.concordat.shared.application.CurrentCaller;
import org.concordat.shared.domain.AccessRefused;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.Messages;

/**
 * Sign-in, sign-out and refusals: one structured line each in the server log (key=value, for log shippers)
 * and an entry in the audit trail. Passwords and tokens never appear; emails are the account names.
 */
@ApplicationScoped
public class SecurityEvents {

    private static final Logger LOG = Logger.getLogger("org.concordat.security");

    @Inject
    AuditLog audit;

    @Inject
    CurrentCaller currentCaller;

    public void signedIn(Caller caller) {
        LOG.info(() -> line("sign_in", "success", caller.email(), caller.organisationId(), null));
        audit.securityEvent(Optional.of(caller), "SIGN_IN", "User", caller.userId(), caller.email() + " signed in");
    }

    /** A sign-in through an organisation's provider: the audit trail keeps who the provider said it was. */
    public void signedInBySingleSignOn(Caller caller, String issuer, String subject) {
        LOG.info(() -> line("sso_sign_in", "success", caller.email(), caller.organisationId(), null) + " issuer="
                + clean(issuer) + " subject=" + clean(subject));
        audit.securityEvent(Optional.of(caller), "SIGN_IN", "User", caller.userId(), 
                Messages.text("security.sso.signedIn", caller.email(), clean(issuer), clean(subject)));
    }

    /** A single sign-on that signed nobody in, with its reason (never the provider's tokens). */
    public void singleSignOnRefused(String provider, String reason, String detail) {
        LOG.warning(() -> line("sso_sign_in", "refused", null, null, reason + ": " + detail) + " provider=" + clean(provider));
        audit.securityEvent(Optional.empty(), "SIGN_IN_FAILED", "User", null,
                Messages.text("security.sso.refused", clean(provider), reason, clean(detail)));
    }

    public void signInFailed(String email, String reason) {
        LOG.warning(() -> line("sign_in", "failure", email, null, reason));
        audit.securityEvent(Optional.empty(), "SIGN_IN_FAILED", "User", null,
                Messages.text("security.SecurityEvents.failedSignInFor", clean(email), reason));
    }

    /** Failures at one account from here and there, past what a person mistyping makes: its holder is told. */
    public void accountGuessedAt(GuessingNotice notice) {
        String summary = notice.failures() + " failed sign-ins from " + notice.addresses() + " address(es) since "
                + notice.since();
        LOG.warning(() -> line("sign_in_guessing", "holder_told", notice.account(), null, summary));
        audit.securityEvent(Optional.empty(), "SIGN_IN_GUESSING", "User", null,
                Messages.text("security.SecurityEvents.signInGuessingAt", clean(notice.account()), summary));
    }

    public void signedOut(Caller caller) {
        LOG.info(() -> line("sign_out", "success", caller.email(), caller.organisationId(), null));
        audit.securityEvent(Optional.of(caller), "SIGN_OUT", "User", caller.userId(), caller.email() + " signed out");
    }

    public void apiTokenRejected() {
        LOG.warning(() -> line("api_auth", "failure", null, null, "unknown_expired_or_revoked_token"));
    }

    void onRefusal(@Observes AccessRefused refusal) {
        Caller c = refusal.caller();
        LOG.warning(() -> line("access_refused", "refused", c == null ? null : c.email(),
                c == null ? null : c.organisationId(), refusal.action()));
    }

    private String line(String event, String outcome, String user, Long organisation, String reason) {
        StringBuilder sb = new StringBuilder("event=").append(event).append(" outcome=").append(outcome);
        if (user != null) {
            sb.append(" user=").append(clean(user));
        }
        if (organisation != null) {
            sb.append(" organisation=").append(organisation);
        }
        sb.append(" source=").append(clean(currentCaller.sourceAddress()));
        if (reason != null) {
            sb.append(" reason=\"").append(clean(reason).replace("\"", "'")).append('"');
        }
        return sb.toString();
    }

    /** Keeps user-supplied text from forging log lines. */
    private static String clean(String s) {
        if (s == null) {
            return "-";
        }
        String oneLine = s.replaceAll("[\\r\\n\\t]", "_");
        return oneLine.length() > 200 ? oneLine.substring(0, 200) : oneLine;
    }
}
