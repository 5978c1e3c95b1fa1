package org.concordat.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.concordat.shared.application.CalendarJob;
import org.concordat.shared.application.ClusterLock;
import org.concordat.shared.application.CurrentCaller;
import org.concordat.shared.domain.Caller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CalendarTimerTest {

    /** The caller as the timer sets it: which system task each job ran as. */
    static final class SystemCaller implements CurrentCaller {
        final List<String> tasks = new ArrayList<>();

        @Override
        public Optional<Caller> get() {
            return Optional.empty();
        }

        @Override
        public String sourceAddress() {
            return "system:" + tasks.get(tasks.size() - 1);
        }

        @Override
        public void actAsSystem(String task) {
            tasks.add(task);
        }

        @Override
        public void runAs(Caller user, Runnable work) {
            throw new UnsupportedOperationException("the timer never acts as a user");
        }
    }

    /** A job that takes a while, or fails, and notes that it ran. */
    record Job(String name, long millis, boolean fails, List<String> ran) implements CalendarJob {

        @Override
        public void runScheduled() {
            ran.add(name);
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (fails) {
                throw new IllegalStateException("the database went away");
            }
        }
    }

    private final Logger log = Logger.getLogger(CalendarTimer.class.getName());
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        // Only to this test's handler: the failing job's stack trace is expected, not news for the build log.
        log.setUseParentHandlers(false);
        log.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(capture);
        log.setUseParentHandlers(true);
    }

    @Test
    void eachJobRunsAsTheSystemAndItsDurationIsLogged() {
        List<String> ran = new ArrayList<>();
        CalendarTimer timer = timer();

        timer.runEach(List.of(new Job("agreement calendar", 30, false, ran), new Job("dpia calendar", 0, false, ran)));

        assertEquals(List.of("agreement calendar", "dpia calendar"), ran);
        assertEquals(List.of("agreement calendar", "dpia calendar"), ((SystemCaller) timer.caller).tasks);
        assertEquals(2, records.size());
        LogRecord first = records.get(0);
        assertEquals(Level.INFO, first.getLevel());
        assertTrue(first.getMessage().startsWith("event=calendar_job job=\"agreement calendar\" outcome=done duration_ms="),
                first.getMessage());
        assertTrue(durationMs(first) >= 30, "the job slept 30 ms: " + first.getMessage());
        assertNull(first.getThrown());
    }

    @Test
    void aFailingJobIsLoggedWithItsCauseAndTheNextStillRuns() {
        List<String> ran = new ArrayList<>();

        timer().runEach(List.of(new Job("agreement calendar", 0, true, ran), new Job("dpia calendar", 0, false, ran)));

        assertEquals(List.of("agreement calendar", "dpia calendar"), ran);
        LogRecord failed = records.get(0);
        assertEquals(Level.WARNING, failed.getLevel());
        assertTrue(failed.getMessage().startsWith("event=calendar_job job=\"agreement calendar\" outcome=failed duration_ms="),
                failed.getMessage());
        assertNotNull(failed.getThrown());
        assertEquals("the database went away", failed.getThrown().getMessage());
        assertTrue(records.get(1).getMessage().contains("job=\"dpia calendar\" outcome=done"), records.get(1).getMessage());
    }

    @Test
    void theJobsRunOnlyOnTheNodeThatTakesTheCalendarLock() {
        List<String> ran = new ArrayList<>();
        List<String> locks = new ArrayList<>();
        CalendarTimer here = timer();
        here.clusterLock = lock(true, locks);
        CalendarTimer elsewhere = timer();
        elsewhere.clusterLock = lock(false, locks);

        assertTrue(here.runOncePerCluster(List.of(new Job("agreement calendar", 0, false, ran))));
        assertFalse(elsewhere.runOncePerCluster(List.of(new Job("agreement calendar", 0, false, ran))));

        assertEquals(List.of("agreement calendar"), ran, "once, on the node holding the lock");
        assertEquals(List.of("calendar", "calendar"), locks);
        assertTrue(records.get(records.size() - 1).getMessage().startsWith("event=calendar_run outcome=skipped"),
                records.get(records.size() - 1).getMessage());
    }

    /** A cluster lock that is free (the work runs) or held by another node (it does not). */
    private static ClusterLock lock(boolean free, List<String> asked) {
        return new ClusterLock() {
            @Override
            public void exclusively(String name, Runnable work) {
                throw new UnsupportedOperationException("the calendar never waits for the lock");
            }

            @Override
            public boolean ifFree(String name, Runnable work) {
                asked.add(name);
                if (free) {
                    work.run();
                }
                return free;
            }
        };
    }

    private static CalendarTimer timer() {
        CalendarTimer timer = new CalendarTimer();
        timer.caller = new SystemCaller();
        return timer;
    }

    private static long durationMs(LogRecord record) {
        String message = record.getMessage();
        return Long.parseLong(message.substring(message.indexOf("duration_ms=") + "duration_ms=".length()));
    }
}
