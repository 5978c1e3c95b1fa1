package org.concordat.shared.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.concordat.shared.application.CalendarJob;
import org.concordat.shared.application.ClusterLock;
import org.concordat.shared.application.CurrentCaller;

/**
 * Runs every feature's calendar job every hour (cheap, idempotent runs: a server that was down at night catches up
 * within the hour). Non-persistent: a missed run needs no replay, the next one does the same work. Each job runs in
 * its own transaction, so one that fails neither undoes nor stops the others.
 *
 * <p>In a cluster every node's timer fires, and the node that takes the cluster's "calendar" lock first runs the
 * jobs while the others pass: once per cluster, so no reminder goes out twice. A node that dies during the run lets go
 * of the lock with its database connection; the next hour's run, on whichever node, does what was left.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CalendarTimer {

    private static final Logger LOG = Logger.getLogger(CalendarTimer.class.getName());

    @Inject
    @Any
    Instance<CalendarJob> jobs;

    @Inject
    CurrentCaller caller;

    @Inject
    ClusterLock clusterLock;

    @Schedule(hour = "*", minute = "5", persistent = false, info = "calendar")
    void hourly() {
        runOncePerCluster(jobs);
    }

    /** The jobs, unless another node of the cluster is running them at this moment. */
    boolean runOncePerCluster(Iterable<CalendarJob> each) {
        boolean ran = clusterLock.ifFree("calendar", () -> runEach(each));
        if (!ran) {
            LOG.info("event=calendar_run outcome=skipped reason=\"another node is running it\"");
        }
        return ran;
    }

    /** Each job in turn, as the system; one that fails is logged and the next one still runs. */
    void runEach(Iterable<CalendarJob> each) {
        for (CalendarJob job : each) {
            long started = System.nanoTime();
            try {
                caller.actAsSystem(job.name());
                job.runScheduled();
                // How long each job takes shows in the log before it can grow into the next hour's run.
                LOG.info(() -> "event=calendar_job job=\"" + job.name() + "\" outcome=done duration_ms="
                        + (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "event=calendar_job job=\"" + job.name() + "\" outcome=failed duration_ms="
                        + (System.nanoTime() - started) / 1_000_000);
            }
        }
    }
}
