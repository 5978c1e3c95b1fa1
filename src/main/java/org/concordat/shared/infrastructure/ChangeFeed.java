package org.concordat.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import org.concordat.shared.application.ConsistentReads;

/**
 * What has changed in the tables the in-memory read models hold (V18): a generation that every transaction changing
 * them raises by one, and under each generation what it changed (a topic such as "agreement" and an id). A read
 * model reads the generation before it answers; when the generation has moved past the one the model was built at,
 * it reloads what the changes name. So an approval, a revocation or a deactivation committed on any node, or
 * straight in the database, is in the very next answer. Plain JDBC: the read is one row and must cost as little as
 * a read can.
 *
 * <p>Only PostgreSQL keeps the feed (its triggers fill it); on the embedded database {@link #generation()} is empty
 * and read models read the tables afresh each time.
 */
@ApplicationScoped
public class ChangeFeed implements ConsistentReads {

    /** How long changes are listed: a read model further behind than this reloads everything. */
    static final Duration RETENTION = Duration.ofDays(7);

    /**
     * The changes after a generation, up to {@code generation}: per topic, the ids changed. Not complete when some
     * were already pruned: the reader must then reload everything.
     */
    public record Changes(long generation, boolean complete, Map<String, Set<Long>> items) {

        public Set<Long> of(String topic) {
            return items.getOrDefault(topic, Set.of());
        }
    }

    private final PersistenceUnitDataSource dataSource;

    private final ThreadLocal<Moment> moments = new ThreadLocal<>();
    private boolean kept;

    @Inject
    public ChangeFeed(PersistenceUnitDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** For CDI's proxy, and for tests that stand in for the feed. */
    protected ChangeFeed() {
        this(null);
    }

    @PostConstruct
    void connect() {
        kept = read().isPresent();
    }

    /**
     * The current generation, or empty when this database keeps no change feed. Inside {@link #atOneMoment}, read
     * at the first call and the same for every later one.
     */
    public OptionalLong generation() {
        if (!kept) {
            return OptionalLong.empty();
        }
        Moment moment = moments.get();
        if (moment == null) {
            return read();
        }
        if (moment.generation == null) {
            moment.generation = read();
        }
        return moment.generation;
    }

    @Override
    public <T> T atOneMoment(Supplier<T> reads) {
        if (!kept || moments.get() != null) {
            return reads.get();
        }
        moments.set(new Moment());
        try {
            return reads.get();
        } finally {
            moments.remove();
        }
    }

    /** The generation of one {@link #atOneMoment}, read when first needed: a request that reads no model costs nothing. */
    private static final class Moment {
        private OptionalLong generation;
    }

    /** What changed after {@code seen} (which is behind the current generation); each id once per topic. */
    public Changes since(long seen) {
        try (Connection c = dataSource.connection();
             PreparedStatement oldest = c.prepareStatement("select min(generation) from read_model_change");
             PreparedStatement changes = c.prepareStatement("select generation, topic, item_id from read_model_change"
                     + " where generation > ? order by generation")) {
            long first;
            try (ResultSet rs = oldest.executeQuery()) {
                rs.next();
                first = rs.getLong(1);
                first = rs.wasNull() ? Long.MAX_VALUE : first;
            }
            changes.setLong(1, seen);
            long last = seen;
            Map<String, Set<Long>> items = new HashMap<>();
            try (ResultSet rs = changes.executeQuery()) {
                while (rs.next()) {
                    last = Math.max(last, rs.getLong(1));
                    items.computeIfAbsent(rs.getString(2), t -> new HashSet<>()).add(rs.getLong(3));
                }
            }
            // Every generation lists at least one change: when seen + 1 is no longer listed, it was pruned.
            return new Changes(last, first <= seen + 1, items);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the change feed", e);
        }
    }

    /** Forgets changes older than the retention: a read model that far behind reloads everything. */
    public int prune(Instant now) {
        try (Connection c = dataSource.connection();
             PreparedStatement ps = c.prepareStatement("delete from read_model_change where changed_at < ?")) {
            ps.setObject(1, OffsetDateTime.ofInstant(now.minus(RETENTION), ZoneOffset.UTC));
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prune the change feed", e);
        }
    }

    private OptionalLong read() {
        try (Connection c = dataSource.connection();
             PreparedStatement ps = c.prepareStatement("select generation from read_model_generation where id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the change feed's generation", e);
        }
    }
}
