package org.concordat.dpia.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.concordat.agreement.application.AgreementLinks;
import org.concordat.dpia.domain.Dpia;
import org.concordat.dpia.domain.DpiaComparison;
import org.concordat.dpia.domain.DpiaFilter;
import org.concordat.dpia.domain.DpiaListing;
import org.concordat.dpia.domain.DpiaMeasure;
import org.concordat.dpia.domain.DpiaRepository;
import org.concordat.dpia.domain.DpiaReview;
import org.concordat.dpia.domain.DpiaRisk;
import org.concordat.dpia.domain.DpiaVersion;
import org.concordat.dpia.domain.DpiaVersionStatus;
import org.concordat.dpia.domain.IcoPriorConsultation;
import org.concordat.dpia.domain.ScreeningOutcome;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.shared.application.AccessGuard;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.ListOrder;
import org.concordat.shared.domain.ListParameters;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.Page;
import org.concordat.shared.domain.PageRequest;
import org.concordat.shared.domain.NotFoundException;
import org.concordat.shared.domain.ReviewBand;
import org.concordat.shared.domain.StatusTag;
import org.concordat.shared.domain.Role;

/**
 * Reading DPIAs. A draft is seen only by the lead organisation's IG leads and DPOs; a version past drafting by the
 * lead organisation and by every organisation taking part in a linked agreement. A DPIA the caller may not see is
 * "not found".
 */
@ApplicationScoped
@Transactional
public class DpiaQueries {

    @Inject
    DpiaRepository repository;

    @Inject
    AgreementLinks agreements;

    @Inject
    OrganisationQueries organisations;

    @Inject
    AccessGuard guard;

    @Inject
    DpiaListing listing;

    @Inject
    Clock clock;

    /**
     * A DPIA in the list, at the newest version the caller may see.
     *
     * @param reviewDate the review date set at sign-off (null before)
     * @param tag        where it stands today, in the words agreements use too
     * @param tagLabel   those words
     */
    public record DpiaSummary(long dpiaId, String reference, String title, DpiaVersionStatus status, int number, long versionId,
                              ScreeningOutcome screeningOutcome, String leadOrganisationName, LocalDate reviewDate,
                              StatusTag tag, String tagLabel) implements Serializable {
    }

    /**
     * A DPIA whose current version (the latest signed off) is due for review within 90 days or overdue; daysLeft is
     * negative once it is overdue.
     */
    public record ReviewItem(long dpiaId, long versionId, String reference, String title, int number, DpiaVersionStatus status,
                             LocalDate reviewDate, long daysLeft, ReviewBand band, boolean led, String keptUnderReviewBy,
                             StatusTag tag, String tagLabel) {
    }

    /**
     * The review dashboard's DPIAs: those the caller's organisation leads or takes part in through a linked agreement,
     * whose current version is due for review within 90 days or overdue, earliest first. Superseded versions, and
     * versions followed by a newer sign-off, are never listed.
     */
    public List<ReviewItem> reviews() {
        Caller caller = guard.signedIn();
        LocalDate today = LocalDate.now(clock);
        List<ReviewItem> items = new ArrayList<>();
        for (DpiaVersion v : repository.signedOffWithReviewBy(today.plusDays(ReviewBand.HORIZON_DAYS), caller.organisationId())) {
            Dpia d = repository.find(v.getDpiaId()).orElseThrow();
            if (DpiaReview.isCurrent(v, repository.versions(d.getId())) && visible(caller, d, v)) {
                long days = ChronoUnit.DAYS.between(today, v.getReviewDate());
                items.add(new ReviewItem(d.getId(), v.getId(), d.getReference(), v.getTitle(), v.getNumber(), v.getStatus(),
                        v.getReviewDate(), days, ReviewBand.of(days), d.isLedBy(caller.organisationId()), v.getKeptUnderReviewBy(),
                        tag(v), tag(v).label()));
            }
        }
        return items;
    }

    /** The DPIAs the caller may see, at the newest version they may see; only those linked to the agreement, if given. */
    /** The DPIAs the caller may see (those assessing the agreement, when one is given), newest first: at most 500. */
    public List<DpiaSummary> list(Long agreementId) {
        return search(new DpiaFilter(null, null, agreementId, ListOrder.NEWEST), new PageRequest(1, PageRequest.MAX_SIZE)).items();
    }

    /** One page of the DPIAs the caller may see, filtered and sorted by the database. */
    public Page<DpiaSummary> search(DpiaFilter filter, PageRequest page) {
        Caller caller = guard.signedIn();
        LocalDate today = LocalDate.now(clock);
        return listing.find(new DpiaListing.Reader(caller.organisationId(), caller.has(Role.IG_LEAD) || caller.has(Role.DPO)),
                filter, today, page).map(r -> {
                    StatusTag tag = StatusTag.of(r.status().stage(r.adviceAskedBefore()),
                            r.signedOffAt() == null ? null : LocalDate.ofInstant(r.signedOffAt(), clock.getZone()), r.reviewDate(), null,
                            today);
                    return new DpiaSummary(r.dpiaId(), r.reference(), r.title(), r.status(), r.number(), r.versionId(),
                            r.screeningOutcome(), r.leadOrganisationName(), r.reviewDate(), tag, tag.label());
                });
    }

    /** The filter as a page's address or an API query gives it; a part that makes no sense is refused by its name. */
    public DpiaFilter filter(String q, String status, String agreement, String sort) {
        List<FieldError> errors = new ArrayList<>();
        DpiaFilter filter = new DpiaFilter(ListParameters.text(q, errors), ListParameters.status(status, EnumSet.allOf(StatusTag.class), errors),
                ListParameters.id(agreement, "agreementId", Messages.text("dpia.DpiaQueries.agreementFilter"), errors),
                ListParameters.order(sort, errors));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return filter;
    }

    public DpiaData latest(long dpiaId) {
        Caller caller = guard.signedIn();
        Dpia dpia = repository.find(dpiaId).orElseThrow(() -> new NotFoundException("DPIA " + dpiaId));
        DpiaVersion version = newestVisible(caller, dpia).orElseThrow(() -> new NotFoundException("DPIA " + dpiaId));
        return data(caller, dpia, version);
    }

    public DpiaData version(long versionId) {
        Caller caller = guard.signedIn();
        DpiaVersion version = repository.findVersion(versionId).orElseThrow(() -> new NotFoundException(Messages.text("dpia.DpiaQueries.dpiaVersion",
                versionId)));
        Dpia dpia = repository.find(version.getDpiaId()).orElseThrow();
        if (!visible(caller, dpia, version)) {
            throw new NotFoundException(Messages.text("dpia.DpiaQueries.dpiaVersion", versionId));
        }
        return data(caller, dpia, version);
    }

    /** What changed from one version to another, field by field; both must be visible to the caller. */
    public List<DpiaComparison.Change> compare(long dpiaId, int fromNumber, int toNumber) {
        Caller caller = guard.signedIn();
        Dpia dpia = repository.find(dpiaId).orElseThrow(() -> new NotFoundException("DPIA " + dpiaId));
        List<DpiaVersion> versions = repository.versions(dpiaId);
        return DpiaComparison.between(numbered(caller, dpia, versions, fromNumber), numbered(caller, dpia, versions, toNumber));
    }

    private DpiaVersion numbered(Caller caller, Dpia dpia, List<DpiaVersion> versions, int number) {
        return versions.stream().filter(v -> v.getNumber() == number && visible(caller, dpia, v)).findFirst()
                .orElseThrow(() -> new NotFoundException("Version " + number + " of " + dpia.getReference()));
    }

    /** Where a version stands today. */
    StatusTag tag(DpiaVersion version) {
        return version.tag(LocalDate.now(clock), clock.getZone());
    }

    Optional<DpiaVersion> newestVisible(Caller caller, Dpia dpia) {
        return repository.versions(dpia.getId()).stream().filter(v -> visible(caller, dpia, v)).reduce((a, b) -> b);
    }

    /** Authors are the lead organisation's IG leads and DPOs. */
    static boolean author(Caller caller, Dpia dpia) {
        return dpia.isLedBy(caller.organisationId()) && (caller.has(Role.IG_LEAD) || caller.has(Role.DPO));
    }

    boolean visible(Caller caller, Dpia dpia, DpiaVersion version) {
        if (version.isDraft()) {
            return author(caller, dpia);
        }
        return dpia.isLedBy(caller.organisationId()) || participants(dpia).contains(caller.organisationId());
    }

    /** The organisations taking part in the agreements the DPIA is linked to. */
    Set<Long> participants(Dpia dpia) {
        Set<Long> ids = new TreeSet<>();
        dpia.getAgreementIds().forEach(a -> ids.addAll(agreements.organisationsOf(a)));
        return ids;
    }

    DpiaData data(Caller caller, Dpia dpia, DpiaVersion version) {
        List<DpiaVersion> versions = repository.versions(dpia.getId());
        boolean latest = versions.get(versions.size() - 1).getId().equals(version.getId());
        boolean author = author(caller, dpia);
        boolean lead = dpia.isLedBy(caller.organisationId());
        DpiaVersionStatus status = version.getStatus();
        List<DpiaData.RiskData> risks = version.getRisks().stream().map(DpiaQueries::risk).toList();
        List<DpiaData.LinkedAgreementData> linked = dpia.getAgreementIds().stream().map(agreements::visible)
                .flatMap(Optional::stream).map(a -> new DpiaData.LinkedAgreementData(a.agreementId(), a.reference(), a.title(),
                        a.number(), a.status().name(), a.versionId())).toList();
        return new DpiaData(dpia.getId(), dpia.getReference(), version.getId(), version.getNumber(), status, version.getVersion(),
                version.getTitle(), version.getTemplateVersionId(), dpia.getLeadOrganisationId(),
                organisationName(dpia.getLeadOrganisationId()), version.getScreeningOutcome(),
                version.getScreening().stream().map(a -> new DpiaData.ScreeningAnswerData(a.getQuestionKey(), a.getQuestion(),
                        a.getGuidance(), a.getIndicator(), a.isHighRisk(), a.getAnswer())).toList(),
                version.screeningResult().reasons(), version.getAnswers(), risks, version.heatMapBefore(), version.heatMapAfter(),
                version.priorConsultationNeeded(),
                new DpiaData.DpoAdviceData(version.getDpoAdviceRequestedAt(), version.getDpoAdviceRequestedBy(), version.getDpoAdvice(),
                        version.getDpoAdviceSummary(), version.getDpoAdviceByName(), version.getDpoAdviceByEmail(), version.getDpoAdviceAt()),
                new DpiaData.SignOffData(version.getMeasuresApprovedBy(), version.getResidualRisksApprovedBy(),
                        version.getDpoAdviceDecision(), version.getDpoAdviceDecidedBy(), version.getOverruleReasons(),
                        version.getConsultationReviewedBy(), version.getConsultationNotes(), version.getKeptUnderReviewBy(),
                        version.getReviewDate(), version.getSignedOffByName(), version.getSignedOffByEmail(), version.getSignedOffAt()),
                icoAdvice(version.getIcoAdvice()), linked, versions.stream().filter(v -> visible(caller, dpia, v))
                        .map(v -> new DpiaData.VersionData(v.getId(), v.getNumber(), v.getStatus(), tag(v))).toList(),
                author && status == DpiaVersionStatus.DRAFT,
                lead && caller.has(Role.DPO) && status == DpiaVersionStatus.AWAITING_DPO_ADVICE,
                lead && caller.has(Role.SIGNATORY) && status == DpiaVersionStatus.AWAITING_SIGN_OFF,
                lead && (caller.has(Role.DPO) || caller.has(Role.SIGNATORY))
                        && status == DpiaVersionStatus.PRIOR_CONSULTATION_REQUIRED,
                author && (status == DpiaVersionStatus.AWAITING_DPO_ADVICE || status == DpiaVersionStatus.AWAITING_SIGN_OFF),
                author && latest && (status == DpiaVersionStatus.COMPLETED || status == DpiaVersionStatus.PRIOR_CONSULTATION_REQUIRED),
                author, tag(version), tag(version).label());
    }

    private static DpiaData.IcoAdviceData icoAdvice(IcoPriorConsultation c) {
        return c == null ? null : new DpiaData.IcoAdviceData(c.getReference(), c.getReceivedOn(), c.getAdvice(),
                c.getHowFollowed(), c.getRecordedByName(), c.getRecordedByEmail(), c.getRecordedAt());
    }

    private static DpiaData.RiskData risk(DpiaRisk r) {
        return new DpiaData.RiskData(r.getKey(), r.getSource(), r.getImpact(), r.getLikelihood(), r.getSeverity(), r.getOverall(),
                r.residual(), r.getMeasures().stream().map(m -> measure(r, m)).toList());
    }

    private static DpiaData.MeasureData measure(DpiaRisk r, DpiaMeasure m) {
        return new DpiaData.MeasureData(m.getKey(), r.getKey(), m.getDescription(), m.getEffect(), m.getResidualLikelihood(),
                m.getResidualSeverity(), m.getResidual(), m.isApproved(), m.getOwner(), m.getDueDate());
    }

    private String organisationName(long organisationId) {
        return organisations.findByIdAnyState(organisationId).map(OrganisationData::name).orElse("");
    }
}
