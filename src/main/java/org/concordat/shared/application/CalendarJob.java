package org.concordat.shared.application;

/**
 * Work that depends only on today's date (expiry, review reminders), done by the hourly calendar run. A feature
 * offers it by implementing this interface on a CDI bean; the run finds every implementation. Running a job twice
 * on the same day must do nothing more than running it once.
 */
public interface CalendarJob {

    /** A name for the log and the audit trail, such as "agreement calendar". */
    String name();

    /** Today's work as the system (nobody is the caller), in a transaction of its own. */
    void runScheduled();
}
