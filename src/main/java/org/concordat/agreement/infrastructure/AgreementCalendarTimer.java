package org.concordat.agreement.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.concordat.agreement.application.AgreementCalendar;
import org.concordat.shared.application.CurrentCaller;

/**
 * Runs the agreement calendar every hour (a cheap, idempotent run: a server that was down at night catches up
 * within the hour). Non-persistent: a missed run needs no replay, the next one does the same work.
 */
@Singleton
public class AgreementCalendarTimer {

    @Inject
    AgreementCalendar calendar;

    @Inject
    CurrentCaller caller;

    @Schedule(hour = "*", minute = "5", persistent = false, info = "agreement calendar")
    void hourly() {
        caller.actAsSystem("agreement calendar");
        calendar.run();
    }
}
