package org.concordat.shared.application;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a failure caused by the database being out of reach or unable to take changes for a while (stopped,
 * restarting, the network to it broken; a standby answering read-only during a failover; its disk full) from every
 * other failure. Such a failure is temporary and its transaction was rolled back, so nothing was written half: the API
 * answers 503 with Retry-After and the pages say to try again in a moment, instead of an "internal error" with an
 * incident number that nobody needs to chase.
 *
 * <p>Recognised by the SQLSTATE the PostgreSQL driver gives anywhere in the chain of causes — Hibernate, the connection
 * pool and the EJB container each wrap it — or by the JDBC connection exception types: class 08 (connection
 * exception); 57P01–57P03 (the server shutting down or not yet accepting connections); 25006 (a change sent to a
 * read-only transaction: a standby, or a database set read-only); 53100 (disk full) and 53300 (too many connections).
 */
public final class DatabaseOutage {

    private static final Set<String> TEMPORARY = Set.of("57P01", "57P02", "57P03", "25006", "53100", "53300");

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && outage(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean outage(SQLException failure) {
        for (SQLException e = failure; e != null; e = e.getNextException()) {
            String state = e.getSQLState();
            if (state != null && (state.startsWith("08") || TEMPORARY.contains(state))) {
                return true;
            }
            if (e.getNextException() == e) {
                break;
            }
        }
        return false;
    }
}
