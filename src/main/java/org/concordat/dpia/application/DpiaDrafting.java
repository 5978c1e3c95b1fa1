package org.concordat.dpia.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.concordat.agreement.application.AgreementLinks;
import org.concordat.audit.application.AuditLog;
import org.concordat.dpia.domain.Dpia;
import org.concordat.dpia.domain.DpiaRepository;
import org.concordat.dpia.domain.DpiaVersion;
import org.concordat.dpia.domain.DpiaVersionStatus;
import org.concordat.dpia.domain.MeasureDetails;
import org.concordat.dpia.domain.RiskDetails;
import org.concordat.dpia.domain.RiskScale;
import org.concordat.legal.application.LegalCatalogue;
import org.concordat.shared.application.AccessGuard;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.ConcurrentChangeException;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.NotFoundException;
import org.concordat.shared.domain.Role;
import org.concordat.template.application.TemplateVersionData;
import org.concordat.template.application.TemplateLibrary;
import org.concordat.template.domain.TemplateKind;
import org.concordat.template.domain.TemplateVersionStatus;

/**
 * The lead organisation's IG leads and DPOs draft a DPIA: from a published DPIA template version, with its
 * screening, the answers to its steps, the risk register and the measures; they link it to the agreements it
 * assesses, and start a new version from a signed-off one. Every change names the version it was made to; a newer
 * one in the database means someone else saved first.
 */
@ApplicationScoped
public class DpiaDrafting {

    @Inject
    DpiaRepository repository;

    @Inject
    DpiaQueries queries;

    @Inject
    TemplateLibrary templates;

    @Inject
    AgreementLinks agreements;

    @Inject
    LegalCatalogue catalogue;

    @Inject
    AccessGuard guard;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Starts a DPIA from a published DPIA template version, linked to the agreements given (step 2 drawn from their flows). */
    @Transactional
    public DpiaData create(long templateVersionId, String title, List<Long> agreementIds) {
        Caller caller = guard.requireAny("start a DPIA", Role.IG_LEAD, Role.DPO);
        TemplateVersionData template = templates.version(templateVersionId);
        if (template.kind() != TemplateKind.DPIA || template.status() != TemplateVersionStatus.PUBLISHED) {
            throw new InvalidInputException("templateVersionId", Messages.text("dpia.DpiaDrafting.chooseAPublishedDpiaTemplate"));
        }
        RiskScale scale;
        try {
            scale = RiskScale.of(template.content().riskMatrix());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("templateVersionId", Messages.text("dpia.DpiaDrafting.thisTemplateSRiskMatrix",
                    e.getMessage()));
        }
        List<AgreementLinks.LinkedAgreement> linked = new ArrayList<>();
        for (Long agreementId : agreementIds == null ? List.<Long>of() : agreementIds) {
            linked.add(linkable(agreementId));
        }
        Dpia dpia = repository.add(new Dpia(Dpia.reference(clock.instant().atZone(ZoneOffset.UTC).getYear(),
                repository.nextReferenceNumber()), caller.organisationId(), clock.instant()));
        DpiaVersion version = repository.add(DpiaVersion.firstDraft(dpia.getId(), templateVersionId, title,
                template.content().screening(), scale, caller.email(), clock.instant()));
        linked.forEach(a -> dpia.link(a.agreementId()));
        version.prefill(suggestions(linked, template), clock.instant());
        audit.change("DPIA_DRAFTED", "Dpia", dpia.getId(), dpia.getReference() + " drafted: " + version.getTitle()
                + linkedSummary(linked), null, null);
        repository.flush();
        return queries.data(caller, dpia, version);
    }

    @Transactional
    public DpiaData rename(long versionId, long lockVersion, String title) {
        Caller caller = authorCaller("edit a DPIA");
        DpiaVersion version = editable(caller, versionId, lockVersion);
        version.rename(title, clock.instant());
        return saved(caller, version, "title");
    }

    /** The screening answers, question key → yes (true) or no (false). */
    @Transactional
    public DpiaData answerScreening(long versionId, long lockVersion, Map<String, Boolean> answers) {
        Caller caller = authorCaller("edit a DPIA");
        DpiaVersion version = editable(caller, versionId, lockVersion);
        version.answerScreening(answers == null ? Map.of() : answers, clock.instant());
        return saved(caller, version, "screening: DPIA " + version.getScreeningOutcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }

    /** The steps' answers, keyed section-key.field-key of the template; blank answers are dropped. */
    @Transactional
    public DpiaData saveAnswers(long versionId, long lockVersion, Map<String, String> answers) {
        Caller caller = authorCaller("edit a DPIA");
        DpiaVersion version = editable(caller, versionId, lockVersion);
        Map<String, String> given = answers == null ? Map.of() : answers;
        Set<String> known = fields(templates.version(version.getTemplateVersionId())).keySet();
        List<String> unknown = given.keySet().stream().filter(k -> !known.contains(k)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown.stream().map(k -> new org.concordat.shared.domain.FieldError("answers." + k,
                    Messages.text("dpia.DpiaDrafting.theTemplateOfThisDpia", k))).toList());
        }
        version.replaceAnswers(given, clock.instant());
        return saved(caller, version, "step answers");
    }

    /** Adds a risk when the key is null, else replaces it. */
    @Transactional
    public DpiaData saveRisk(long versionId, long lockVersion, String riskKey, RiskDetails risk) {
        Caller caller = authorCaller("edit a DPIA");
        DpiaVersion version = editable(caller, versionId, lockVersion);
        String key = version.saveRisk(riskKey, required(risk, "risk"), clock.instant());
        return saved(caller, version, "risk " + key);
    }

    @Transactional
    public DpiaData removeRisk(long versionId, long lockVersion, String riskKey) {
        Caller caller = authorCaller("edit a DPIA");
        DpiaVersion version = editable(caller, versionId, lockVersion);
        version.removeRisk(riskKey, clock.instant());
        return saved(caller, version, "risk " + riskKey + " removed");
    }

    /** Adds a measure against a risk when the measure key is null, else replaces the measure. */
    @Transactional
    public DpiaData saveMeasure(long versionId, long lockVersion, String riskKey, String measureKey, MeasureDetails measure) {
        Caller caller = authorCaller("edit a DPIA");
        DpiaVersion version = editable(caller, versionId, lockVersion);
        String key = version.saveMeasure(riskKey, measureKey, required(measure, "measure"), clock.instant());
        return saved(caller, version, "measure " + key);
    }

    @Transactional
    public DpiaData removeMeasure(long versionId, long lockVersion, String measureKey) {
        Caller caller = authorCaller("edit a DPIA");
        DpiaVersion version = editable(caller, versionId, lockVersion);
        version.removeMeasure(measureKey, clock.instant());
        return saved(caller, version, "measure " + measureKey + " removed");
    }

    /**
     * Links an agreement the caller can see. While the newest version is a draft, the blank parts of step 2 and the
     * lawful basis of step 4 are filled from the agreement's flows.
     */
    @Transactional
    public DpiaData link(long dpiaId, long agreementId) {
        Caller caller = authorCaller(Messages.text("dpia.DpiaDrafting.linkADpiaToAn"));
        Dpia dpia = led(caller, dpiaId);
        AgreementLinks.LinkedAgreement agreement = linkable(agreementId);
        DpiaVersion latest = latest(dpia);
        if (dpia.link(agreementId)) {
            String filled = "";
            if (latest.isDraft()) {
                List<String> keys = latest.prefill(suggestions(List.of(agreement), templates.version(latest.getTemplateVersionId())),
                        clock.instant());
                filled = keys.isEmpty() ? "" : "; filled " + String.join(", ", keys);
            }
            audit.change("DPIA_LINKED", "Dpia", dpiaId, dpia.getReference() + " linked to " + agreement.reference() + filled, null, null);
            repository.flush();
        }
        return queries.data(caller, dpia, latestVisible(caller, dpia, latest));
    }

    @Transactional
    public DpiaData unlink(long dpiaId, long agreementId) {
        Caller caller = authorCaller(Messages.text("dpia.DpiaDrafting.unlinkADpiaFromAn"));
        Dpia dpia = led(caller, dpiaId);
        if (!dpia.unlink(agreementId)) {
            throw new NotFoundException(Messages.text("dpia.DpiaDrafting.linkFrom", dpia.getReference(), agreementId));
        }
        audit.change("DPIA_UNLINKED", "Dpia", dpiaId, Messages.text("dpia.DpiaDrafting.unlinkedFromAgreement",
                dpia.getReference(), agreementId), null, null);
        repository.flush();
        DpiaVersion latest = latest(dpia);
        return queries.data(caller, dpia, latestVisible(caller, dpia, latest));
    }

    /** A new draft version copied from the signed-off latest one, which stays as it is until the new one is completed. */
    @Transactional
    public DpiaData newVersion(long dpiaId) {
        Caller caller = authorCaller(Messages.text("dpia.DpiaDrafting.startANewVersionOf"));
        Dpia dpia = led(caller, dpiaId);
        DpiaVersion latest = latest(dpia);
        if (latest.getStatus() != DpiaVersionStatus.COMPLETED && latest.getStatus() != DpiaVersionStatus.PRIOR_CONSULTATION_REQUIRED) {
            throw new InvalidInputException("status", Messages.text("dpia.DpiaDrafting.isStillBeingPreparedFinish",
                    latest.getNumber()));
        }
        DpiaVersion next = repository.add(latest.nextVersion(latest.getNumber() + 1, caller.email(), clock.instant()));
        audit.change("DPIA_VERSION_STARTED", "Dpia", dpiaId, Messages.text("dpia.DpiaDrafting.startedFromVersion",
                dpia.getReference(), next.getNumber(), latest.getNumber()), null, null);
        repository.flush();
        return queries.data(caller, dpia, next);
    }

    private Caller authorCaller(String action) {
        return guard.requireAny(action, Role.IG_LEAD, Role.DPO);
    }

    private DpiaData saved(Caller caller, DpiaVersion version, String what) {
        Dpia dpia = repository.find(version.getDpiaId()).orElseThrow();
        audit.change("DPIA_DRAFT_CHANGED", "DpiaVersion", version.getId(), dpia.getReference() + " version "
                + version.getNumber() + ": " + what, null, null);
        repository.flush();
        return queries.data(caller, dpia, version);
    }

    /** The version, if the caller is one of its authors and sent the version they last read. */
    private DpiaVersion editable(Caller caller, long versionId, long lockVersion) {
        DpiaVersion version = repository.findVersion(versionId).orElseThrow(() -> new NotFoundException(Messages.text("dpia.DpiaDrafting.dpiaVersion",
                versionId)));
        Dpia dpia = repository.find(version.getDpiaId()).orElseThrow();
        if (!DpiaQueries.author(caller, dpia)) {
            if (!queries.visible(caller, dpia, version)) {
                throw new NotFoundException(Messages.text("dpia.DpiaDrafting.dpiaVersion", versionId));
            }
            throw guard.refuse(caller, "edit DPIA " + dpia.getReference(), Messages.text("dpia.DpiaDrafting.onlyTheLeadOrganisationS"));
        }
        if (version.getVersion() != lockVersion) {
            throw new ConcurrentChangeException("DPIA");
        }
        return version;
    }

    private Dpia led(Caller caller, long dpiaId) {
        Dpia dpia = repository.find(dpiaId).orElseThrow(() -> new NotFoundException("DPIA " + dpiaId));
        if (!DpiaQueries.author(caller, dpia)) {
            if (queries.newestVisible(caller, dpia).isEmpty()) {
                throw new NotFoundException("DPIA " + dpiaId);
            }
            throw guard.refuse(caller, "change DPIA " + dpia.getReference(), Messages.text("dpia.DpiaDrafting.onlyTheLeadOrganisationS"));
        }
        return dpia;
    }

    private DpiaVersion latest(Dpia dpia) {
        List<DpiaVersion> versions = repository.versions(dpia.getId());
        return versions.get(versions.size() - 1);
    }

    private DpiaVersion latestVisible(Caller caller, Dpia dpia, DpiaVersion latest) {
        return queries.newestVisible(caller, dpia).orElse(latest);
    }

    private AgreementLinks.LinkedAgreement linkable(Long agreementId) {
        if (agreementId == null) {
            throw new InvalidInputException("agreementId", Messages.text("dpia.DpiaDrafting.chooseTheAgreementToLink"));
        }
        return agreements.visible(agreementId).orElseThrow(() -> new InvalidInputException("agreementId",
                Messages.text("dpia.DpiaDrafting.thereIsNoAgreement", agreementId)));
    }

    private Map<String, String> suggestions(List<AgreementLinks.LinkedAgreement> linked, TemplateVersionData template) {
        Set<String> known = fields(template).keySet();
        return ProcessingOutline.suggest(linked, catalogue.current()).entrySet().stream().filter(e -> known.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** The template's fields, section-key.field-key → label. */
    static Map<String, String> fields(TemplateVersionData template) {
        Map<String, String> fields = new LinkedHashMap<>();
        template.content().sections().forEach(s -> s.fields().forEach(f -> fields.put(s.key() + "." + f.key(), f.label())));
        return fields;
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, Messages.text("dpia.DpiaDrafting.sendThe", field));
        }
        return value;
    }

    private static String linkedSummary(List<AgreementLinks.LinkedAgreement> linked) {
        return linked.isEmpty() ? "" : "; linked to " + linked.stream().map(AgreementLinks.LinkedAgreement::reference)
                .collect(Collectors.joining(", "));
    }
}
