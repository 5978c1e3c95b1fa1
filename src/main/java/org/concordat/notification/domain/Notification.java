package org.concordat.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One message in one person's inbox. Only its read mark ever changes. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @Column(name = "recipient_user_id", nullable = false)
    private long recipientUserId;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(long recipientUserId, String subject, String body, String link, Instant createdAt) {
        this.recipientUserId = recipientUserId;
        this.subject = subject;
        this.body = body;
        this.link = link;
        this.createdAt = createdAt;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public boolean isFor(long userId) {
        return recipientUserId == userId;
    }

    public Long getId() { return id; }
    public long getRecipientUserId() { return recipientUserId; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public String getLink() { return link; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
}
