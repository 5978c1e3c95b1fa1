package org.concordat.dpia.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.concordat.audit.application.AuditLog;
import org.concordat.dpia.domain.Dpia;
import org.concordat.dpia.domain.DpiaEvent;
import org.concordat.dpia.domain.DpiaRepository;
import org.concordat.dpia.domain.DpiaVersion;
import org.concordat.dpia.domain.DpiaVersionStatus;
import org.concordat.dpia.domain.IcoAdviceDetails;
import org.concordat.dpia.domain.SignOffDetails;
import org.concordat.shared.application.AccessGuard;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.ConcurrentChangeException;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.NotFoundException;
import org.concordat.shared.domain.Role;
import org.concordat.template.application.TemplateLibrary;

/**
 * From draft to signed off: the authors ask for the DPO's advice; only a DPO of the lead organisation gives it
 * (UK GDPR Article 35(2)); a signatory of the lead organisation signs the version off, which completes it, or, when
 * a high residual risk is accepted, marks it as needing the ICO's prior consultation (UK GDPR Article 36), completed
 * once the ICO's written advice is recorded. A newer signed-off version supersedes the older ones.
 */
@ApplicationScoped
public class DpiaSignOff {

    @Inject
    DpiaRepository repository;

    @Inject
    DpiaQueries queries;

    @Inject
    TemplateLibrary templates;

    @Inject
    AccessGuard guard;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<DpiaEvent> events;

    @Transactional
    public DpiaData requestDpoAdvice(long versionId, long lockVersion) {
        Caller caller = guard.requireAny(Messages.text("dpia.DpiaSignOff.askForTheDpoS"), Role.IG_LEAD, Role.DPO);
        DpiaVersion version = find(caller, versionId, lockVersion, Messages.text("dpia.DpiaSignOff.askForTheDpoS2"), Messages.text("dpia.DpiaSignOff.anIgLeadOrDpo"));
        Map<String, String> required = new LinkedHashMap<>();
        templates.version(version.getTemplateVersionId()).content().sections().forEach(s -> s.fields().stream()
                .filter(f -> f.required()).forEach(f -> required.put(s.key() + "." + f.key(), f.label())));
        version.requestDpoAdvice(required, caller.email(), clock.instant());
        return changed(caller, version, "DPIA_DPO_ADVICE_REQUESTED", Messages.text("dpia.DpiaSignOff.theDpoSAdviceRequested"), DpiaEvent.Kind.DPO_ADVICE_REQUESTED);
    }

    /** The DPO's advice; only a DPO of the lead organisation gives it. */
    @Transactional
    public DpiaData giveDpoAdvice(long versionId, long lockVersion, String advice, String summary) {
        Caller caller = guard.requireAny(Messages.text("dpia.DpiaSignOff.giveDpoAdviceOnA"), Role.DPO);
        DpiaVersion version = find(caller, versionId, lockVersion, Messages.text("dpia.DpiaSignOff.giveDpoAdviceOn"), "a DPO");
        version.recordDpoAdvice(advice, summary, caller.email(), caller.fullName(), clock.instant());
        return changed(caller, version, "DPIA_DPO_ADVICE_GIVEN", Messages.text("dpia.DpiaSignOff.dpoAdviceGivenBy",
                caller.fullName()),
                DpiaEvent.Kind.DPO_ADVICE_GIVEN);
    }

    @Transactional
    public DpiaData signOff(long versionId, long lockVersion, SignOffDetails details) {
        Caller caller = guard.requireAny(Messages.text("dpia.DpiaSignOff.signOffADpia"), Role.SIGNATORY);
        DpiaVersion version = find(caller, versionId, lockVersion, "sign off", "a signatory");
        version.signOff(details == null ? new SignOffDetails(null, null, null, null, null, null, null, null, null) : details,
                caller.email(), caller.fullName(), LocalDate.now(clock), clock.instant());
        // Any sign-off supersedes the older versions, one that leaves a high risk unmitigated too: the newer assessment
        // is the one that stands, so an agreement can no longer be submitted on an older completed version while the
        // ICO is consulted on the newer one.
        String superseded = supersedeOlder(version);
        return changed(caller, version, "DPIA_SIGNED_OFF", Messages.text("dpia.DpiaSignOff.signedOffBy",
                caller.fullName(), (version.getStatus() == DpiaVersionStatus.COMPLETED ? "completed" : Messages.text("dpia.DpiaSignOff.aHighResidualRiskWas")), superseded),
                version.getStatus() == DpiaVersionStatus.COMPLETED ? DpiaEvent.Kind.COMPLETED : DpiaEvent.Kind.PRIOR_CONSULTATION_REQUIRED);
    }

    /**
     * The ICO's written advice after a prior consultation (UK GDPR Article 36(2); DPA 2018 section 65 for law
     * enforcement processing) and how it was followed, recorded by a DPO or a signatory of the lead organisation; the
     * version is then completed.
     */
    @Transactional
    public DpiaData recordIcoAdvice(long versionId, long lockVersion, IcoAdviceDetails details) {
        Caller caller = guard.requireAny(Messages.text("dpia.DpiaSignOff.recordTheIcoSAdvice"), Role.DPO, Role.SIGNATORY);
        DpiaVersion version = find(caller, versionId, lockVersion, Messages.text("dpia.DpiaSignOff.recordTheIcoSAdvice2"), Messages.text("dpia.DpiaSignOff.aDpoOrSignatory"));
        IcoAdviceDetails given = details == null ? new IcoAdviceDetails(null, null, null, null) : details;
        version.recordIcoAdvice(given, caller.email(), caller.fullName(), clock.instant(), clock.getZone());
        return changed(caller, version, "DPIA_ICO_ADVICE_RECORDED", Messages.text("dpia.DpiaSignOff.theIcoSWrittenAdvice",
                given.reference(), caller.fullName(), supersedeOlder(version)), DpiaEvent.Kind.COMPLETED);
    }

    private String supersedeOlder(DpiaVersion version) {
        StringBuilder superseded = new StringBuilder();
        for (DpiaVersion older : repository.versions(version.getDpiaId())) {
            if (older.getNumber() < version.getNumber() && older.supersede(clock.instant())) {
                superseded.append("; version ").append(older.getNumber()).append(" superseded");
            }
        }
        return superseded.toString();
    }

    /** Back to the authors while the DPO advises or before sign-off. */
    @Transactional
    public DpiaData returnToDraft(long versionId, long lockVersion) {
        Caller caller = guard.requireAny(Messages.text("dpia.DpiaSignOff.returnADpiaToDraft"), Role.IG_LEAD, Role.DPO);
        DpiaVersion version = find(caller, versionId, lockVersion, Messages.text("dpia.DpiaSignOff.returnToDraft"), Messages.text("dpia.DpiaSignOff.anIgLeadOrDpo"));
        version.returnToDraft(clock.instant());
        return changed(caller, version, "DPIA_RETURNED_TO_DRAFT", Messages.text("dpia.DpiaSignOff.returnedToDraft"), DpiaEvent.Kind.RETURNED_TO_DRAFT);
    }

    /**
     * The version, if the caller belongs to the lead organisation with one of the roles; a version they cannot see is
     * not found, one they can see but not act on is refused.
     */
    private DpiaVersion find(Caller caller, long versionId, long lockVersion, String action, String who) {
        DpiaVersion version = repository.findVersion(versionId).orElseThrow(() -> new NotFoundException(Messages.text("dpia.DpiaSignOff.dpiaVersion",
                versionId)));
        Dpia dpia = repository.find(version.getDpiaId()).orElseThrow();
        if (!queries.visible(caller, dpia, version)) {
            throw new NotFoundException(Messages.text("dpia.DpiaSignOff.dpiaVersion", versionId));
        }
        if (!dpia.isLedBy(caller.organisationId())) {
            throw guard.refuse(caller, action + " " + dpia.getReference(), Messages.text("dpia.DpiaSignOff.ofTheOrganisationThatLeads",
                    who, dpia.getReference()));
        }
        if (version.getVersion() != lockVersion) {
            throw new ConcurrentChangeException("DPIA");
        }
        return version;
    }

    private DpiaData changed(Caller caller, DpiaVersion version, String action, String what, DpiaEvent.Kind event) {
        Dpia dpia = repository.find(version.getDpiaId()).orElseThrow();
        audit.change(action, "DpiaVersion", version.getId(), dpia.getReference() + " version " + version.getNumber() + ": " + what,
                null, null);
        events.fire(DpiaEvent.of(event, dpia, version, caller.fullName()));
        repository.flush();
        return queries.data(caller, dpia, version);
    }
}
