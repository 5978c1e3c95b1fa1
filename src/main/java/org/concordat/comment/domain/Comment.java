package org.concordat.comment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One comment of a thread: the first or a reply. Never changed once written (on PostgreSQL a trigger holds it so). */
@Entity
@Table(name = "comment_entry")
public class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comment_entry_seq")
    @SequenceGenerator(name = "comment_entry_seq", sequenceName = "comment_entry_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "thread_id", nullable = false)
    private CommentThread thread;

    @Column(name = "author_user_id", nullable = false)
    private long authorUserId;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "author_organisation_id", nullable = false)
    private long authorOrganisationId;

    @Column(name = "author_organisation_name", nullable = false)
    private String authorOrganisationName;

    @Column(name = "body", nullable = false, length = CommentText.MAX_LENGTH)
    private String text;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected Comment() {
    }

    Comment(CommentThread thread, Author author, String text, Instant writtenAt) {
        this.thread = thread;
        this.authorUserId = author.userId();
        this.authorName = author.name();
        this.authorOrganisationId = author.organisationId();
        this.authorOrganisationName = author.organisationName();
        this.text = CommentText.check(text);
        this.writtenAt = writtenAt;
    }

    public Long getId() { return id; }
    public long getAuthorUserId() { return authorUserId; }
    public String getAuthorName() { return authorName; }
    public long getAuthorOrganisationId() { return authorOrganisationId; }
    public String getAuthorOrganisationName() { return authorOrganisationName; }
    public String getText() { return text; }
    public Instant getWrittenAt() { return writtenAt; }
}
