package org.concordat.dpia.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.concordat.dpia.domain.Dpia;
import org.concordat.dpia.domain.DpiaEvent;
import org.concordat.dpia.domain.DpiaRepository;
import org.concordat.dpia.domain.DpiaReview;
import org.concordat.dpia.domain.DpiaVersion;
import org.concordat.shared.application.AccessGuard;
import org.concordat.shared.application.CalendarJob;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.ReviewReminder;
import org.concordat.shared.domain.Role;

/**
 * The DPIAs' part of the hourly calendar run: the lead organisation's IG leads and DPOs are reminded of the current
 * version's review date 90, 30 and 7 days ahead and once it is overdue, on the schedule agreements follow. Only the
 * latest signed-off version of a DPIA is reminded about, never a superseded one. Running it twice is harmless: each
 * reminder is recorded once (a second record of it fails), so it is sent once.
 */
@ApplicationScoped
public class DpiaCalendar implements CalendarJob {

    private static final Logger LOG = Logger.getLogger(DpiaCalendar.class.getName());

    public record RunResult(LocalDate day, int reminders) {
    }

    @Inject
    DpiaRepository repository;

    @Inject
    AccessGuard guard;

    @Inject
    Event<DpiaEvent> events;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return Messages.text("dpia.DpiaCalendar.dpiaCalendar");
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
        Map<Long, List<DpiaVersion>> versionsOf = new LinkedHashMap<>();
        int reminders = 0;
        for (DpiaVersion version : repository.signedOffWithReviewBy(today.plusDays(ReviewReminder.DAYS_90.daysBefore()))) {
            List<DpiaVersion> versions = versionsOf.computeIfAbsent(version.getDpiaId(), repository::versions);
            Optional<ReviewReminder> due = DpiaReview.reminderDue(version, versions, today, repository.remindersSent(version.getId()));
            if (due.isPresent()) {
                Dpia dpia = repository.find(version.getDpiaId()).orElseThrow();
                repository.reminderSent(version.getId(), due.get(), clock.instant());
                events.fire(DpiaEvent.of(due.get() == ReviewReminder.OVERDUE ? DpiaEvent.Kind.REVIEW_OVERDUE
                        : DpiaEvent.Kind.REVIEW_REMINDER, dpia, version, null));
                reminders++;
            }
        }
        repository.flush();
        RunResult result = new RunResult(today, reminders);
        LOG.info(() -> "event=dpia_calendar_run day=" + result.day() + " reminders=" + result.reminders());
        return result;
    }

    /** An administrator runs it now rather than waiting for the next scheduled run. */
    @Transactional
    public RunResult runNow() {
        guard.requireAny(Messages.text("dpia.DpiaCalendar.runTheDpiaCalendar"), Role.ADMIN);
        return run();
    }
}
