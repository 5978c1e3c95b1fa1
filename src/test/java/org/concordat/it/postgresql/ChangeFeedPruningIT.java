package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Set;
import org.concordat.it.support.Database;
import org.concordat.it.support.Deployments;
import org.concordat.shared.infrastructure.ChangeFeed;
import org.concordat.shared.infrastructure.PersistenceUnitDataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The weekly pruning of the change feed (what the hourly calendar runs), on the test PostgreSQL migrated by the
 * deployment: changes older than a week go, newer ones stay, and a read model last current before the pruned ones
 * learns that it must reload everything, while one current since then still gets exactly what changed.
 */
@ExtendWith(ArquillianExtension.class)
class ChangeFeedPruningIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    private static final ChangeFeed FEED = new ChangeFeed(new PersistenceUnitDataSource() {
        @Override
        public Connection connection() throws SQLException {
            return DriverManager.getConnection(System.getProperty("it.postgresql.url"),
                    System.getProperty("it.postgresql.user"), System.getProperty("it.postgresql.password"));
        }
    });

    @Test
    void changesOlderThanAWeekAreForgottenAndAReaderThatFarBehindReloadsEverything() throws Exception {
        // Everything listed so far happened eight days ago; then one organisation is renamed now.
        Database.execute("update read_model_change set changed_at = now() - interval '8 days'");
        long before = ((Number) Database.single("select generation from read_model_generation where id = 1")).longValue();
        long organisation = ((Number) Database.single("select min(id) from organisation")).longValue();
        Database.execute("update organisation set name = name where id = ?", organisation);
        long after = ((Number) Database.single("select generation from read_model_generation where id = 1")).longValue();
        assertEquals(before + 1, after, "the rename raised the generation once");
        long old = ((Number) Database.single("select count(*) from read_model_change where generation <= ?", before)).longValue();
        assertTrue(old > 0, "there are old changes to prune");

        assertEquals(old, FEED.prune(Instant.now()));

        assertEquals(0L, ((Number) Database.single("select count(*) from read_model_change where generation <= ?", before)).longValue());
        ChangeFeed.Changes current = FEED.since(before);
        assertTrue(current.complete(), "a reader current until just before the rename misses nothing");
        assertEquals(after, current.generation());
        assertEquals(Set.of(organisation), current.of("organisation"));
        ChangeFeed.Changes behind = FEED.since(before - 1);
        assertFalse(behind.complete(), "a reader further behind is told that the feed no longer lists all it missed");

        assertEquals(0, FEED.prune(Instant.now()), "a second run finds nothing more");
    }
}
