package org.concordat.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.concordat.audit.domain.AuditEvent;
import org.concordat.audit.domain.AuditRepository;
import org.concordat.shared.application.CurrentCaller;
import org.concordat.shared.domain.AccessRefused;
import org.concordat.shared.domain.Caller;

/**
 * Writes the audit trail. A change is recorded in the transaction that makes it, so that the two stand or
 * fall together; refusals and sign-in events get a transaction of their own, because the work they refuse
 * rolls back.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    AuditRepository repository;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    @Inject
    Jsonb jsonb;

    /** Records a change made by the current caller; before and after are serialised to JSON. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void change(String action, String subjectType, Object subjectId, String summary, Object before,
                       Object after) {
        append(currentCaller.get(), action, subjectType, subjectId, summary, before, after);
    }

    /** Records a security event (sign-in, sign-out, refusal) whatever happens to the surrounding work. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void securityEvent(Optional<Caller> caller, String action, String subjectType, Object subjectId,
                              String summary) {
        append(caller, action, subjectType, subjectId, summary, null, null);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void onRefusal(@Observes AccessRefused refusal) {
        append(Optional.ofNullable(refusal.caller()), "ACCESS_REFUSED", null, null,
                refusal.action() + ": " + refusal.reason(), null, null);
    }

    private void append(Optional<Caller> caller, String action, String subjectType, Object subjectId,
                        String summary, Object before, Object after) {
        repository.append(new AuditEvent(clock.instant(),
                caller.map(Caller::userId).orElse(null),
                caller.map(Caller::email).orElse(null),
                caller.map(Caller::organisationId).orElse(null),
                currentCaller.sourceAddress(),
                action, subjectType, subjectId == null ? null : subjectId.toString(), summary,
                before == null ? null : jsonb.toJson(before),
                after == null ? null : jsonb.toJson(after)));
    }
}
