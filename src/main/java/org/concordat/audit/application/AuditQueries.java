package org.concordat.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.List;
import org.concordat.audit.domain.AuditEvent;
import org.concordat.audit.domain.AuditRepository;
import org.concordat.shared.application.AccessGuard;
import org.concordat.shared.domain.Messages;
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
        guard.requireAny(Messages.text("audit.AuditQueries.readTheAuditTrail"), Role.ADMIN);
        return repository.find(action, text, offset, Math.min(limit, 500));
    }

    /** A page of the trail, newest first, with how many events match in all. */
    public org.concordat.shared.domain.Page<AuditEvent> page(String action, String text, org.concordat.shared.domain.PageRequest page) {
        guard.requireAny(Messages.text("audit.AuditQueries.readTheAuditTrail"), Role.ADMIN);
        long total = repository.count(action, text);
        List<AuditEvent> events = page.offset() >= total ? List.of()
                : repository.find(action, text, (int) Math.min(page.offset(), Integer.MAX_VALUE), page.size());
        return new org.concordat.shared.domain.Page<>(events, total, page);
    }

    /** One line of a subject's history: when, who, what. */
    public record HistoryEntry(java.time.Instant occurredAt, String actorEmail, String action, String summary) implements Serializable {
    }

    /**
     * The history of one subject and its parts (say, an agreement and its versions), oldest first. The feature
     * that owns the subject decides who may read it, before asking.
     */
    public List<HistoryEntry> history(String subjectType, Object subjectId, String partType, java.util.Collection<?> partIds) {
        java.util.List<AuditEvent> events = new java.util.ArrayList<>(repository.about(subjectType, List.of(String.valueOf(subjectId))));
        events.addAll(repository.about(partType, partIds.stream().map(String::valueOf).toList()));
        return events.stream().sorted(java.util.Comparator.comparing(AuditEvent::getOccurredAt).thenComparing(AuditEvent::getId))
                .map(e -> new HistoryEntry(e.getOccurredAt(), e.getActorEmail(), e.getAction(), e.getSummary())).toList();
    }

    public List<String> actions() {
        guard.requireAny(Messages.text("audit.AuditQueries.readTheAuditTrail"), Role.ADMIN);
        return repository.actions();
    }

    public long count(String action, String text) {
        guard.requireAny(Messages.text("audit.AuditQueries.readTheAuditTrail"), Role.ADMIN);
        return repository.count(action, text);
    }
}
