package org.concordat.agreement.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.StatusTag;

/**
 * One version of an agreement: what was (or is being) agreed. Aggregate root with its parties, section answers
 * and flows; only a DRAFT changes, and every change raises its version, so two authors never overwrite each
 * other silently.
 */
@Entity
@Table(name = "agreement_version")
public class AgreementVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_version_seq")
    @SequenceGenerator(name = "agreement_version_seq", sequenceName = "agreement_version_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "agreement_id", nullable = false)
    private long agreementId;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VersionStatus status;

    @Column(name = "template_version_id", nullable = false)
    private long templateVersionId;

    @Column(nullable = false)
    private String title;

    private String purpose;
    private String benefits;

    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    @Column(name = "review_date")
    private LocalDate reviewDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submission_round", nullable = false)
    private int submissionRound;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "terminated_on")
    private LocalDate terminatedOn;

    @Column(name = "termination_reason")
    private String terminationReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VersionOrigin origin = VersionOrigin.CONCORDAT;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "agreement_version_id", nullable = false)
    @OrderBy("key")
    private List<Party> parties = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "agreement_version_id", nullable = false)
    @OrderBy("id")
    private List<Flow> flows = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_section_answer", joinColumns = @JoinColumn(name = "agreement_version_id"))
    @MapKeyColumn(name = "answer_key")
    @Column(name = "answer", nullable = false)
    private Map<String, String> answers = new LinkedHashMap<>();

    protected AgreementVersion() {
    }

    public static AgreementVersion firstDraft(long agreementId, long templateVersionId, AgreementDetails details,
                                              List<PartyDetails> parties, String createdBy, Instant now) {
        AgreementVersion v = new AgreementVersion();
        v.agreementId = agreementId;
        v.number = 1;
        v.status = VersionStatus.DRAFT;
        v.templateVersionId = templateVersionId;
        v.createdAt = now;
        v.createdBy = createdBy;
        v.apply(details, now);
        v.replaceParties(parties, now);
        return v;
    }

    /**
     * The first version of an agreement signed outside Concordat, as its import describes it: a draft to which the
     * import adds the flows, then {@link #recordImported} makes approved. (Written as a draft first: the database
     * accepts parties and flows only for a draft.)
     */
    public static AgreementVersion importedDraft(long agreementId, long templateVersionId, AgreementDetails details,
                                                 List<PartyDetails> parties, String createdBy, Instant now) {
        AgreementVersion v = firstDraft(agreementId, templateVersionId, details, parties, createdBy, now);
        v.origin = VersionOrigin.IMPORTED;
        return v;
    }

    /**
     * The imported draft becomes the approved version: it was signed by every party outside Concordat. From now on it
     * is as immutable as any approved version; route checks count it once every party has confirmed it.
     */
    public void recordImported(Instant now) {
        requireDraft();
        if (origin != VersionOrigin.IMPORTED) {
            throw new InvalidInputException("origin", Messages.text("agreement.AgreementVersion.onlyAnImportedVersion"));
        }
        status = VersionStatus.APPROVED;
        approvedAt = now;
        updatedAt = now;
    }

    /**
     * The next version of an approved agreement: a draft copy of this one (parties and flows keep their keys, so
     * the two can be compared); this one stays in force until the amendment is approved.
     */
    public AgreementVersion amendment(int nextNumber, String createdBy, Instant now) {
        if (status != VersionStatus.APPROVED) {
            throw new InvalidInputException("status", Messages.text("agreement.AgreementVersion.onlyAnApprovedVersionCan"));
        }
        AgreementVersion v = new AgreementVersion();
        v.agreementId = agreementId;
        v.number = nextNumber;
        v.status = VersionStatus.DRAFT;
        v.templateVersionId = templateVersionId;
        v.createdAt = now;
        v.createdBy = createdBy;
        v.apply(new AgreementDetails(title, purpose, benefits, effectiveDate, reviewDate, endDate), now);
        parties.forEach(p -> v.parties.add(new Party(p.getKey(), p.details())));
        flows.forEach(f -> v.flows.add(new Flow(f.getKey(), f.details())));
        v.answers.putAll(answers);
        return v;
    }

    /** The next approved version replaces this one. */
    public void supersede(Instant now) {
        if (status == VersionStatus.APPROVED) {
            status = VersionStatus.SUPERSEDED;
            updatedAt = now;
        }
    }

    /** Ends an approved agreement early; the reason is kept with the version. */
    public void terminate(LocalDate on, String reason, Instant now) {
        if (status != VersionStatus.APPROVED) {
            throw new InvalidInputException("status", Messages.text("agreement.AgreementVersion.onlyAnApprovedAgreementCan"));
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", Messages.text("agreement.AgreementVersion.giveTheReasonForEnding"));
        }
        if (on == null) {
            throw new InvalidInputException("date", Messages.text("agreement.AgreementVersion.giveTheDateTheAgreement"));
        }
        status = VersionStatus.TERMINATED;
        terminatedOn = on;
        terminationReason = reason.trim();
        updatedAt = now;
    }

    public void updateDetails(AgreementDetails details, Instant now) {
        requireDraft();
        apply(details, now);
    }

    /** Replaces the parties; a party that flows still use cannot go. */
    public void replaceParties(List<PartyDetails> newParties, Instant now) {
        requireDraft();
        Set<Long> seen = new HashSet<>();
        for (PartyDetails p : newParties) {
            if (!seen.add(p.organisationId())) {
                throw new InvalidInputException("parties", Messages.text("agreement.AgreementVersion.anOrganisationCanBeA"));
            }
        }
        Map<Long, Party> byOrganisation = new LinkedHashMap<>();
        parties.forEach(p -> byOrganisation.put(p.getOrganisationId(), p));
        List<Party> kept = new ArrayList<>();
        int next = parties.stream().mapToInt(p -> Integer.parseInt(p.getKey().substring(1))).max().orElse(0);
        for (PartyDetails details : newParties) {
            Party existing = byOrganisation.remove(details.organisationId());
            if (existing != null) {
                existing.apply(details);
                kept.add(existing);
            } else {
                kept.add(new Party("P" + (++next), details));
            }
        }
        for (Party removed : byOrganisation.values()) {
            if (flows.stream().anyMatch(f -> f.getSender().equals(removed.getKey()) || f.getRecipient().equals(removed.getKey()))) {
                throw new InvalidInputException("parties", Messages.text("agreement.AgreementVersion.aPartyThatSendsOr"));
            }
        }
        parties.clear();
        parties.addAll(kept);
        updatedAt = now;
    }

    /** Adds a flow (key null) or replaces the flow with that key; returns the flow's key. */
    public String saveFlow(String key, FlowDetails details, Instant now) {
        requireDraft();
        List<FieldError> errors = new ArrayList<>();
        if (party(details.sender()).isEmpty()) {
            errors.add(new FieldError("sender", Messages.text("agreement.AgreementVersion.chooseTheSenderAmongThe")));
        }
        if (party(details.recipient()).isEmpty()) {
            errors.add(new FieldError("recipient", Messages.text("agreement.AgreementVersion.chooseTheRecipientAmongThe")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        updatedAt = now;
        if (key == null) {
            String newKey = "F" + (flows.stream().mapToInt(f -> Integer.parseInt(f.getKey().substring(1))).max().orElse(0) + 1);
            flows.add(new Flow(newKey, details));
            return newKey;
        }
        flow(key).apply(details);
        return key;
    }

    public String copyFlow(String key, Instant now) {
        return saveFlow(null, flow(key).details(), now);
    }

    public void removeFlow(String key, Instant now) {
        requireDraft();
        flows.remove(flow(key));
        updatedAt = now;
    }

    /** Section answers, keyed "section-key.field-key"; blank answers are dropped. */
    public void replaceAnswers(Map<String, String> newAnswers, Instant now) {
        requireDraft();
        answers.clear();
        newAnswers.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                answers.put(k, v.trim());
            }
        });
        updatedAt = now;
    }

    /** Freezes the draft for the parties' decisions; a new round of decisions begins. */
    public void submit(String by, Instant now) {
        requireDraft();
        status = VersionStatus.SUBMITTED;
        submissionRound++;
        submittedAt = now;
        submittedBy = by;
        updatedAt = now;
    }

    /**
     * Takes a decision of this round into account, given every decision of the round so far (this one included):
     * a request for changes returns the version to draft; the last approval makes it approved.
     */
    public void decided(Decision decision, List<Decision> roundDecisions, Instant now) {
        if (status != VersionStatus.SUBMITTED) {
            throw new InvalidInputException("status", Messages.text("agreement.AgreementVersion.isNotAwaitingDecisions",
                    number));
        }
        if (decision.getDecision() == Decision.Kind.CHANGES_REQUESTED) {
            status = VersionStatus.DRAFT;
        } else if (parties.stream().allMatch(p -> roundDecisions.stream().anyMatch(d -> d.getOrganisationId() == p.getOrganisationId()
                && d.getDecision() == Decision.Kind.APPROVED))) {
            status = VersionStatus.APPROVED;
            approvedAt = now;
        }
        updatedAt = now;
    }

    /**
     * Where the version stands on a day, in the words every page and the API use: a draft sent back by a party is
     * "changes requested", an approved version is in force, due or overdue for review, or ended by its dates.
     */
    public StatusTag tag(LocalDate day) {
        return StatusTag.of(status.stage(submissionRound), effectiveDate, reviewDate, endDate, day);
    }

    public boolean isInForceOn(LocalDate day) {
        return status == VersionStatus.APPROVED && effectiveDate != null && !day.isBefore(effectiveDate)
                && (endDate == null || !day.isAfter(endDate));
    }

    /** The daily life-cycle run: an approved version whose end date has passed has expired. */
    public boolean expireIfEndedBefore(LocalDate today, Instant now) {
        if (status == VersionStatus.APPROVED && endDate != null && today.isAfter(endDate)) {
            status = VersionStatus.EXPIRED;
            updatedAt = now;
            return true;
        }
        return false;
    }

    public Optional<Party> party(String key) {
        return parties.stream().filter(p -> p.getKey().equals(key)).findFirst();
    }

    public boolean hasParty(long organisationId) {
        return parties.stream().anyMatch(p -> p.getOrganisationId() == organisationId);
    }

    private Flow flow(String key) {
        return flows.stream().filter(f -> f.getKey().equals(key)).findFirst()
                .orElseThrow(() -> new InvalidInputException("flow", Messages.text("agreement.AgreementVersion.thereIsNoFlow", key)));
    }

    private void requireDraft() {
        if (status != VersionStatus.DRAFT) {
            throw new InvalidInputException("status", Messages.text("agreement.AgreementVersion.andCanNoLongerBe",
                    number, status.name().toLowerCase()));
        }
    }

    private void apply(AgreementDetails d, Instant now) {
        if (d.endDate() != null && d.effectiveDate() != null && !d.endDate().isAfter(d.effectiveDate())) {
            throw new InvalidInputException("endDate", Messages.text("agreement.AgreementVersion.theEndDateMustCome"));
        }
        title = d.title().trim();
        purpose = d.purpose();
        benefits = d.benefits();
        effectiveDate = d.effectiveDate();
        reviewDate = d.reviewDate() != null || d.effectiveDate() == null ? d.reviewDate() : d.effectiveDate().plusYears(1);
        endDate = d.endDate();
        updatedAt = now;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getAgreementId() { return agreementId; }
    public int getNumber() { return number; }
    public VersionStatus getStatus() { return status; }
    public long getTemplateVersionId() { return templateVersionId; }
    public String getTitle() { return title; }
    public String getPurpose() { return purpose; }
    public String getBenefits() { return benefits; }
    public LocalDate getEffectiveDate() { return effectiveDate; }
    public LocalDate getReviewDate() { return reviewDate; }
    public LocalDate getEndDate() { return endDate; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public LocalDate getTerminatedOn() { return terminatedOn; }
    public String getTerminationReason() { return terminationReason; }
    public VersionOrigin getOrigin() { return origin; }
    public boolean isImported() { return origin == VersionOrigin.IMPORTED; }
    public int getSubmissionRound() { return submissionRound; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getApprovedAt() { return approvedAt; }
    public List<Party> getParties() { return List.copyOf(parties); }
    public List<Flow> getFlows() { return List.copyOf(flows); }
    public Map<String, String> getAnswers() { return Map.copyOf(answers); }
}
