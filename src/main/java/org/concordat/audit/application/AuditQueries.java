package org.concordat.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.concordat.audit.domain.AuditEvent;
import org.concordat.audit.domain.AuditRepository;
import org.concordat.shared.application.AccessGuard;
import org.concordat.shared.domain.Role;

/** Reading the audit trail: administrators only. */
@ApplicationScoped
@Transactional
public class AuditQueries {

    @Inject
    AuditRepository repository;

    @Inject
    AccessGuard guard;

    public List<AuditEvent> find(String action, String text, int offset, int limit) {
        guard.requireAny("read the audit trail", Role.ADMIN);
        return repository.find(action, text, offset, Math.min(limit, 500));
    }

    public List<String> actions() {
        guard.requireAny("read the audit trail", Role.ADMIN);
        return repository.actions();
    }

    public long count(String action, String text) {
        guard.requireAny("read the audit trail", Role.ADMIN);
        return repository.count(action, text);
    }
}
