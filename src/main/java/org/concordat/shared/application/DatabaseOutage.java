package org.concordat.shared.application;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure caused by the database being out of reach (stopped, restarting, the network to it broken) from
 * every other failure. Such a failure is temporary and nothing was written: the API answers 503 with Retry-After and
 * the pages say to try again in a moment, instead of an "internal error" with an incident number that nobody needs
 * to chase.
 *
 * <p>Recognised by the SQLSTATE the PostgreSQL driver gives (class 08, connection exception; 57P01–57P03, the server
 * shutting down or not yet accepting connections) anywhere in the chain of causes — Hibernate, the connection pool and
 * the EJB container each wrap it — or by the JDBC connection exception types.
 */
public final class DatabaseOutage {

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
            if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                    || state.equals("57P03"))) {
                return true;
            }
            if (e.getNextException() == e) {
                break;
            }
        }
        return false;
    }
}
