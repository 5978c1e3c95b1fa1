package org.concordat.route.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.concordat.shared.domain.CodeSetConverter;
import org.concordat.agreement.domain.VersionStatus;
import org.concordat.route.domain.CandidateVersion;
import org.concordat.legal.application.LegalBasisColumns;
import org.concordat.legal.domain.LegalBasis;
import org.concordat.route.domain.RouteCandidateRepository;
import org.concordat.shared.infrastructure.ChangeFeed;
import org.concordat.shared.infrastructure.PersistenceUnitDataSource;
import org.concordat.shared.infrastructure.ReadModelSync;

/**
 * The route check's read model: every candidate version of every route, held in memory by pair of organisations
 * and kept at the database's current generation by the {@link ChangeFeed} (an agreement approved, terminated or
 * changed on any node is reloaded before the next answer). Where the database keeps no change feed (the embedded
 * one), each check reads the two organisations' versions afresh with one query instead.
 *
 * <p>Drafts never leave the database: they are invisible to the other organisation. Superseded versions are left out
 * because a later version speaks for the agreement.
 */
@ApplicationScoped
public class RouteCandidateReadModel implements RouteCandidateRepository, ReadModelSync.Model {

    private static final Logger LOG = Logger.getLogger(RouteCandidateReadModel.class.getName());

    /** More agreements changed at once than this, and reading them all is cheaper than one by one. */
    private static final int MOST_RELOADED_ONE_BY_ONE = 500;

    /** The columns of route_candidate_flow a route answer reads (FLOW_COLUMNS, read by name in {@link #flow}). */
    private static final String FLOW_COLUMNS = """
            f.flow_key, f.sender_party_key, f.recipient_party_key, f.both_ways, f.data_subjects, f.data_categories,
            f.purpose, f.transfer_method, f.retention, f.regime, f.lawful_bases, f.recognised_interest,
            f.article9_condition, f.schedule1_condition, f.article10_authority, f.article10_schedule1_condition,
            f.law_enforcement_basis, f.sensitive_processing, f.schedule8_condition, f.statutory_gateways,
            f.other_legal_power, f.confidentiality_basis, f.legitimate_interests_assessment, f.recipient_secrecy""";

    private static final String VERSION_COLUMNS = """
            v.agreement_id, v.reference, v.title, v.version_id, v.number, v.status, v.effective_date,
            v.review_date, v.terminated_on, v.end_date""";

    /*
     * Only the agreement feature's published views are read (V25: route_candidate_version, _party, _flow), never its
     * tables: they hold candidate versions alone, so drafts never leave the agreement feature and superseded versions
     * are left out because a later version speaks for the agreement.
     */

    /** One route, read afresh: starts from the two organisations' party rows (index agreement_party_route_idx, V9). */
    private static final String BETWEEN = "select " + VERSION_COLUMNS + ", pf.party_key as from_key,"
            + " pt.party_key as to_key, " + FLOW_COLUMNS + """

            from route_candidate_party pf
            join route_candidate_party pt on pt.version_id = pf.version_id and pt.organisation_id = ?
            join route_candidate_version v on v.version_id = pf.version_id
            left join route_candidate_flow f on f.version_id = v.version_id
                 and ((f.sender_party_key = pf.party_key and f.recipient_party_key = pt.party_key)
                   or (f.sender_party_key = pt.party_key and f.recipient_party_key = pf.party_key))
            where pf.organisation_id = ? order by v.version_id, f.flow_id""";

    private static final String VERSIONS = "select " + VERSION_COLUMNS + " from route_candidate_version v where true";
    private static final String PARTIES = "select p.version_id, p.party_key, p.organisation_id"
            + " from route_candidate_party p where true";
    private static final String FLOWS = "select f.version_id, " + FLOW_COLUMNS
            + " from route_candidate_flow f where true";
    private static final String OF_AGREEMENTS_V = " and v.agreement_id = any(?)";
    private static final String OF_AGREEMENTS_P = " and p.agreement_id = any(?)";
    private static final String OF_AGREEMENTS_F = " and f.agreement_id = any(?)";

    private final CodeSetConverter codes = new CodeSetConverter();
    private final ReadModelSync sync;
    private volatile RouteIndex index = new RouteIndex();

    @Inject
    PersistenceUnitDataSource dataSource;

    @Inject
    public RouteCandidateReadModel(ChangeFeed feed) {
        this.sync = new ReadModelSync(feed, this);
    }

    /** For CDI's proxy only. */
    protected RouteCandidateReadModel() {
        this.sync = null;
    }

    /** Loaded at start-up, so that the first practitioner to ask does not wait for it. */
    void loadAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        sync.current();
    }

    @Override
    public List<CandidateVersion> between(long fromOrganisationId, long toOrganisationId) {
        if (sync.current()) {
            return index.between(fromOrganisationId, toOrganisationId);
        }
        return read(fromOrganisationId, toOrganisationId);
    }

    @Override
    public void reloadAll() {
        long started = System.nanoTime();
        RouteIndex fresh = new RouteIndex();
        List<LoadedVersion> versions = load(null);
        fresh.replace(List.of(), versions);
        index = fresh;
        LOG.info(() -> "event=route_read_model_loaded versions=" + versions.size() + " routes=" + fresh.pairs()
                + " ms=" + (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public boolean apply(ChangeFeed.Changes changes) {
        Set<Long> agreements = changes.of("agreement");
        if (agreements.size() > MOST_RELOADED_ONE_BY_ONE) {
            return false;
        }
        if (!agreements.isEmpty()) {
            index.replace(agreements, load(agreements.toArray(Long[]::new)));
        }
        return true;
    }

    /** The candidate versions of the given agreements (all agreements when null), with parties and flows. */
    private List<LoadedVersion> load(Long[] agreements) {
        boolean all = agreements == null;
        try (Connection c = dataSource.connection()) {
            Array ids = agreements == null ? null : c.createArrayOf("bigint", agreements);
            Map<Long, Map<String, Long>> parties = new HashMap<>();
            try (PreparedStatement ps = prepared(c, PARTIES + (all ? "" : OF_AGREEMENTS_P), ids); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    parties.computeIfAbsent(rs.getLong(1), v -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3));
                }
            }
            Map<Long, List<LoadedVersion.Flow>> flows = new HashMap<>();
            try (PreparedStatement ps = prepared(c, FLOWS + (all ? "" : OF_AGREEMENTS_F) + " order by f.flow_id", ids); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    flows.computeIfAbsent(rs.getLong(1), v -> new ArrayList<>()).add(flow(rs));
                }
            }
            List<LoadedVersion> versions = new ArrayList<>();
            try (PreparedStatement ps = prepared(c, VERSIONS + (all ? "" : OF_AGREEMENTS_V) + " order by v.version_id", ids); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(4);
                    versions.add(version(rs, parties.getOrDefault(id, Map.of()), flows.getOrDefault(id, List.of())));
                }
            }
            return versions;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot load the route checks' read model", e);
        }
    }

    /** One route read afresh, for a database without a change feed. */
    private List<CandidateVersion> read(long from, long to) {
        Map<Long, LoadedVersion> versions = new LinkedHashMap<>();
        try (Connection c = dataSource.connection(); PreparedStatement ps = c.prepareStatement(BETWEEN)) {
            ps.setLong(1, to);
            ps.setLong(2, from);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LoadedVersion version = versions.computeIfAbsent(rs.getLong(4), id -> {
                        try {
                            return version(rs, Map.of(rs.getString(11), from, rs.getString(12), to), new ArrayList<>());
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    // A version with no flow between the two organisations comes back once, without a flow.
                    if (rs.getString(13) != null) {
                        version.flows().add(flow(rs));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the candidate versions of a route", e);
        }
        return versions.values().stream().map(v -> v.between(from, to)).toList();
    }

    private static PreparedStatement prepared(Connection c, String sql, Array ids) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        if (ids != null) {
            ps.setArray(1, ids);
        }
        // Streams the rows of a full load instead of holding them all in the driver.
        ps.setFetchSize(5_000);
        return ps;
    }

    private static LoadedVersion version(ResultSet rs, Map<String, Long> parties, List<LoadedVersion.Flow> flows)
            throws SQLException {
        return new LoadedVersion(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getInt(5),
                VersionStatus.valueOf(rs.getString(6)), rs.getObject(7, LocalDate.class),
                rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class),
                parties, flows);
    }

    /** The flow of the current row, its columns read by name (FLOW_COLUMNS). */
    private LoadedVersion.Flow flow(ResultSet rs) throws SQLException {
        return new LoadedVersion.Flow(rs.getString("flow_key"), rs.getString("sender_party_key"),
                rs.getString("recipient_party_key"), rs.getBoolean("both_ways"), set(rs.getString("data_subjects")),
                set(rs.getString("data_categories")), rs.getString("purpose"), rs.getString("transfer_method"),
                rs.getString("retention"), LegalBasisColumns.read(rs));
    }

    /** The flow's law, from the columns LegalBasis is mapped to. */
    private Set<String> set(String column) {
        return codes.convertToEntityAttribute(column);
    }
}
