package org.concordat.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.concordat.shared.application.ClusterLock;

/**
 * The cluster's lock is PostgreSQL's: a session-level advisory lock, held on a connection of its own for as long as
 * the work runs (it is not a transaction's, so the work may commit as often as it likes). Released when the work
 * ends, or by PostgreSQL if the node dies holding it. The embedded database belongs to one process: no lock needed.
 */
@ApplicationScoped
public class DatabaseClusterLock implements ClusterLock {

    private final PersistenceUnitDataSource dataSource;

    @Inject
    public DatabaseClusterLock(PersistenceUnitDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** For CDI's proxy only. */
    protected DatabaseClusterLock() {
        this(null);
    }

    @Override
    public void exclusively(String name, Runnable work) {
        try (Connection c = dataSource.connection()) {
            if (!"PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
                work.run();
                return;
            }
            advisory(c, "select pg_advisory_lock(hashtext(?))", name);
            try {
                work.run();
            } finally {
                advisory(c, "select pg_advisory_unlock(hashtext(?))", name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the cluster lock '" + name + "'", e);
        }
    }

    @Override
    public boolean ifFree(String name, Runnable work) {
        try (Connection c = dataSource.connection()) {
            if (!"PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
                work.run();
                return true;
            }
            boolean taken;
            try (PreparedStatement ps = c.prepareStatement("select pg_try_advisory_lock(hashtext(?))")) {
                ps.setString(1, "concordat:" + name);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    taken = rs.next() && rs.getBoolean(1);
                }
            }
            if (!taken) {
                return false;
            }
            try {
                work.run();
            } finally {
                advisory(c, "select pg_advisory_unlock(hashtext(?))", name);
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the cluster lock '" + name + "'", e);
        }
    }

    private static void advisory(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, "concordat:" + name);
            ps.execute();
        }
    }
}
