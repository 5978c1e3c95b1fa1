package org.concordat.agreement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.concordat.agreement.domain.Agreement;
import org.concordat.agreement.domain.AgreementFilter;
import org.concordat.agreement.domain.AgreementListing;
import org.concordat.agreement.domain.AgreementRepository;
import org.concordat.agreement.domain.AgreementVersion;
import org.concordat.agreement.domain.Flow;
import org.concordat.agreement.domain.FlowDetails;
import org.concordat.agreement.domain.Party;
import org.concordat.agreement.domain.VersionComparison;
import org.concordat.agreement.domain.VersionStatus;
import org.concordat.audit.application.AuditQueries;
import org.concordat.legal.application.ComplianceChecks;
import org.concordat.legal.application.LegalCatalogue;
import org.concordat.legal.domain.CatalogueEntry;
import org.concordat.legal.domain.Topic;
import org.concordat.legal.domain.compliance.AgreementFacts;
import org.concordat.legal.domain.compliance.ConditionsRecord;
import org.concordat.legal.domain.compliance.DpiaStatus;
import org.concordat.legal.domain.compliance.FlowFacts;
import org.concordat.legal.domain.compliance.PartyFacts;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.shared.application.AccessGuard;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.NotFoundException;
import org.concordat.shared.domain.Page;
import org.concordat.shared.domain.PageRequest;
import org.concordat.shared.domain.ReviewBand;
import org.concordat.shared.domain.Role;
import org.concordat.shared.domain.StatusTag;

/**
 * Reading agreements. A draft is seen only by the lead organisation's IG leads; a submitted or later version by
 * every party. An agreement the caller may not see is "not found".
 */
@ApplicationScoped
@Transactional
public class AgreementQueries {

    @Inject
    AgreementRepository repository;

    @Inject
    OrganisationQueries organisations;

    @Inject
    ComplianceChecks compliance;

    @Inject
    AccessGuard guard;

    @Inject
    java.time.Clock clock;

    @Inject
    AuditQueries audit;

    @Inject
    LinkedDpias dpias;

    @Inject
    AgreementListing listing;

    @Inject
    LegalCatalogue catalogue;

    /**
     * An agreement in the list, at the newest version the caller may see.
     *
     * @param tag      where it stands today, in the words every page uses (derived from the status and the dates)
     * @param tagLabel those words
     */
    public record AgreementSummary(long agreementId, String reference, String title, VersionStatus status, int number,
                                   long versionId, java.time.LocalDate reviewDate, StatusTag tag, String tagLabel,
                                   List<String> parties) implements Serializable {
    }

    /** Every agreement the caller may see, newest first, at the newest version they may see (at most 500). */
    public List<AgreementSummary> list() {
        return search(AgreementFilter.none(), new PageRequest(1, PageRequest.MAX_SIZE)).items();
    }

    /**
     * One page of the agreements the caller may see, filtered and sorted by the database. Text is also looked for in
     * the names of the flows' purposes, as the catalogue in force names them.
     */
    public Page<AgreementSummary> search(AgreementFilter filter, PageRequest page) {
        Caller caller = guard.signedIn();
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        AgreementFilter resolved = filter.text() == null ? filter : filter.withPurposeCodes(purposesNamed(filter.text()));
        Page<AgreementListing.Row> rows = listing.find(new AgreementListing.Reader(caller.organisationId(),
                caller.has(Role.IG_LEAD)), resolved, today, page);
        Map<Long, List<String>> parties = listing.partyNames(rows.items().stream().map(AgreementListing.Row::versionId).toList());
        return rows.map(r -> {
            StatusTag tag = StatusTag.of(r.status().stage(r.submissionRound()), r.effectiveDate(), r.reviewDate(), r.endDate(),
                    today);
            return new AgreementSummary(r.agreementId(), r.reference(), r.title(), r.status(), r.number(), r.versionId(),
                    r.reviewDate(), tag, tag.label(), parties.getOrDefault(r.versionId(), List.of()));
        });
    }

    /** The purposes whose name, as the catalogue in force gives it, holds the text (any case). */
    private java.util.Set<String> purposesNamed(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return catalogue.current().entries(Topic.PURPOSES).stream()
                .filter(e -> e.title().toLowerCase(java.util.Locale.ROOT).contains(lower)).map(CatalogueEntry::code)
                .collect(Collectors.toSet());
    }

    /** An approved agreement whose review is near or past; daysLeft is negative once it is overdue. */
    public record ReviewItem(long agreementId, long versionId, String reference, String title, int number,
                             java.time.LocalDate reviewDate, long daysLeft, ReviewBand band, boolean led, StatusTag tag,
                             String tagLabel) {
    }

    /** The review dashboard: the caller's organisation's approved agreements due for review within 90 days or overdue. */
    public List<ReviewItem> reviews() {
        Caller caller = guard.signedIn();
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        return repository.approvedWithReviewBy(today.plusDays(ReviewBand.HORIZON_DAYS), caller.organisationId()).stream().map(v -> {
            Agreement a = repository.find(v.getAgreementId()).orElseThrow();
            long days = java.time.temporal.ChronoUnit.DAYS.between(today, v.getReviewDate());
            return new ReviewItem(a.getId(), v.getId(), a.getReference(), v.getTitle(), v.getNumber(), v.getReviewDate(), days,
                    ReviewBand.of(days), a.isLedBy(caller.organisationId()), v.tag(today), v.tag(today).label());
        }).toList();
    }

    /** One version in the history: its status and who moved it on, and when. */
    public record VersionEntry(long versionId, int number, VersionStatus status, String title, java.time.Instant createdAt,
                               String createdBy, java.time.Instant submittedAt, String submittedBy, java.time.Instant approvedAt,
                               java.time.LocalDate effectiveDate, java.time.LocalDate endDate, java.time.LocalDate terminatedOn,
                               StatusTag tag, String tagLabel) implements Serializable {
    }

    public record History(long agreementId, String reference, String title, List<VersionEntry> versions,
                          List<AuditQueries.HistoryEntry> events) implements Serializable {
    }

    /** Every version the caller may see, and the audit trail of the agreement and those versions. */
    public History history(long agreementId) {
        Caller caller = guard.signedIn();
        Agreement agreement = repository.find(agreementId).orElseThrow(() -> new NotFoundException("Agreement " + agreementId));
        List<AgreementVersion> visible = repository.versions(agreementId).stream().filter(v -> visible(caller, agreement, v)).toList();
        if (visible.isEmpty()) {
            throw new NotFoundException("Agreement " + agreementId);
        }
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        List<VersionEntry> versions = visible.stream().map(v -> new VersionEntry(v.getId(), v.getNumber(), v.getStatus(),
                v.getTitle(), v.getCreatedAt(), v.getCreatedBy(), v.getSubmittedAt(), v.getSubmittedBy(), v.getApprovedAt(),
                v.getEffectiveDate(), v.getEndDate(), v.getTerminatedOn(), v.tag(today), v.tag(today).label())).toList();
        return new History(agreementId, agreement.getReference(), visible.get(visible.size() - 1).getTitle(), versions,
                audit.history("Agreement", agreementId, "AgreementVersion", visible.stream().map(AgreementVersion::getId).toList()));
    }

    public AgreementData latest(long agreementId) {
        Caller caller = guard.signedIn();
        Agreement agreement = repository.find(agreementId).orElseThrow(() -> new NotFoundException("Agreement " + agreementId));
        // The newest version the caller may see: a party sees the approved version while an amendment is drafted.
        List<AgreementVersion> versions = repository.versions(agreementId);
        AgreementVersion version = versions.stream().filter(v -> visible(caller, agreement, v))
                .reduce((a, b) -> b).orElseThrow(() -> new NotFoundException("Agreement " + agreementId));
        return data(caller, agreement, version);
    }

    public AgreementData version(long versionId) {
        Caller caller = guard.signedIn();
        AgreementVersion version = repository.findVersion(versionId).orElseThrow(() -> new NotFoundException(Messages.text("agreement.AgreementQueries.agreementVersion",
                versionId)));
        Agreement agreement = repository.find(version.getAgreementId()).orElseThrow();
        if (!visible(caller, agreement, version)) {
            throw new NotFoundException(Messages.text("agreement.AgreementQueries.agreementVersion", versionId));
        }
        return data(caller, agreement, version);
    }

    /**
     * Each controller's record of the Schedule 1 conditions it relies on under a version (DPA 2018 Schedule 1
     * paragraph 41): for the IG leads and DPOs of the organisations that may see the version.
     */
    public List<ConditionsRecord.ControllerRecord> conditionsRecord(long versionId) {
        Caller caller = guard.requireAny(Messages.text("agreement.AgreementQueries.readTheRecordOfSchedule"), Role.IG_LEAD, Role.DPO);
        AgreementVersion version = repository.findVersion(versionId).orElseThrow(() -> new NotFoundException(Messages.text("agreement.AgreementQueries.agreementVersion",
                versionId)));
        Agreement agreement = repository.find(version.getAgreementId()).orElseThrow();
        if (!visible(caller, agreement, version)) {
            throw new NotFoundException(Messages.text("agreement.AgreementQueries.agreementVersion", versionId));
        }
        Map<Long, OrganisationData> orgs = version.getParties().stream().map(Party::getOrganisationId).distinct()
                .map(id -> organisations.findByIdAnyState(id).orElseThrow())
                .collect(Collectors.toMap(OrganisationData::id, Function.identity()));
        return compliance.conditionsRecord(facts(version, orgs, DpiaStatus.NONE));
    }

    /** A version as its own document names it, with its status now. */
    public record VersionSummary(long versionId, long agreementId, String reference, String title, int number,
                                 VersionStatus status) {
    }

    /**
     * The reference, title, number and current status of a version, for anyone who holds its document and asks
     * whether it is genuine (the document shows all of this but the current status): no sign-in needed, nothing more
     * told. A version returned to its authors is a draft again, and a draft is theirs alone: its title is not told.
     */
    public java.util.Optional<VersionSummary> summary(long versionId) {
        return repository.findVersion(versionId).map(v -> {
            Agreement agreement = repository.find(v.getAgreementId()).orElseThrow();
            return new VersionSummary(v.getId(), agreement.getId(), agreement.getReference(),
                    v.getStatus() == VersionStatus.DRAFT ? null : v.getTitle(), v.getNumber(), v.getStatus());
        });
    }

    /** What changed from one version to another, field by field; both must be visible to the caller. */
    public List<VersionComparison.Change> compare(long agreementId, int fromNumber, int toNumber) {
        Caller caller = guard.signedIn();
        Agreement agreement = repository.find(agreementId).orElseThrow(() -> new NotFoundException("Agreement " + agreementId));
        List<AgreementVersion> versions = repository.versions(agreementId);
        AgreementVersion from = numbered(caller, agreement, versions, fromNumber);
        AgreementVersion to = numbered(caller, agreement, versions, toNumber);
        return VersionComparison.between(from, to);
    }

    private static AgreementVersion numbered(Caller caller, Agreement agreement, List<AgreementVersion> versions, int number) {
        return versions.stream().filter(v -> v.getNumber() == number && visible(caller, agreement, v)).findFirst()
                .orElseThrow(() -> new NotFoundException("Version " + number + " of " + agreement.getReference()));
    }

    static boolean visible(Caller caller, Agreement agreement, AgreementVersion version) {
        if (version.getStatus() == VersionStatus.DRAFT) {
            return agreement.isLedBy(caller.organisationId()) && caller.has(Role.IG_LEAD);
        }
        return agreement.isLedBy(caller.organisationId()) || version.hasParty(caller.organisationId());
    }

    AgreementData data(Caller caller, Agreement agreement, AgreementVersion version) {
        Map<Long, OrganisationData> orgs = version.getParties().stream().map(Party::getOrganisationId).distinct()
                .map(id -> organisations.findByIdAnyState(id).orElseThrow())
                .collect(Collectors.toMap(OrganisationData::id, Function.identity()));
        List<AgreementData.PartyData> parties = version.getParties().stream().map(p -> {
            var d = p.details();
            return new AgreementData.PartyData(p.getKey(), p.getOrganisationId(), orgs.get(p.getOrganisationId()).name(),
                    d.role(), d.signatoryName(), d.contactName(), d.contactEmail());
        }).toList();
        List<AgreementData.FlowData> flows = version.getFlows().stream()
                .map(f -> new AgreementData.FlowData(f.getKey(), f.details())).toList();
        boolean editable = version.getStatus() == VersionStatus.DRAFT && agreement.isLedBy(caller.organisationId())
                && caller.has(Role.IG_LEAD);
        List<AgreementData.DecisionData> decisions = repository.decisions(version.getId()).stream()
                .map(d -> new AgreementData.DecisionData(d.getRound(), d.getOrganisationId(),
                        orgs.containsKey(d.getOrganisationId()) ? orgs.get(d.getOrganisationId()).name() : "",
                        d.getDecision().name(), d.getComment(), d.getDecidedByName(), d.getDecidedAt()))
                .toList();
        boolean decidedThisRound = decisions.stream().anyMatch(d -> d.round() == version.getSubmissionRound()
                && d.organisationId() == caller.organisationId());
        boolean canDecide = version.getStatus() == VersionStatus.SUBMITTED && caller.has(Role.SIGNATORY)
                && version.hasParty(caller.organisationId()) && !decidedThisRound;
        var report = compliance.evaluate(facts(version, orgs, dpias.statusFor(agreement.getId())));
        boolean lead = agreement.isLedBy(caller.organisationId()) && caller.has(Role.IG_LEAD);
        boolean isLatest = repository.latestVersion(agreement.getId()).map(v -> v.getId().equals(version.getId())).orElse(false);
        return new AgreementData(agreement.getId(), agreement.getReference(), version.getId(), version.getNumber(),
                version.getStatus(), version.getVersion(), version.getTitle(), version.getPurpose(), version.getBenefits(),
                version.getEffectiveDate(), version.getReviewDate(), version.getEndDate(), version.getTemplateVersionId(),
                agreement.getLeadOrganisationId(), parties, flows, version.getAnswers(), report, editable,
                version.getSubmissionRound(), version.isInForceOn(java.time.LocalDate.now(clock)), decisions,
                editable && !report.blocksSubmission(), canDecide, version.getTerminatedOn(), version.getTerminationReason(),
                lead && version.getStatus() == VersionStatus.APPROVED && isLatest,
                lead && version.getStatus() == VersionStatus.APPROVED, agreement.isPublicRegister(),
                lead && repository.versions(agreement.getId()).stream().anyMatch(v -> v.getApprovedAt() != null));
    }

    private static AgreementFacts facts(AgreementVersion version, Map<Long, OrganisationData> orgs, DpiaStatus dpia) {
        List<PartyFacts> parties = version.getParties().stream().map(p -> {
            OrganisationData o = orgs.get(p.getOrganisationId());
            return new PartyFacts(p.getKey(), o.name(), o.details().sector().name(), o.details().publicAuthority(),
                    o.details().competentAuthority(), o.details().apdReference() != null && o.details().apdDate() != null,
                    p.getRole().name());
        }).toList();
        List<FlowFacts> flows = version.getFlows().stream().map(AgreementQueries::facts).toList();
        return new AgreementFacts(version.getEffectiveDate(), version.getReviewDate(), parties, flows, dpia);
    }

    private static FlowFacts facts(Flow flow) {
        FlowDetails d = flow.details();
        return new FlowFacts(flow.getKey(), d.sender(), d.recipient(), d.bothWays(), d.dataSubjects(), d.dataCategories(),
                d.purpose(), d.transferMethod(), d.retention(), d.law());
    }
}
