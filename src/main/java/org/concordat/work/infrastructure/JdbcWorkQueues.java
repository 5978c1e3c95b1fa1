package org.concordat.work.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.concordat.shared.infrastructure.PersistenceUnitDataSource;
import org.concordat.work.domain.WorkItem;
import org.concordat.work.domain.WorkKind;
import org.concordat.work.domain.WorkQueues;

/**
 * Each queue is one query on a view published to work (V32): the rows of one organisation (and, for decisions, one
 * person), the count of them all beside each row ({@code count(*) over ()}), in the kind's order, the first few only.
 * Every query starts from an index on the organisation or the person; bench/work-queues/run.sh prints their plans.
 */
@ApplicationScoped
public class JdbcWorkQueues implements WorkQueues {

    /** What a query is given, in the order of its placeholders. */
    private enum Parameter { ORGANISATION, USER, TODAY, HORIZON }

    private record Query(String sql, List<Parameter> parameters) {
    }

    /** Reviews and ends due within this many days of today count as due (the reminders' and dashboards' horizon). */
    static final int HORIZON_DAYS = org.concordat.shared.domain.ReviewBand.HORIZON_DAYS;

    static final Map<WorkKind, Query> QUERIES = new EnumMap<>(WorkKind.class);

    static {
        QUERIES.put(WorkKind.APPROVALS_AWAITING, new Query("""
                select version_id as id, reference, title, cast(null as bigint) as other_id, cast(null as varchar) as other,
                       submitted_at as item_at, cast(null as date) as item_day, 0 as times, cast(null as varchar) as code,
                       count(*) over () as total
                  from work_agreement_awaiting_decision
                 where organisation_id = ?
                 order by submitted_at, version_id
                 limit ?""", List.of(Parameter.ORGANISATION)));
        QUERIES.put(WorkKind.CHANGES_REQUESTED, new Query("""
                select version_id as id, reference, title, returned_by_organisation_id as other_id,
                       cast(null as varchar) as other, coalesce(returned_at, updated_at) as item_at, cast(null as date) as item_day,
                       0 as times, cast(null as varchar) as code, count(*) over () as total
                  from work_agreement_draft
                 where organisation_id = ? and returned
                 order by coalesce(returned_at, updated_at), version_id
                 limit ?""", List.of(Parameter.ORGANISATION)));
        // The errors of each draft's last check, kept at every save (agreement_draft_check), counted as "times".
        QUERIES.put(WorkKind.DRAFTS_WITH_ERRORS, new Query("""
                select version_id as id, reference, title, cast(null as bigint) as other_id, cast(null as varchar) as other,
                       updated_at as item_at, cast(null as date) as item_day, errors as times, cast(null as varchar) as code,
                       count(*) over () as total
                  from work_agreement_draft
                 where organisation_id = ? and errors > 0
                 order by updated_at desc, version_id desc
                 limit ?""", List.of(Parameter.ORGANISATION)));
        QUERIES.put(WorkKind.DRAFTS, new Query("""
                select version_id as id, reference, title, cast(null as bigint) as other_id, cast(null as varchar) as other,
                       updated_at as item_at, cast(null as date) as item_day, 0 as times, cast(null as varchar) as code,
                       count(*) over () as total
                  from work_agreement_draft
                 where organisation_id = ? and not returned
                 order by updated_at desc, version_id desc
                 limit ?""", List.of(Parameter.ORGANISATION)));
        // In force on the day (effective, not ended), as the status tags REVIEW_OVERDUE and REVIEW_DUE say. The
        // organisation's rows are read first, in a subquery that "offset 0" keeps whole: once the driver prepares the
        // statement on the server, PostgreSQL may plan it without the dates, and would then walk every approved
        // version by its review date instead (17 ms rather than 0.4 ms on the benchmark's data).
        QUERIES.put(WorkKind.REVIEWS_OVERDUE, new Query("""
                select version_id as id, reference, title, cast(null as bigint) as other_id, cast(null as varchar) as other,
                       cast(null as timestamp with time zone) as item_at, review_date as item_day, 0 as times,
                       cast(null as varchar) as code, count(*) over () as total
                  from (select * from work_agreement_in_force where organisation_id = ? offset 0) mine
                 where review_date < ? and effective_date <= ?
                   and (end_date is null or end_date >= ?)
                 order by review_date, version_id
                 limit ?""", List.of(Parameter.ORGANISATION, Parameter.TODAY, Parameter.TODAY, Parameter.TODAY)));
        QUERIES.put(WorkKind.REVIEWS_DUE, new Query("""
                select version_id as id, reference, title, cast(null as bigint) as other_id, cast(null as varchar) as other,
                       cast(null as timestamp with time zone) as item_at, review_date as item_day, 0 as times,
                       cast(null as varchar) as code, count(*) over () as total
                  from (select * from work_agreement_in_force where organisation_id = ? offset 0) mine
                 where review_date >= ? and review_date <= ? and effective_date <= ?
                   and (end_date is null or end_date >= ?)
                 order by review_date, version_id
                 limit ?""", List.of(Parameter.ORGANISATION, Parameter.TODAY, Parameter.HORIZON, Parameter.TODAY,
                Parameter.TODAY)));
        QUERIES.put(WorkKind.ENDING_SOON, new Query("""
                select version_id as id, reference, title, cast(null as bigint) as other_id, cast(null as varchar) as other,
                       cast(null as timestamp with time zone) as item_at, end_date as item_day, 0 as times,
                       cast(null as varchar) as code, count(*) over () as total
                  from (select * from work_agreement_in_force where organisation_id = ? offset 0) mine
                 where end_date >= ? and end_date <= ? and effective_date <= ?
                 order by end_date, version_id
                 limit ?""", List.of(Parameter.ORGANISATION, Parameter.TODAY, Parameter.HORIZON, Parameter.TODAY)));
        Query dpias = new Query("""
                select version_id as id, reference, title, cast(null as bigint) as other_id, cast(null as varchar) as other,
                       dpo_advice_requested_at as item_at, cast(null as date) as item_day, 0 as times,
                       cast(null as varchar) as code, count(*) over () as total
                  from work_dpia_awaiting_advice
                 where organisation_id = ?
                 order by dpo_advice_requested_at, version_id
                 limit ?""", List.of(Parameter.ORGANISATION));
        QUERIES.put(WorkKind.DPIAS_AWAITING_MY_ADVICE, dpias);
        QUERIES.put(WorkKind.DPIAS_AWAITING_ADVICE, dpias);
        // Grouped as the coverage-gap report groups them: one row per destination and purpose.
        QUERIES.put(WorkKind.COVERAGE_GAPS, new Query("""
                select 0 as id, cast(null as varchar) as reference, purpose as title, to_organisation_id as other_id,
                       cast(null as varchar) as other, max(checked_at) as item_at, cast(null as date) as item_day,
                       count(*) as times, purpose as code, count(*) over () as total
                  from work_route_gap
                 where organisation_id = ?
                 group by to_organisation_id, purpose
                 order by count(*) desc, max(checked_at) desc
                 limit ?""", List.of(Parameter.ORGANISATION)));
        QUERIES.put(WorkKind.USERS_NOT_SIGNED_IN, new Query("""
                select id, email as reference, full_name as title, cast(null as bigint) as other_id,
                       cast(null as varchar) as other, created_at as item_at, cast(null as date) as item_day, 0 as times,
                       cast(null as varchar) as code, count(*) over () as total
                  from work_security_user_not_signed_in
                 where organisation_id = ?
                 order by created_at, id
                 limit ?""", List.of(Parameter.ORGANISATION)));
        QUERIES.put(WorkKind.RECENT_DECISIONS, new Query("""
                select id, case_reference as reference, purpose as title, recipient_organisation_id as other_id,
                       recipient_other as other, recorded_at as item_at, cast(null as date) as item_day, 0 as times, decision as code,
                       count(*) over () as total
                  from work_route_decision
                 where recorded_by_user_id = ? and organisation_id = ?
                 order by recorded_at desc, id desc
                 limit ?""", List.of(Parameter.USER, Parameter.ORGANISATION)));
    }

    @Inject
    PersistenceUnitDataSource dataSource;

    @Inject
    Clock clock;

    /** The SQL of a queue, for the benchmark's plans. */
    public static String sql(WorkKind kind) {
        return QUERIES.get(kind).sql();
    }

    /** Gives a prepared queue query (see {@link #sql}, perhaps behind an EXPLAIN) its parameters and limit. */
    public static void bind(PreparedStatement ps, WorkKind kind, Scope scope, int limit) throws SQLException {
        int i = 1;
        for (Parameter p : QUERIES.get(kind).parameters()) {
            switch (p) {
                case ORGANISATION -> ps.setLong(i++, scope.organisationId());
                case USER -> ps.setLong(i++, scope.userId());
                case TODAY -> ps.setObject(i++, scope.today());
                case HORIZON -> ps.setObject(i++, scope.today().plusDays(HORIZON_DAYS));
            }
        }
        ps.setInt(i, limit);
    }

    @Override
    public Rows read(WorkKind kind, Scope scope, int limit) {
        try (Connection c = dataSource.connection(); PreparedStatement ps = c.prepareStatement(sql(kind))) {
            bind(ps, kind, scope, limit);
            long total = 0;
            List<WorkItem> items = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    total = rs.getLong("total");
                    long other = rs.getLong("other_id");
                    Long otherId = rs.wasNull() ? null : other;
                    LocalDate day = rs.getObject("item_day", LocalDate.class);
                    Timestamp at = rs.getTimestamp("item_at");
                    if (day == null && at != null) {
                        day = at.toInstant().atZone(clock.getZone()).toLocalDate();
                    }
                    items.add(new WorkItem(rs.getLong("id"), rs.getString("reference"), rs.getString("title"), otherId,
                            rs.getString("other"), day, rs.getLong("times"), rs.getString("code"), null));
                }
            }
            return new Rows(total, items);
        } catch (SQLException e) {
            throw new IllegalStateException("work queue " + kind + " of organisation " + scope.organisationId(), e);
        }
    }
}
