package org.concordat.agreement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.concordat.agreement.domain.Agreement;
import org.concordat.agreement.domain.AgreementEvent;
import org.concordat.agreement.domain.AgreementRepository;
import org.concordat.agreement.domain.AgreementVersion;
import org.concordat.audit.application.AuditLog;
import org.concordat.shared.application.AccessGuard;
import org.concordat.shared.application.CalendarJob;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.ReviewReminder;
import org.concordat.shared.domain.Role;

/**
 * The daily life-cycle run: approved versions past their end date expire, and the lead organisation is reminded
 * of reviews 90, 30 and 7 days ahead and once overdue. "In force" and "review due" are worked out from the dates
 * whenever they are read, so they are never a day stale; only expiry and reminders need a run. Running it twice
 * is harmless: each version expires once and each reminder is sent once. The hourly calendar run (shared) runs it.
 */
@ApplicationScoped
public class AgreementCalendar implements CalendarJob {

    private static final Logger LOG = Logger.getLogger(AgreementCalendar.class.getName());

    public record RunResult(LocalDate day, int expired, int reminders) {
    }

    @Inject
    AgreementRepository repository;

    @Inject
    AuditLog audit;

    @Inject
    AccessGuard guard;

    @Inject
    Event<AgreementEvent> events;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "agreement calendar";
    }

    @Override
    @Transactional
    public void runScheduled() {
        run();
    }

    /** The scheduled run (no caller: the system acts). */
    @Transactional
    public RunResult run() {
        LocalDate today = LocalDate.now(clock);
        int expired = 0;
        for (AgreementVersion version : repository.approvedEndedBefore(today)) {
            if (version.expireIfEndedBefore(today, clock.instant())) {
                Agreement agreement = repository.find(version.getAgreementId()).orElseThrow();
                audit.change("AGREEMENT_EXPIRED", "AgreementVersion", version.getId(), Messages.text("agreement.AgreementCalendar.expiredAfterItsEndDate",
                        agreement.getReference(), version.getNumber(), version.getEndDate()), null, null);
                events.fire(AgreementEvent.of(AgreementEvent.Kind.EXPIRED, agreement, version, null, null, version.getEndDate()));
                expired++;
            }
        }
        int reminders = 0;
        for (AgreementVersion version : repository.approvedWithReviewBy(today.plusDays(ReviewReminder.DAYS_90.daysBefore()))) {
            var due = ReviewReminder.due(version.getReviewDate(), today, repository.remindersSent(version.getId()));
            if (due.isPresent()) {
                Agreement agreement = repository.find(version.getAgreementId()).orElseThrow();
                repository.reminderSent(version.getId(), due.get(), clock.instant());
                events.fire(AgreementEvent.of(due.get() == ReviewReminder.OVERDUE ? AgreementEvent.Kind.REVIEW_OVERDUE
                        : AgreementEvent.Kind.REVIEW_REMINDER, agreement, version, null, null, version.getReviewDate()));
                reminders++;
            }
        }
        repository.flush();
        RunResult result = new RunResult(today, expired, reminders);
        LOG.info(() -> "event=agreement_calendar_run day=" + result.day() + " expired=" + result.expired()
                + " reminders=" + result.reminders());
        return result;
    }

    /** An administrator runs it now rather than waiting for the next scheduled run. */
    @Transactional
    public RunResult runNow() {
        guard.requireAny(Messages.text("agreement.AgreementCalendar.runTheAgreementCalendar"), Role.ADMIN);
        return run();
    }
}
