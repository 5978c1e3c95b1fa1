package org.concordat.audit.application;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.concordat.audit.domain.AuditEvent;
import org.concordat.audit.domain.AuditRepository;

/** The audit trail in a list, with the query semantics of the JPA repository: newest first, filters optional. */
public class InMemoryAuditRepository implements AuditRepository {

    private final List<AuditEvent> events = new ArrayList<>();
    private long nextId = 1;

    @Override
    public void append(AuditEvent event) {
        assign(event, nextId++);
        events.add(event);
    }

    @Override
    public List<AuditEvent> find(String action, String text, int offset, int limit) {
        return matching(action, text).stream().skip(offset).limit(limit).toList();
    }

    @Override
    public long count(String action, String text) {
        return matching(action, text).size();
    }

    @Override
    public List<AuditEvent> about(String subjectType, Collection<String> subjectIds) {
        return events.stream().filter(e -> subjectType.equals(e.getSubjectType()) && subjectIds.contains(e.getSubjectId()))
                .toList();
    }

    @Override
    public List<String> actions() {
        return events.stream().map(AuditEvent::getAction).distinct().sorted().toList();
    }

    public List<AuditEvent> all() {
        return List.copyOf(events);
    }

    private List<AuditEvent> matching(String action, String text) {
        return events.stream()
                .filter(e -> action == null || action.isBlank() || action.equals(e.getAction()))
                .filter(e -> text == null || text.isBlank()
                        || contains(e.getSummary(), text) || contains(e.getActorEmail(), text))
                .sorted(Comparator.comparing(AuditEvent::getOccurredAt).thenComparing(AuditEvent::getId).reversed())
                .toList();
    }

    private static boolean contains(String value, String text) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }

    /** The id the database's sequence would give. */
    private static void assign(AuditEvent event, long id) {
        try {
            Field field = AuditEvent.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(event, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
