package org.concordat.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One thing that happened. Written once, never changed: Hibernate is told so and the class has no setters. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_user_id", updatable = false)
    private Long actorUserId;

    @Column(name = "actor_email", updatable = false)
    private String actorEmail;

    @Column(name = "actor_organisation_id", updatable = false)
    private Long actorOrganisationId;

    @Column(name = "source_address", updatable = false)
    private String sourceAddress;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "subject_type", updatable = false)
    private String subjectType;

    @Column(name = "subject_id", updatable = false)
    private String subjectId;

    @Column(nullable = false, updatable = false)
    private String summary;

    @Column(name = "before_state", updatable = false)
    private String beforeState;

    @Column(name = "after_state", updatable = false)
    private String afterState;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, Long actorUserId, String actorEmail, Long actorOrganisationId,
                      String sourceAddress, String action, String subjectType, String subjectId, String summary,
                      String beforeState, String afterState) {
        this.occurredAt = occurredAt;
        this.actorUserId = actorUserId;
        this.actorEmail = actorEmail;
        this.actorOrganisationId = actorOrganisationId;
        this.sourceAddress = sourceAddress;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.summary = summary.length() > 500 ? summary.substring(0, 497) + "..." : summary;
        this.beforeState = beforeState;
        this.afterState = afterState;
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public Long getActorUserId() { return actorUserId; }
    public String getActorEmail() { return actorEmail; }
    public Long getActorOrganisationId() { return actorOrganisationId; }
    public String getSourceAddress() { return sourceAddress; }
    public String getAction() { return action; }
    public String getSubjectType() { return subjectType; }
    public String getSubjectId() { return subjectId; }
    public String getSummary() { return summary; }
    public String getBeforeState() { return beforeState; }
    public String getAfterState() { return afterState; }
}
