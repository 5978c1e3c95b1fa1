package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.concordat.shared.infrastructure.DatabaseClusterLock;
import org.concordat.shared.infrastructure.PersistenceUnitDataSource;
import org.junit.jupiter.api.Test;

/**
 * The cluster lock that first-start set-up runs under, on the test PostgreSQL: two nodes never do the work at the
 * same time, and a node waits while another holds it. Each "node" is a lock on connections of its own.
 */
class ClusterLockIT {

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.postgresql.url"),
                System.getProperty("it.postgresql.user"), System.getProperty("it.postgresql.password"));
    }

    static DatabaseClusterLock node() {
        return new DatabaseClusterLock(new PersistenceUnitDataSource() {
            @Override
            public Connection connection() throws SQLException {
                return connect();
            }
        });
    }

    @Test
    void twoNodesStartingTogetherTakeTurns() throws Exception {
        List<String> steps = new CopyOnWriteArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> started = List.of("a", "b").stream().map(n -> nodes.submit(() -> {
                go.await();
                node().exclusively("it-startup", () -> {
                    steps.add(n + " in");
                    sleep(300);
                    steps.add(n + " out");
                });
                return null;
            })).toList();
            go.countDown();
            for (Future<Object> f : started) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            nodes.shutdownNow();
        }
        assertEquals(4, steps.size(), steps.toString());
        String first = steps.get(0).substring(0, 1);
        assertEquals(List.of(first + " in", first + " out"), steps.subList(0, 2), "the other waited: " + steps);
    }

    @Test
    void aNodeWaitsWhileAnotherHoldsTheLockAndGoesOnWhenItIsReleased() throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        try (Connection holder = connect();
             PreparedStatement lock = holder.prepareStatement("select pg_advisory_lock(hashtext('concordat:it-held'))");
             PreparedStatement unlock = holder.prepareStatement("select pg_advisory_unlock(hashtext('concordat:it-held'))")) {
            lock.execute();
            Thread waiting = new Thread(() -> node().exclusively("it-held", ran::countDown));
            waiting.start();
            assertFalse(ran.await(500, TimeUnit.MILLISECONDS), "held by the other node");
            unlock.execute();
            assertTrue(ran.await(10, TimeUnit.SECONDS), "released");
            waiting.join(10_000);
        }
    }

    @Test
    void scheduledWorkIsSkippedWhileAnotherNodeHoldsTheLockAndRunsOnceItIsFree() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        try (Connection holder = connect();
             PreparedStatement lock = holder.prepareStatement("select pg_advisory_lock(hashtext('concordat:it-calendar'))");
             PreparedStatement unlock = holder.prepareStatement("select pg_advisory_unlock(hashtext('concordat:it-calendar'))")) {
            lock.execute();
            assertFalse(node().ifFree("it-calendar", () -> ran.add("while held")), "another node holds it");
            unlock.execute();
        }
        assertTrue(node().ifFree("it-calendar", () -> ran.add("once free")));
        assertEquals(List.of("once free"), ran);
        // A node that died holding the lock (its connection closed) lets the next one run.
        Connection dying = connect();
        try (PreparedStatement lock = dying.prepareStatement("select pg_advisory_lock(hashtext('concordat:it-calendar'))")) {
            lock.execute();
        }
        dying.close();
        assertTrue(node().ifFree("it-calendar", () -> ran.add("after a node died")));
        assertEquals(List.of("once free", "after a node died"), ran);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
