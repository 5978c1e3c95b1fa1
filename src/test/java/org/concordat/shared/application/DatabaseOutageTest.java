package org.concordat.shared.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    /** As the pool, Hibernate and the EJB container wrap what the PostgreSQL driver throws. */
    private static Throwable wrapped(SQLException cause) {
        return new EJBException(new PersistenceException("could not execute statement",
                new SQLException("IJ031084: Unable to create connection", cause)));
    }

    @Test
    void aRefusedOrBrokenConnectionIsAnOutage() {
        assertTrue(DatabaseOutage.causedBy(wrapped(new SQLException("Connection to localhost:5432 refused", "08001"))));
        assertTrue(DatabaseOutage.causedBy(wrapped(new SQLException("An I/O error occurred while sending to the backend", "08006"))));
        assertTrue(DatabaseOutage.causedBy(new SQLTransientConnectionException("pool could not connect")));
    }

    @Test
    void aServerShuttingDownOrStartingIsAnOutage() {
        assertTrue(DatabaseOutage.causedBy(wrapped(new SQLException("terminating connection due to administrator command", "57P01"))));
        assertTrue(DatabaseOutage.causedBy(wrapped(new SQLException("the database system is starting up", "57P03"))));
    }

    @Test
    void aDatabaseThatCannotTakeChangesForAWhileIsAnOutage() {
        assertTrue(DatabaseOutage.causedBy(wrapped(new SQLException("cannot execute INSERT in a read-only transaction", "25006"))));
        assertTrue(DatabaseOutage.causedBy(wrapped(new SQLException("could not extend file: No space left on device", "53100"))));
        assertTrue(DatabaseOutage.causedBy(wrapped(new SQLException("sorry, too many clients already", "53300"))));
    }

    @Test
    void aChainedSqlExceptionIsLookedThrough() {
        SQLException batch = new SQLException("Batch entry 0 was aborted", "XX000");
        batch.setNextException(new SQLException("the database system is shutting down", "57P03"));
        assertTrue(DatabaseOutage.causedBy(new PersistenceException(batch)));
    }

    @Test
    void otherDatabaseFailuresAreNot() {
        assertFalse(DatabaseOutage.causedBy(wrapped(new SQLException("duplicate key value", "23505"))));
        assertFalse(DatabaseOutage.causedBy(wrapped(new SQLException("could not serialize access", "40001"))));
        assertFalse(DatabaseOutage.causedBy(wrapped(new SQLException("IJ000655: No managed connections available"))));
        assertFalse(DatabaseOutage.causedBy(new IllegalStateException("not a database failure")));
        assertFalse(DatabaseOutage.causedBy(null));
    }
}
