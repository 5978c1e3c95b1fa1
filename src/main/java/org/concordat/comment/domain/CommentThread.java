package org.concordat.comment.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;

/**
 * A comment on a version and its replies, about the whole version, a section or a flow. Open until someone who may
 * comment resolves it; a resolved thread takes no reply until it is reopened. Comments are only ever added.
 */
@Entity
@Table(name = "comment_thread")
public class CommentThread {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comment_thread_seq")
    @SequenceGenerator(name = "comment_thread_seq", sequenceName = "comment_thread_seq", allocationSize = 50)
    private Long id;

    @Column(name = "agreement_version_id", nullable = false)
    private long versionId;

    @Column(name = "agreement_id", nullable = false)
    private long agreementId;

    @Enumerated(EnumType.STRING)
    @Column(name = "anchor_kind", nullable = false)
    private AnchorKind anchorKind;

    @Column(name = "anchor_key")
    private String anchorKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ThreadStatus status;

    @Column(name = "started_by_user_id", nullable = false)
    private long startedByUserId;

    @Column(name = "started_by_organisation_id", nullable = false)
    private long startedByOrganisationId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "resolved_by_name")
    private String resolvedByName;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    @OneToMany(mappedBy = "thread", cascade = CascadeType.PERSIST)
    @OrderBy("writtenAt ASC, id ASC")
    private List<Comment> comments = new ArrayList<>();

    protected CommentThread() {
    }

    private CommentThread(long versionId, long agreementId, Anchor anchor, Author author, Instant now) {
        this.versionId = versionId;
        this.agreementId = agreementId;
        this.anchorKind = anchor.kind();
        this.anchorKey = anchor.key();
        this.status = ThreadStatus.OPEN;
        this.startedByUserId = author.userId();
        this.startedByOrganisationId = author.organisationId();
        this.startedAt = now;
    }

    /** A new open thread with its first comment. */
    public static CommentThread start(long versionId, long agreementId, Anchor anchor, Author author, String text,
                                      Instant now) {
        CommentThread thread = new CommentThread(versionId, agreementId, anchor, author, now);
        thread.comments.add(new Comment(thread, author, text, now));
        return thread;
    }

    /** A reply at the end of the thread; a resolved thread must be reopened first. */
    public Comment reply(Author author, String text, Instant now) {
        if (status == ThreadStatus.RESOLVED) {
            throw new InvalidInputException("text", Messages.text("comment.CommentThread.reopenToReply"));
        }
        Comment reply = new Comment(this, author, text, now);
        comments.add(reply);
        return reply;
    }

    public void resolve(Author by, Instant now) {
        if (status == ThreadStatus.RESOLVED) {
            throw new InvalidInputException("status", Messages.text("comment.CommentThread.alreadyResolved"));
        }
        status = ThreadStatus.RESOLVED;
        resolvedByName = by.name();
        resolvedAt = now;
    }

    public void reopen(Instant now) {
        if (status == ThreadStatus.OPEN) {
            throw new InvalidInputException("status", Messages.text("comment.CommentThread.alreadyOpen"));
        }
        status = ThreadStatus.OPEN;
        resolvedByName = null;
        resolvedAt = null;
    }

    public Anchor anchor() {
        return new Anchor(anchorKind, anchorKey);
    }

    public boolean isOpen() {
        return status == ThreadStatus.OPEN;
    }

    public Long getId() { return id; }
    public long getVersionId() { return versionId; }
    public long getAgreementId() { return agreementId; }
    public ThreadStatus getStatus() { return status; }
    public long getStartedByUserId() { return startedByUserId; }
    public Instant getStartedAt() { return startedAt; }
    public String getResolvedByName() { return resolvedByName; }
    public Instant getResolvedAt() { return resolvedAt; }
    public long getLockVersion() { return lockVersion; }
    public List<Comment> getComments() { return Collections.unmodifiableList(comments); }
}
