package org.concordat.route.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.concordat.agreement.application.AgreementData;
import org.concordat.agreement.application.AgreementQueries;
import org.concordat.agreement.domain.VersionStatus;
import org.concordat.audit.application.AuditLog;
import org.concordat.legal.application.LegalCatalogue;
import org.concordat.legal.domain.Catalogue;
import org.concordat.legal.domain.CatalogueEntry;
import org.concordat.legal.domain.Topic;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.route.domain.ConsentFrom;
import org.concordat.route.domain.DecisionDetails;
import org.concordat.route.domain.RouteGapRepository;
import org.concordat.route.domain.SharingDecision;
import org.concordat.route.domain.SharingDecisionRepository;
import org.concordat.shared.application.AccessGuard;
import org.concordat.shared.application.SpreadsheetCells;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.Page;
import org.concordat.shared.domain.PageRequest;
import org.concordat.shared.domain.NotFoundException;
import org.concordat.shared.domain.Role;

/**
 * The sharing decision log (golden rule 7): a practitioner records what they decided and why; they read their own
 * entries, their organisation's IG leads and DPOs read the organisation's log and its coverage gaps. Entries are
 * never changed: a correction is a new entry pointing to the one it corrects.
 */
@ApplicationScoped
@Transactional
public class SharingDecisions {

    /**
     * An entry as pages and the API show it: codes with their titles, the agreement by its reference.
     *
     * @param dataSubjectCodes  the codes behind {@code dataSubjects} (and so on for categories, purpose, lawful basis),
     *                          so that a correction can start from exactly what was recorded
     * @param correctedById     the entry that corrects this one, if any ({@code corrected} says the same)
     * @param correctable       whether the caller may correct this entry now (see {@link #forCorrection})
     */
    public record DecisionData(long id, Instant recordedAt, String recordedBy, SharingDecision.Kind decision,
                               Long recipientOrganisationId, String recipient, LocalDate decidedOn,
                               List<String> dataSubjects, List<String> dataCategories, String purpose, String lawfulBasis,
                               Long agreementVersionId, String agreement, SharingDecision.NoAgreement noAgreementReason,
                               String routeOutcome, boolean emergency, boolean familyInformed,
                               String familyNotInformedReason, boolean consentSought, ConsentFrom consentFrom,
                               String consentNotSoughtReason,
                               String rationale, String caseReference, Long correctsId, boolean corrected,
                               List<String> dataSubjectCodes, List<String> dataCategoryCodes, String purposeCode,
                               String lawfulBasisCode, Long correctedById, boolean correctable) implements Serializable {
    }

    /** An organisation's log, filtered; every filter optional. */
    public record LogFilter(SharingDecision.Kind decision, Long recipientOrganisationId, LocalDate from, LocalDate to,
                            String caseReference) {
    }

    /** A route checked and not (fully) covered, how often, and when last. */
    public record GapData(String from, String to, String purpose, long times, long partlyCovered, Instant lastCheckedAt,
                          Long toOrganisationId, String purposeCode, boolean mayDraft) implements Serializable {
    }

    @Inject
    SharingDecisionRepository repository;

    @Inject
    RouteGapRepository gaps;

    @Inject
    AgreementQueries agreements;

    @Inject
    OrganisationQueries organisations;

    @Inject
    LegalCatalogue catalogue;

    @Inject
    AccessGuard guard;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public DecisionData record(DecisionDetails details) {
        Caller caller = recorder(Messages.text("route.SharingDecisions.recordASharingDecision"));
        SharingDecision saved = repository.add(checked(caller, details, null));
        audit.change("SHARING_DECISION_RECORDED", "SharingDecision", saved.getId(), saved.getDecision() + " recorded by "
                + caller.email() + " (case " + saved.getCaseReference() + ")", null, null);
        return data(caller, saved, Map.of(), new HashMap<>());
    }

    /** A new entry that replaces an earlier one of the same organisation; the earlier one is kept, marked corrected. */
    public DecisionData correct(long correctedId, DecisionDetails details) {
        Caller caller = recorder(CORRECT);
        correctable(caller, correctedId);
        // Two corrections of one entry at the same instant: the database lets one through (V19), the other is told.
        SharingDecision saved = repository.addCorrection(checked(caller, details, correctedId)).orElseThrow(() ->
                new InvalidInputException("correctsId", Messages.text("route.SharingDecisions.hasJustBeenCorrectedBy",
                        correctedId)));
        audit.change("SHARING_DECISION_CORRECTED", "SharingDecision", saved.getId(), Messages.text("route.SharingDecisions.correctedByEntry",
                correctedId, saved.getId(), caller.email()), null, null);
        return data(caller, saved, Map.of(), new HashMap<>());
    }

    /**
     * The entry a correction starts from, with exactly the checks {@link #correct} makes: of the caller's organisation
     * (otherwise not found), recorded by the caller or read by their organisation's IG lead or DPO, not yet corrected.
     */
    public DecisionData forCorrection(long id) {
        Caller caller = recorder(CORRECT);
        return data(caller, correctable(caller, id), Map.of(), new HashMap<>());
    }

    private static final String CORRECT = Messages.text("route.SharingDecisions.correctASharingDecision");

    private SharingDecision correctable(Caller caller, long id) {
        SharingDecision earlier = repository.find(id).filter(d -> d.getOrganisationId() == caller.organisationId())
                .orElseThrow(() -> new NotFoundException(Messages.text("route.SharingDecisions.sharingDecision", id)));
        if (!mayCorrect(caller, earlier)) {
            throw guard.refuse(caller, CORRECT, Messages.text("route.SharingDecisions.onlyWhoeverRecordedADecision"));
        }
        Long by = repository.correctedBy(List.of(id)).get(id);
        if (by != null) {
            throw new InvalidInputException("correctsId", Messages.text("route.SharingDecisions.hasAlreadyBeenCorrectedBy",
                    id, by));
        }
        return earlier;
    }

    /** Whoever recorded it, or their organisation's IG lead or DPO — provided they may record decisions at all. */
    private static boolean mayCorrect(Caller caller, SharingDecision entry) {
        boolean recorder = caller.has(Role.PRACTITIONER) || caller.has(Role.IG_LEAD) || caller.has(Role.DPO);
        return recorder && entry.getOrganisationId() == caller.organisationId()
                && (entry.getRecordedByUserId() == caller.userId() || caller.has(Role.IG_LEAD) || caller.has(Role.DPO));
    }

    /** The caller's own entries, newest first, a page at a time. */
    public Page<DecisionData> mine(PageRequest page) {
        Caller caller = guard.signedIn();
        return all(caller, repository.recordedBy(caller.userId(), page));
    }

    /** The caller's organisation's log, newest first, filtered, a page at a time (IG leads and DPOs). */
    public Page<DecisionData> organisationLog(LogFilter filter, PageRequest page) {
        Caller caller = guard.requireAny(Messages.text("route.SharingDecisions.readTheOrganisationSSharing"), Role.IG_LEAD, Role.DPO);
        LogFilter f = filter == null ? new LogFilter(null, null, null, null, null) : filter;
        return all(caller, repository.ofOrganisation(caller.organisationId(), f.decision(), f.recipientOrganisationId(), f.from(),
                f.to(), f.caseReference() == null || f.caseReference().isBlank() ? null : f.caseReference(), page));
    }

    /**
     * The organisation's log as CSV, one row per entry, for the organisation's own records and audits. Reasons and
     * other free text are the practitioners' own words: {@link SpreadsheetCells} keeps a formula among them from
     * running when the file is opened in a spreadsheet.
     */
    public String csv(LogFilter filter) {
        return SpreadsheetCells.csv(CSV_HEADER, Page.all(request -> organisationLog(filter, request)).stream().map(d -> Arrays.asList(d.id(), d.recordedAt(),
                d.recordedBy(), d.decision(), d.recipient(), d.decidedOn(), String.join("; ", d.dataSubjects()),
                String.join("; ", d.dataCategories()), d.purpose(), d.lawfulBasis(),
                d.agreement() != null ? d.agreement() : Messages.text("route.SharingDecisions.noAgreement",
                        d.noAgreementReason()), d.routeOutcome(),
                d.emergency(), d.familyInformed(), d.familyNotInformedReason(), d.consentSought(), d.consentFrom(),
                d.consentNotSoughtReason(), d.rationale(), d.caseReference(), d.correctsId(), d.corrected())));
    }

    private static final List<String> CSV_HEADER = List.of("Entry", Messages.text("route.SharingDecisions.recordedAt"), Messages.text("route.SharingDecisions.recordedBy"), "Decision", "Recipient",
            Messages.text("route.SharingDecisions.decidedOn"), Messages.text("route.SharingDecisions.aboutWhom"), "What", "Purpose", Messages.text("route.SharingDecisions.lawfulBasis"), "Agreement", Messages.text("route.SharingDecisions.routeCheck"), "Emergency",
            Messages.text("route.SharingDecisions.familyInformed"), Messages.text("route.SharingDecisions.whyNotInformed"), Messages.text("route.SharingDecisions.consentSought"), Messages.text("route.SharingDecisions.whoseConsent"), Messages.text("route.SharingDecisions.whyConsentNotSought"), "Reasons",
            Messages.text("route.SharingDecisions.caseReference"), Messages.text("route.SharingDecisions.correctsEntry"), Messages.text("route.SharingDecisions.correctedLater"));

    /** Routes checked from the caller's organisation (the whole partnership for an administrator) and not covered. */
    public List<GapData> coverageGaps() {
        Caller caller = guard.requireAny(Messages.text("route.SharingDecisions.readTheCoverageGaps"), Role.IG_LEAD, Role.DPO, Role.ADMIN);
        Map<Long, String> names = new HashMap<>();
        // A draft for the route is started by an IG lead of the organisation that asked, to a partner in the partnership.
        boolean drafter = caller.has(Role.IG_LEAD);
        return gaps.counts(caller.has(Role.ADMIN) ? null : caller.organisationId(), 100).stream()
                .map(g -> new GapData(name(g.fromOrganisationId(), names),
                        g.toOrganisationId() == null ? null : name(g.toOrganisationId(), names), title(g.purpose()),
                        g.times(), g.partly(), g.lastCheckedAt(), g.toOrganisationId(), g.purpose(),
                        drafter && g.toOrganisationId() != null && g.fromOrganisationId() == caller.organisationId()))
                .toList();
    }

    private Caller recorder(String action) {
        return guard.requireAny(action, Role.PRACTITIONER, Role.IG_LEAD, Role.DPO);
    }

    private SharingDecision checked(Caller caller, DecisionDetails d, Long correctsId) {
        List<FieldError> errors = new ArrayList<>(d.problems(LocalDate.now(clock)));
        Catalogue law = catalogue.current();
        known(law, "dataSubjects", d.dataSubjects(), errors, Topic.DATA_SUBJECTS);
        known(law, "dataCategories", d.dataCategories(), errors, Topic.DATA_CATEGORIES);
        if (d.purpose() != null && !d.purpose().isBlank()) {
            known(law, "purpose", Set.of(d.purpose()), errors, Topic.PURPOSES);
        }
        if (d.lawfulBasis() != null && !d.lawfulBasis().isBlank()) {
            known(law, "lawfulBasis", Set.of(d.lawfulBasis()), errors, Topic.LAWFUL_BASES, Topic.LAW_ENFORCEMENT);
        }
        if (d.recipientOrganisationId() != null) {
            Optional<OrganisationData> recipient = organisations.findByIdAnyState(d.recipientOrganisationId());
            if (recipient.isEmpty() || caller.belongsTo(d.recipientOrganisationId())) {
                errors.add(new FieldError("recipient", Messages.text("route.SharingDecisions.chooseTheOrganisationTheInformation")));
            }
        }
        if (d.agreementVersionId() != null) {
            reliedOn(caller, d, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new SharingDecision(caller.organisationId(), caller.userId(), caller.fullName(), clock.instant(), d, correctsId);
    }

    /** The agreement relied on must be one the caller's organisation and the recipient are both party to, approved. */
    private void reliedOn(Caller caller, DecisionDetails d, List<FieldError> errors) {
        try {
            AgreementData version = agreements.version(d.agreementVersionId());
            boolean parties = version.parties().stream().anyMatch(p -> p.organisationId() == caller.organisationId())
                    && (d.recipientOrganisationId() == null
                    || version.parties().stream().anyMatch(p -> p.organisationId() == d.recipientOrganisationId()));
            if (!parties || version.status() != VersionStatus.APPROVED) {
                errors.add(new FieldError("agreement", Messages.text("route.SharingDecisions.theAgreementReliedOnMust")));
            }
        } catch (NotFoundException e) {
            errors.add(new FieldError("agreement", Messages.text("route.SharingDecisions.thereIsNoAgreementVersion",
                    d.agreementVersionId())));
        }
    }

    private static void known(Catalogue law, String field, Set<String> codes, List<FieldError> errors, Topic... topics) {
        for (String code : codes) {
            Optional<CatalogueEntry> entry = law.find(code);
            if (entry.isEmpty() || Set.of(topics).stream().noneMatch(t -> t == entry.get().topic())) {
                errors.add(new FieldError(field, Messages.text("route.SharingDecisions.isNotACodeOf", code)));
            }
        }
    }

    private Page<DecisionData> all(Caller caller, Page<SharingDecision> entries) {
        Map<Long, Long> correctedBy = repository.correctedBy(entries.items().stream().map(SharingDecision::getId).toList());
        Map<Long, String> names = new HashMap<>();
        return entries.map(d -> data(caller, d, correctedBy, names));
    }

    private DecisionData data(Caller caller, SharingDecision d, Map<Long, Long> correctedBy, Map<Long, String> names) {
        Long by = correctedBy.get(d.getId());
        String agreement = null;
        if (d.getAgreementVersionId() != null) {
            try {
                AgreementData v = agreements.version(d.getAgreementVersionId());
                agreement = v.reference() + " version " + v.number();
            } catch (NotFoundException e) {
                agreement = Messages.text("route.SharingDecisions.agreementVersion", d.getAgreementVersionId());
            }
        }
        return new DecisionData(d.getId(), d.getRecordedAt(), d.getRecordedByName(), d.getDecision(),
                d.getRecipientOrganisationId(), d.getRecipientOrganisationId() == null ? d.getRecipientOther()
                : name(d.getRecipientOrganisationId(), names), d.getDecidedOn(), titles(d.getDataSubjects()),
                titles(d.getDataCategories()), title(d.getPurpose()), d.getLawfulBasis() == null ? null : title(d.getLawfulBasis()),
                d.getAgreementVersionId(), agreement, d.getNoAgreementReason(),
                d.getRouteOutcome() == null ? null : d.getRouteOutcome().name(), d.isEmergency(), d.isFamilyInformed(),
                d.getFamilyNotInformedReason(), d.isConsentSought(), d.getConsentFrom(), d.getConsentNotSoughtReason(), d.getRationale(),
                d.getCaseReference(), d.getCorrectsId(), by != null, List.copyOf(d.getDataSubjects()),
                List.copyOf(d.getDataCategories()), d.getPurpose(), d.getLawfulBasis(), by, by == null && mayCorrect(caller, d));
    }

    private List<String> titles(Set<String> codes) {
        return codes.stream().map(this::title).collect(Collectors.toList());
    }

    private String title(String code) {
        return catalogue.current().find(code).map(CatalogueEntry::readerTitle).orElse(code);
    }

    private String name(long organisationId, Map<Long, String> names) {
        return names.computeIfAbsent(organisationId, id -> organisations.findByIdAnyState(id).map(OrganisationData::name)
                .orElse("Organisation " + id));
    }
}
