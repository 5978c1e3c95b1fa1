package org.concordat.route.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concordat.agreement.application.AgreementData;
import org.concordat.agreement.application.AgreementDrafting;
import org.concordat.agreement.domain.AgreementDetails;
import org.concordat.agreement.domain.FlowDetails;
import org.concordat.agreement.domain.PartyDetails;
import org.concordat.agreement.domain.PartyRole;
import org.concordat.audit.application.AuditLog;
import org.concordat.legal.application.LegalCatalogue;
import org.concordat.legal.domain.Catalogue;
import org.concordat.legal.domain.CatalogueEntry;
import org.concordat.legal.domain.LegalBasis;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.route.domain.AskedOnRoute;
import org.concordat.route.domain.RouteGap;
import org.concordat.route.domain.RouteGapRepository;
import org.concordat.shared.application.AccessGuard;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.NotFoundException;
import org.concordat.shared.domain.Role;
import org.concordat.template.application.TemplateLibrary;
import org.concordat.template.domain.TemplateKind;

/**
 * From a coverage gap to a draft agreement: an IG lead of the organisation whose practitioners asked picks, from what
 * they asked about on the route, what the flow needs, and gets a draft with both organisations as parties and one flow
 * from theirs to the other. The law is left for the author: the flow page then offers the rules engine's suggestions,
 * each applied only when the author chooses it.
 */
@ApplicationScoped
public class GapDrafts {

    /** Checks read to tell what was asked on a route: the most recent, which say what practice needs now. */
    static final int CHECKS_READ = 500;

    /** A kind of person or of data asked about on the route, and in how many of its checks. */
    public record Asked(String code, String title, long times) implements Serializable {
    }

    /** An uncovered route as a draft would start from it. */
    public record GapRoute(long fromOrganisationId, String from, long toOrganisationId, String to, String purposeCode,
                           String purpose, int checks, Instant lastCheckedAt, List<Asked> dataSubjects,
                           List<Asked> dataCategories, String suggestedTitle) implements Serializable {
    }

    /** What the author chose: a title, the template (null: the first published DSA template) and the kinds asked. */
    public record Choice(long toOrganisationId, String purpose, String title, Long templateVersionId,
                         Set<String> dataSubjects, Set<String> dataCategories) {
    }

    /** The draft started, and its flow's key. */
    public record Started(long agreementId, long versionId, String reference, String flowKey) implements Serializable {
    }

    @Inject
    RouteGapRepository gaps;

    @Inject
    AgreementDrafting drafting;

    @Inject
    TemplateLibrary templates;

    @Inject
    OrganisationQueries organisations;

    @Inject
    LegalCatalogue catalogue;

    @Inject
    AccessGuard guard;

    @Inject
    AuditLog audit;

    /** The route from the caller's organisation to another, for a purpose, as checked and not covered. */
    @Transactional
    public GapRoute route(long toOrganisationId, String purpose) {
        Caller caller = guard.requireAny(Messages.text("route.GapDrafts.draftFromAGap"), Role.IG_LEAD);
        List<RouteGap> asked = gaps.latest(caller.organisationId(), toOrganisationId, purpose, CHECKS_READ);
        OrganisationData to = organisations.findActive(toOrganisationId).orElse(null);
        if (asked.isEmpty() || to == null) {
            throw new NotFoundException(Messages.text("route.GapDrafts.noSuchGap"));
        }
        Catalogue law = catalogue.current();
        AskedOnRoute tally = AskedOnRoute.of(asked);
        String from = caller.organisationName();
        String purposeTitle = title(law, purpose);
        return new GapRoute(caller.organisationId(), from, to.id(), to.name(), purpose, purposeTitle, tally.checks(),
                asked.get(0).getCheckedAt(), terms(law, tally.dataSubjects()), terms(law, tally.dataCategories()),
                Messages.text("route.GapDrafts.title", purposeTitle, from, to.name()));
    }

    /** Starts the draft; nothing is created when a choice is wrong. */
    @Transactional
    public Started start(Choice choice) {
        GapRoute route = route(choice.toOrganisationId(), choice.purpose());
        List<FieldError> errors = new ArrayList<>();
        offered(route.dataSubjects(), choice.dataSubjects(), "dataSubjects", errors);
        offered(route.dataCategories(), choice.dataCategories(), "dataCategories", errors);
        Long template = choice.templateVersionId() != null ? choice.templateVersionId() : firstDsaTemplate();
        if (template == null) {
            errors.add(new FieldError("templateVersionId", Messages.text("route.GapDrafts.noTemplate")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        AgreementData draft = drafting.create(template, new AgreementDetails(choice.title(), null, null, null, null, null),
                List.of(new PartyDetails(route.fromOrganisationId(), PartyRole.CONTROLLER, null, null, null),
                        new PartyDetails(route.toOrganisationId(), PartyRole.CONTROLLER, null, null, null)));
        String sender = key(draft, route.fromOrganisationId());
        String recipient = key(draft, route.toOrganisationId());
        AgreementData withFlow = drafting.saveFlow(draft.versionId(), draft.lockVersion(), null, new FlowDetails(sender,
                recipient, false, set(choice.dataSubjects()), set(choice.dataCategories()), route.purposeCode(), null,
                null, null, LegalBasis.NONE, null));
        String flowKey = withFlow.flows().get(withFlow.flows().size() - 1).key();
        audit.change("AGREEMENT_DRAFTED_FROM_GAP", "Agreement", draft.agreementId(), Messages.text(
                "route.GapDrafts.audit", draft.reference(), route.from(), route.to(), route.purposeCode(), route.checks()),
                null, null);
        return new Started(draft.agreementId(), draft.versionId(), draft.reference(), flowKey);
    }

    private Long firstDsaTemplate() {
        return templates.list().stream().filter(t -> t.kind() == TemplateKind.DSA && t.latestPublished() != null)
                .sorted((a, b) -> Boolean.compare(b.builtIn(), a.builtIn()))
                .map(t -> t.latestPublished().id()).findFirst().orElse(null);
    }

    /** Only kinds practitioners asked about on this route: anything else is added on the flow page, deliberately. */
    private static void offered(List<Asked> asked, Set<String> chosen, String field, List<FieldError> errors) {
        for (String code : set(chosen)) {
            if (asked.stream().noneMatch(a -> a.code().equals(code))) {
                errors.add(new FieldError(field, Messages.text("route.GapDrafts.notAsked", code)));
            }
        }
    }

    private static String key(AgreementData draft, long organisationId) {
        return draft.parties().stream().filter(p -> p.organisationId() == organisationId).findFirst().orElseThrow().key();
    }

    private static List<Asked> terms(Catalogue law, Map<String, Long> counts) {
        return AskedOnRoute.mostAskedFirst(counts).entrySet().stream()
                .map(e -> new Asked(e.getKey(), title(law, e.getKey()), e.getValue())).toList();
    }

    private static String title(Catalogue law, String code) {
        return law.find(code).map(CatalogueEntry::title).orElse(code);
    }

    private static Set<String> set(Set<String> codes) {
        return codes == null ? Set.of() : Set.copyOf(codes);
    }
}
