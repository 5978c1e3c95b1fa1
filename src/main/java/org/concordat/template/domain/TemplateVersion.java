package org.concordat.template.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One version of a template. Drafts may be revised; a published version is what agreements pin, so it is never
 * changed: the guard is here, whatever page or endpoint asks.
 */
@Entity
@Table(name = "template_version")
public class TemplateVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "template_version_seq")
    @SequenceGenerator(name = "template_version_seq", sequenceName = "template_version_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "template_id", nullable = false)
    private long templateId;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TemplateVersionStatus status;

    /** The content as JSON (see TemplateContent). */
    @Column(nullable = false)
    private String content;

    @Column(name = "based_on_version_id")
    private Long basedOnVersionId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by")
    private String publishedBy;

    protected TemplateVersion() {
    }

    public static TemplateVersion draft(long templateId, int number, String content, Long basedOnVersionId,
                                        String createdBy, Instant now) {
        TemplateVersion v = new TemplateVersion();
        v.templateId = templateId;
        v.number = number;
        v.status = TemplateVersionStatus.DRAFT;
        v.content = content;
        v.basedOnVersionId = basedOnVersionId;
        v.createdBy = createdBy;
        v.createdAt = now;
        return v;
    }

    /** A built-in version arrives published: it comes from a reviewed file. */
    public static TemplateVersion builtIn(long templateId, int number, String content, Instant now) {
        TemplateVersion v = draft(templateId, number, content, null, "built-in", now);
        v.publish("built-in", now);
        return v;
    }

    public void revise(String newContent) {
        if (status == TemplateVersionStatus.PUBLISHED) {
            throw new IllegalStateException("A published template version is never edited; start a new version.");
        }
        this.content = newContent;
    }

    public void publish(String by, Instant now) {
        if (status == TemplateVersionStatus.PUBLISHED) {
            throw new IllegalStateException("This template version is already published.");
        }
        this.status = TemplateVersionStatus.PUBLISHED;
        this.publishedBy = by;
        this.publishedAt = now;
    }

    public boolean isPublished() {
        return status == TemplateVersionStatus.PUBLISHED;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getTemplateId() { return templateId; }
    public int getNumber() { return number; }
    public TemplateVersionStatus getStatus() { return status; }
    public String getContent() { return content; }
    public Long getBasedOnVersionId() { return basedOnVersionId; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getPublishedBy() { return publishedBy; }
}
