package org.concordat.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Stream;
import org.concordat.agreement.domain.AgreementEvent;
import org.concordat.agreement.domain.ImportNotice;
import org.concordat.agreement.domain.OutsideSignatoryMail;
import org.concordat.comment.domain.CommentNotice;
import org.concordat.dpia.domain.DpiaEvent;
import org.concordat.notification.domain.Notification;
import org.concordat.notification.domain.NotificationRepository;
import org.concordat.security.application.CallerDirectory;
import org.concordat.security.domain.LoginThrottle.GuessingNotice;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.Language;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.ReaderLanguage;
import org.concordat.shared.domain.Role;

/**
 * Turns agreement and DPIA events into inbox entries and emails: signatories hear when their approval is needed,
 * the lead's IG leads when changes are requested or a review is coming, everyone concerned when an agreement comes
 * into force or ends; for DPIAs, see below. Runs inside the transaction of the change, so an inbox entry exists
 * exactly when the change does.
 */
@ApplicationScoped
public class Notifier {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    NotificationRepository repository;

    @Inject
    CallerDirectory callers;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    void on(@Observes AgreementEvent event) {
        List<Long> everyone = event.partyOrganisationIds();
        List<Long> lead = List.of(event.leadOrganisationId());
        Map<Long, Caller> recipients = new LinkedHashMap<>();
        switch (event.kind()) {
            case SUBMITTED -> add(recipients, everyone, Role.SIGNATORY);
            case CHANGES_REQUESTED, REVIEW_REMINDER, REVIEW_OVERDUE -> add(recipients, lead, Role.IG_LEAD);
            case APPROVED, TERMINATED -> {
                add(recipients, everyone, Role.IG_LEAD);
                add(recipients, everyone, Role.SIGNATORY);
            }
            case EXPIRED -> add(recipients, everyone, Role.IG_LEAD);
        }
        String key = event.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        deliver(recipients, key, language -> arguments(event, language), "/app/agreement.xhtml?id=" + event.versionId());
    }

    /**
     * Agreements brought in from outside Concordat: the other parties' IG leads and signatories are asked to confirm
     * (route checks do not count the agreement until every party has); every party's hear when the last has.
     */
    void on(@Observes ImportNotice notice) {
        Map<Long, Caller> recipients = new LinkedHashMap<>();
        add(recipients, notice.recipientOrganisationIds(), Role.IG_LEAD);
        add(recipients, notice.recipientOrganisationIds(), Role.SIGNATORY);
        String key = notice.kind() == ImportNotice.Kind.CONFIRMATION_ASKED ? "import-confirmation-asked" : "import-confirmed";
        Object[] arguments = {notice.reference(), notice.title(), nonNull(notice.organisation())};
        deliver(recipients, key, language -> arguments, "/app/agreement.xhtml?id=" + notice.versionId());
    }

    /**
     * A comment on a version (issue 23, part 4): its authors — the lead organisation's IG leads — hear of it, and so do
     * the thread's other writers the comment feature names; never the person who wrote it.
     */
    void on(@Observes CommentNotice notice) {
        Map<Long, Caller> recipients = new LinkedHashMap<>();
        add(recipients, List.of(notice.leadOrganisationId()), Role.IG_LEAD);
        notice.participantUserIds().forEach(id -> callers.activeCaller(id).ifPresent(c -> recipients.putIfAbsent(c.userId(), c)));
        recipients.remove(notice.writerUserId());
        String key = notice.reply() ? "comment-replied" : "comment-added";
        Object[] arguments = {notice.reference(), notice.title(), String.valueOf(notice.number()), notice.writer(),
                notice.writerOrganisation(), notice.about(), notice.excerpt()};
        deliver(recipients, key, language -> arguments, "/app/agreement-discussion.xhtml?version=" + notice.versionId() + "&thread=" + notice.threadId());
    }

    /**
     * DPIAs: the lead organisation's DPOs hear when their advice is needed, its signatories when a DPIA awaits
     * sign-off, its IG leads and DPOs when it is signed off or returned to draft, and when its review is near or past.
     */
    void on(@Observes DpiaEvent event) {
        List<Long> lead = List.of(event.leadOrganisationId());
        Map<Long, Caller> recipients = new LinkedHashMap<>();
        switch (event.kind()) {
            case DPO_ADVICE_REQUESTED -> add(recipients, lead, Role.DPO);
            case DPO_ADVICE_GIVEN -> add(recipients, lead, Role.SIGNATORY);
            case COMPLETED, PRIOR_CONSULTATION_REQUIRED, RETURNED_TO_DRAFT, REVIEW_REMINDER, REVIEW_OVERDUE -> {
                add(recipients, lead, Role.IG_LEAD);
                add(recipients, lead, Role.DPO);
            }
        }
        String key = "dpia-" + event.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        deliver(recipients, key, language -> arguments(event, language),
                "/app/dpia.xhtml?id=" + event.versionId() + "&step=7");
    }

    /**
     * The holder of an account someone is guessing at is told, at most once an hour (the throttle decides when): how
     * many attempts failed, from how many addresses, since when, and what to do. Never the passwords tried, which
     * nobody keeps. An address that is no active user's gets nothing. Outside any transaction of the sign-in's.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void on(@Observes GuessingNotice notice) {
        callers.activeCaller(notice.account()).ifPresent(holder -> deliver(Map.of(holder.userId(), holder),
                "signin-guessing", language -> new Object[] {String.valueOf(notice.failures()), holder.email(),
                        since(language).format(notice.since().atZone(UK)), String.valueOf(notice.addresses())},
                "/app/account.xhtml"));
    }

    /**
     * A signatory outside Concordat has no account and no inbox: the link to decide, or the code that proves the
     * address is theirs, goes by e-mail only, once the transaction that recorded it has committed. It is written in
     * the language of the page that sent it (the reader's: the IG lead adding them, or the signatory asking for a code).
     */
    void on(@Observes OutsideSignatoryMail mail) {
        Language language = ReaderLanguage.current();
        String until = since(language).format(mail.until().atZone(UK));
        boolean link = mail.kind() == OutsideSignatoryMail.Kind.LINK;
        String subject = text(language, link ? "outside-signatory-link.subject" : "outside-signatory-code.subject",
                mail.reference(), mail.title(), String.valueOf(mail.number()), mail.organisationName());
        String body = text(language, "greeting", mail.fullName()) + "\n\n" + text(language,
                link ? "outside-signatory-link.body" : "outside-signatory-code.body", mail.reference(), mail.title(),
                String.valueOf(mail.number()), mail.organisationName(), until, mail.secret());
        mailer.sendAfterCommit(List.of(new Mailer.Email(mail.to(), subject, body,
                link ? "/signatory/open.xhtml?t=" + mail.secret() : "/signatory/code.xhtml")));
    }

    /**
     * An inbox entry for each recipient now, and an email once the change has committed, each in the recipient's
     * language (the one they chose; English until they do).
     */
    private void deliver(Map<Long, Caller> recipients, String key, Function<Language, Object[]> arguments, String link) {
        List<Mailer.Email> emails = new ArrayList<>();
        Map<Language, Object[]> argumentsBy = new EnumMap<>(Language.class);
        for (Caller recipient : recipients.values()) {
            Language language = recipient.reads();
            Object[] values = argumentsBy.computeIfAbsent(language, arguments);
            String subject = text(language, key + ".subject", values);
            String body = text(language, key + ".body", values);
            repository.add(new Notification(recipient.userId(), subject, body, link, clock.instant()));
            emails.add(new Mailer.Email(recipient.email(), subject,
                    text(language, "greeting", recipient.fullName()) + "\n\n" + body, link));
        }
        mailer.sendAfterCommit(emails);
    }

    private void add(Map<Long, Caller> recipients, List<Long> organisations, Role role) {
        organisations.stream().flatMap(o -> callers.activeHolders(o, role).stream())
                .forEach(c -> recipients.putIfAbsent(c.userId(), c));
    }

    /** {0} reference, {1} title, {2} version, {3} acting organisation, {4} comment, {5} date, {6} days until it. */
    private Object[] arguments(AgreementEvent event, Language language) {
        LocalDate date = event.date();
        long days = date == null ? 0 : Math.abs(ChronoUnit.DAYS.between(LocalDate.now(clock), date));
        return Stream.of(event.reference(), event.title(), String.valueOf(event.number()),
                nonNull(event.actorOrganisation()), nonNull(event.comment()), date == null ? "" : day(language).format(date),
                String.valueOf(days)).toArray();
    }

    /** {0} reference, {1} title, {2} version, {3} the person who acted, {4} review date, {5} days until it, {6} kept under review by. */
    private Object[] arguments(DpiaEvent event, Language language) {
        LocalDate date = event.reviewDate();
        long days = date == null ? 0 : Math.abs(ChronoUnit.DAYS.between(LocalDate.now(clock), date));
        return Stream.of(event.reference(), event.title(), String.valueOf(event.number()), nonNull(event.actor()),
                date == null ? "" : day(language).format(date), String.valueOf(days), nonNull(event.keptUnderReviewBy())).toArray();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    /** The notice's words in the recipient's language (notification-text_cy.properties for Welsh). */
    static String text(Language language, String key, Object... arguments) {
        ResourceBundle bundle = Messages.bundle("org.concordat.notification.notification-text", language);
        return new MessageFormat(bundle.getString(key), language.locale()).format(arguments);
    }

    private static DateTimeFormatter day(Language language) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale());
    }

    /** "14:05 on 3 March 2026"; in another language with no word between ("14:05, 3 Mawrth 2026"). */
    private static DateTimeFormatter since(Language language) {
        return DateTimeFormatter.ofPattern(language == Language.ENGLISH ? "HH:mm 'on' d MMMM yyyy" : "HH:mm, d MMMM yyyy",
                language.locale());
    }
}
