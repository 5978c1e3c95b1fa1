package org.concordat.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concordat.shared.domain.Role;
import org.concordat.work.domain.WorkKind;
import org.concordat.work.domain.WorkPlan;
import org.concordat.work.domain.WorkQueues;
import org.concordat.work.infrastructure.JdbcWorkQueues;

/**
 * The work queues (issue 23) on the generated partnership: adds what the generator does not make (DPIAs awaiting
 * advice, route checks not covered, sharing decisions), then for the busiest organisation prints EXPLAIN (ANALYZE,
 * BUFFERS) of each queue's query exactly as the application sends it, and the median time of each over repeated runs,
 * summed per role's home. Not a test: bench/work-queues/run.sh runs it.
 *
 *   WorkQueuePlans jdbcUrl user password [repetitions]
 */
public final class WorkQueuePlans {

    public static void main(String[] args) throws Exception {
        int repetitions = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
            addWhatTheGeneratorDoesNot(c);
            long organisation = single(c, """
                    select organisation_id from agreement_party group by organisation_id order by count(*) desc limit 1""");
            long user = single(c, "select u.id from app_user u join app_user_role r on r.user_id = u.id"
                    + " where r.role = 'PRACTITIONER' and u.organisation_id = " + organisation + " order by u.id limit 1");
            WorkQueues.Scope scope = new WorkQueues.Scope(organisation, user, LocalDate.now());
            System.out.printf("Organisation %d (the busiest: %d party rows), practitioner %d, today %s%n%n", organisation,
                    single(c, "select count(*) from agreement_party where organisation_id = " + organisation), user, scope.today());
            Map<WorkKind, Double> medians = new EnumMap<>(WorkKind.class);
            for (WorkKind kind : WorkKind.values()) {
                System.out.println("== " + kind);
                try (PreparedStatement ps = c.prepareStatement("explain (analyze, buffers) " + JdbcWorkQueues.sql(kind))) {
                    JdbcWorkQueues.bind(ps, kind, scope, WorkPlan.SHOWN);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            System.out.println("   " + rs.getString(1));
                        }
                    }
                }
                long rows = 0;
                double[] times = new double[repetitions];
                try (PreparedStatement ps = c.prepareStatement(JdbcWorkQueues.sql(kind))) {
                    for (int i = 0; i < repetitions; i++) {
                        long started = System.nanoTime();
                        JdbcWorkQueues.bind(ps, kind, scope, WorkPlan.SHOWN);
                        try (ResultSet rs = ps.executeQuery()) {
                            rows = 0;
                            long total = 0;
                            while (rs.next()) {
                                rows++;
                                total = rs.getLong("total");
                            }
                            rows = total;
                        }
                        times[i] = (System.nanoTime() - started) / 1e6;
                    }
                }
                Arrays.sort(times);
                medians.put(kind, times[repetitions / 2]);
                System.out.printf("   count %d; round trip over JDBC: median %.3f ms, p95 %.3f ms (%d runs)%n%n", rows,
                        times[repetitions / 2], times[(int) (repetitions * 0.95)], repetitions);
            }
            for (Role role : List.of(Role.IG_LEAD, Role.SIGNATORY, Role.DPO, Role.PRACTITIONER, Role.ADMIN)) {
                List<WorkKind> kinds = WorkPlan.kinds(Set.of(role));
                double sum = kinds.stream().mapToDouble(medians::get).sum();
                System.out.printf("Home of a %s: %d queries, %.2f ms in all (medians summed)%n", role, kinds.size(), sum);
            }
        }
    }

    /**
     * DPIAs (a third of them awaiting the DPO's advice), 200,000 route checks not covered and 100,000 sharing
     * decisions, spread over the generated organisations and practitioners. Once: a second run finds them there.
     */
    private static void addWhatTheGeneratorDoesNot(Connection c) throws SQLException {
        if (single(c, "select count(*) from route_gap") > 100_000) {
            return;
        }
        List<String> statements = new ArrayList<>();
        statements.add("""
                insert into dpia (id, version, reference, lead_organisation_id, created_at)
                select 900000 + g, 0, 'DPIA-BENCH-' || g, o.id, now()
                  from generate_series(1, 2000) g
                  join (select id, row_number() over (order by id) as n from organisation) o
                    on o.n = 1 + g % (select count(*) from organisation)""");
        statements.add("""
                insert into dpia_version (id, version, dpia_id, number, status, template_version_id, title, risk_scale,
                       last_risk_number, last_measure_number, created_at, created_by, updated_at, dpo_advice_requested_at,
                       dpo_advice_requested_by)
                select 900000 + g, 0, 900000 + g, 1, case when g % 3 = 0 then 'AWAITING_DPO_ADVICE' else 'DRAFT' end,
                       (select v.id from template_version v join template t on t.id = v.template_id
                         where t.kind = 'DPIA' order by v.id limit 1),
                       'Bench DPIA ' || g, 'low,low,medium,low,medium,high,medium,high,high', 0, 0, now(), 'bench', now(),
                       case when g % 3 = 0 then now() - (g || ' minutes')::interval end,
                       case when g % 3 = 0 then 'bench' end
                  from generate_series(1, 2000) g""");
        statements.add("""
                insert into route_gap (id, organisation_id, to_organisation_id, purpose, outcome, checked_at)
                select nextval('route_gap_seq'), a.id, b.id,
                       (array['EARLY_HELP','CHILD_IN_NEED','MASH_TRIAGE','MISSING_CHILD'])[1 + g % 4],
                       case when g % 5 = 0 then 'PARTLY_COVERED' else 'NOT_COVERED' end,
                       now() - (g % 10000 || ' minutes')::interval
                  from generate_series(1, 200000) g
                  join (select id, row_number() over (order by id) as n from organisation) a
                    on a.n = 1 + g % (select count(*) from organisation)
                  join (select id, row_number() over (order by id) as n from organisation) b
                    on b.n = 1 + (g * 7) % (select count(*) from organisation)""");
        statements.add("""
                insert into sharing_decision (id, organisation_id, recorded_by_user_id, recorded_by_name, recorded_at, decision,
                       recipient_other, decided_on, data_subjects, data_categories, purpose, no_agreement_reason,
                       route_outcome, emergency, family_informed, consent_sought, consent_not_sought_reason, rationale,
                       case_reference)
                select nextval('sharing_decision_seq'), u.organisation_id, u.id, u.full_name,
                       now() - (g % 5000 || ' minutes')::interval, 'NOT_SHARED', 'A bench recipient', current_date, 'CHILD',
                       'EDUCATION_DATA', 'EARLY_HELP', 'OTHER', 'NOT_COVERED', false, true, false, 'bench', 'bench',
                       'BENCH-' || g
                  from generate_series(1, 100000) g
                  join (select u.id, u.organisation_id, u.full_name, row_number() over (order by u.id) as n
                          from app_user u join app_user_role r on r.user_id = u.id and r.role = 'PRACTITIONER') u
                    on u.n = 1 + g % (select count(*) from app_user_role where role = 'PRACTITIONER')""");
        try (Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
            s.execute("analyze");
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
