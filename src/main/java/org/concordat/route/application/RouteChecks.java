package org.concordat.route.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.concordat.legal.application.LegalCatalogue;
import org.concordat.legal.domain.Catalogue;
import org.concordat.legal.domain.CatalogueEntry;
import org.concordat.legal.domain.Topic;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.route.application.RouteCheckResult.Contact;
import org.concordat.route.application.RouteCheckResult.Organisation;
import org.concordat.route.domain.Outcome;
import org.concordat.route.domain.RouteAnswer;
import org.concordat.route.domain.RouteCandidateRepository;
import org.concordat.route.domain.RouteGap;
import org.concordat.route.domain.RouteGapRepository;
import org.concordat.route.domain.RouteMatcher;
import org.concordat.route.domain.RouteQuestion;
import org.concordat.shared.application.AccessGuard;
import org.concordat.shared.application.ConsistentReads;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;

/**
 * A practitioner checks a route: from their own organisation (always; a check from any other is refused), to an
 * organisation of the partnership or one not listed, for these people, these kinds of information and this purpose.
 * Only agreements the caller's organisation is party to are ever read, so an answer cannot reveal anyone else's.
 * A route not fully covered is noted (the route and the purpose only) for the coverage-gaps view; the decision
 * that follows is recorded separately (golden rule 7).
 *
 * <p>Everything a check reads comes from read models kept in memory, all at one moment of the database; a check
 * writes nothing in its own time (the gap is written a moment later), so it needs no transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RouteChecks {

    private final RouteMatcher matcher = new RouteMatcher();
    private final RouteText text = new RouteText();

    /** Writes answers from the catalogue in use; kept, with the explanations it has looked up, until that changes. */
    private volatile RouteAnswerWriter writer;

    @Inject
    AccessGuard guard;

    @Inject
    PartnershipDirectory directory;

    @Inject
    LegalCatalogue catalogue;

    @Inject
    RouteCandidateRepository candidates;

    @Inject
    RouteGapRepository gaps;

    @Inject
    Clock clock;

    @Inject
    ConsistentReads reads;

    public RouteCheckResult check(RouteCheckCommand command) {
        return reads.atOneMoment(() -> checkNow(command));
    }

    private RouteCheckResult checkNow(RouteCheckCommand command) {
        Caller caller = guard.signedIn();
        if (command.fromOrganisationId() != null && !caller.belongsTo(command.fromOrganisationId())) {
            throw guard.refuse(caller, Messages.text("route.RouteChecks.checkARouteFromOrganisation",
                    command.fromOrganisationId()),
                    text.get("refused.otherOrganisation"));
        }
        Catalogue law = catalogue.current();
        List<FieldError> errors = new ArrayList<>();
        Optional<OrganisationData> recipient = recipient(command, caller, errors);
        Set<String> subjects = codes(law, Topic.DATA_SUBJECTS, "dataSubjects", command.dataSubjects(),
                "invalid.subjectsRequired", "invalid.subjectUnknown", errors);
        Set<String> categories = codes(law, Topic.DATA_CATEGORIES, "dataCategories", command.dataCategories(),
                "invalid.categoriesRequired", "invalid.categoryUnknown", errors);
        Set<String> purpose = codes(law, Topic.PURPOSES, "purpose",
                command.purpose() == null ? List.of() : List.of(command.purpose()),
                "invalid.purposeRequired", "invalid.purposeUnknown", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }

        Long to = recipient.map(OrganisationData::id).orElse(null);
        RouteQuestion question = new RouteQuestion(caller.organisationId(), to, subjects, categories,
                purpose.iterator().next(), command.emergency());
        LocalDate today = LocalDate.now(clock);
        RouteAnswer answer = matcher.answer(question,
                to == null ? List.of() : candidates.between(caller.organisationId(), to), today);
        if (answer.outcome() != Outcome.COVERED) {
            // Kept for the coverage-gaps view: the route, the purpose and the kinds of people and data asked about
            // (catalogue codes), nothing about the people concerned.
            gaps.add(new RouteGap(caller.organisationId(), to, question.purpose(), question.dataSubjects(),
                    question.dataCategories(), answer.outcome(), clock.instant()));
        }
        // Whom to ask matters only when something is not covered: a covered answer spares the lookup.
        List<Contact> contacts = answer.outcome() == Outcome.COVERED ? List.of() : contacts(caller.organisationId());
        return writer(law).write(answer,
                new Organisation(caller.organisationId(), caller.organisationName()),
                recipient.map(o -> new Organisation(o.id(), o.name())).orElse(null), contacts, today);
    }

    private RouteAnswerWriter writer(Catalogue law) {
        RouteAnswerWriter current = writer;
        if (current == null || !current.writesFrom(law)) {
            current = new RouteAnswerWriter(law, text);
            writer = current;
        }
        return current;
    }

    /** The recipient, unless it is not listed; adds a field error when neither or both are given. */
    private Optional<OrganisationData> recipient(RouteCheckCommand command, Caller caller, List<FieldError> errors) {
        Long to = command.toOrganisationId();
        if (command.notListed()) {
            if (to != null) {
                errors.add(new FieldError("toOrganisationId", text.get("invalid.recipientNotBoth")));
            }
            return Optional.empty();
        }
        if (to == null) {
            errors.add(new FieldError("toOrganisationId", text.get("invalid.recipientRequired")));
            return Optional.empty();
        }
        if (caller.belongsTo(to)) {
            errors.add(new FieldError("toOrganisationId", text.get("invalid.recipientIsYou")));
            return Optional.empty();
        }
        Optional<OrganisationData> found = directory.activeOrganisation(to);
        if (found.isEmpty()) {
            errors.add(new FieldError("toOrganisationId", text.get("invalid.recipientUnknown", String.valueOf(to))));
        }
        return found;
    }

    /** The codes given, each of which must be an entry of the topic; adds a field error for each one that is not. */
    private Set<String> codes(Catalogue law, Topic topic, String field, List<String> given, String requiredKey,
                              String unknownKey, List<FieldError> errors) {
        List<String> nonBlank = given.stream().filter(RouteChecks::notBlank).map(String::trim).toList();
        if (nonBlank.isEmpty()) {
            errors.add(new FieldError(field, text.get(requiredKey)));
        }
        Set<String> codes = new TreeSet<>();
        for (String code : nonBlank) {
            if (law.find(code).filter(e -> e.topic() == topic).isPresent()) {
                codes.add(code);
            } else {
                Set<String> known = law.entries(topic).stream().map(CatalogueEntry::code)
                        .collect(Collectors.toCollection(TreeSet::new));
                errors.add(new FieldError(field, text.get(unknownKey, code, String.join(", ", known))));
            }
        }
        return codes;
    }

    /**
     * Whom to ask: the DPO on the organisation's record first, then every active user with the DPO role; the same
     * email address once.
     */
    private List<Contact> contacts(long organisationId) {
        Map<String, Contact> byEmail = new LinkedHashMap<>();
        directory.activeOrganisation(organisationId).map(OrganisationData::details)
                .filter(d -> notBlank(d.dpoName()) || notBlank(d.dpoEmail()))
                .ifPresent(d -> byEmail.put(key(d.dpoEmail(), d.dpoName()),
                        new Contact(d.dpoName(), d.dpoEmail(), d.dpoPhone())));
        directory.activeDpos(organisationId).forEach(d ->
                byEmail.putIfAbsent(key(d.email(), d.fullName()), new Contact(d.fullName(), d.email(), null)));
        return List.copyOf(byEmail.values());
    }

    private static String key(String email, String name) {
        return notBlank(email) ? email.trim().toLowerCase(Locale.ROOT) : name;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
