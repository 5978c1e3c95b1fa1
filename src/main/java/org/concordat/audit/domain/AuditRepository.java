package org.concordat.audit.domain;

import java.util.List;

/** The audit trail: append and read, nothing else. */
public interface AuditRepository {

    void append(AuditEvent event);

    /** Newest first; every filter is optional (null or blank means any). */
    List<AuditEvent> find(String action, String text, int offset, int limit);

    long count(String action, String text);

    /** Every event about these subjects (of one type), oldest first. */
    List<AuditEvent> about(String subjectType, java.util.Collection<String> subjectIds);

    /** The kinds of event recorded so far, for the filter. */
    List<String> actions();
}
