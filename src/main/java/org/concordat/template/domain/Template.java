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

/** A template and who owns it: nobody (built in) or one organisation, which adapts it for its agreements. */
@Entity
@Table(name = "template")
public class Template {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "template_seq")
    @SequenceGenerator(name = "template_seq", sequenceName = "template_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TemplateKind kind;

    @Column(name = "owner_organisation_id")
    private Long ownerOrganisationId;

    @Column(nullable = false)
    private String title;

    @Column(name = "based_on_template_id")
    private Long basedOnTemplateId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Template() {
    }

    public Template(String code, TemplateKind kind, Long ownerOrganisationId, String title, Long basedOnTemplateId,
                    Instant createdAt) {
        this.code = code;
        this.kind = kind;
        this.ownerOrganisationId = ownerOrganisationId;
        this.title = title;
        this.basedOnTemplateId = basedOnTemplateId;
        this.createdAt = createdAt;
    }

    public boolean isBuiltIn() {
        return ownerOrganisationId == null;
    }

    public boolean isOwnedBy(long organisationId) {
        return ownerOrganisationId != null && ownerOrganisationId == organisationId;
    }

    public void retitle(String newTitle) {
        this.title = newTitle;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getCode() { return code; }
    public TemplateKind getKind() { return kind; }
    public Long getOwnerOrganisationId() { return ownerOrganisationId; }
    public String getTitle() { return title; }
    public Long getBasedOnTemplateId() { return basedOnTemplateId; }
    public Instant getCreatedAt() { return createdAt; }
}
