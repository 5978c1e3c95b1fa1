package org.concordat.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Route checks over HTTP against a running Concordat (a second process, on loopback) filled by
 * {@link PartnershipGenerator}, side by side in the same run with the same lookups done as plain SQL on the same
 * PostgreSQL — the floor no application can beat. Writes throughput and latency percentiles to docs/benchmarks.md.
 *
 * <p>Usage: RouteCheckBenchmark baseUrl jdbcUrl user password tokensFile report seconds threads
 */
public final class RouteCheckBenchmark {

    /** One question a practitioner asks: from their organisation (token) to another, about whom, what, why. */
    record Question(String token, long from, long to, List<String> subjects, List<String> categories, String purpose) {

        String json() {
            return "{\"toOrganisationId\":" + to + ",\"dataSubjects\":" + array(subjects) + ",\"dataCategories\":"
                    + array(categories) + ",\"purpose\":\"" + purpose + "\"}";
        }

        private static String array(List<String> codes) {
            return codes.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(",", "[", "]"));
        }
    }

    /** What a phase measured. */
    record Figures(String name, long checks, double seconds, double p50, double p95, double p99, Map<String, Long> outcomes) {

        double perSecond() {
            return checks / seconds;
        }
    }

    /** The application's own candidate lookup, run bare: the two organisations' shared versions and their flows. */
    static final String FLOOR_SQL = """
            select v.agreement_id, a.reference, v.title, v.id, v.number, v.status, v.effective_date, v.review_date,
                   v.end_date, v.terminated_on, pf.party_key, f.flow_key, f.sender_party_key, f.both_ways,
                   f.data_subjects, f.data_categories, f.purpose, f.transfer_method, f.retention, f.regime,
                   f.lawful_bases, f.article9_condition, f.schedule1_condition, f.article10_authority,
                   f.law_enforcement_basis, f.sensitive_processing, f.schedule8_condition, f.statutory_gateways,
                   f.confidentiality_basis
            from agreement_party pf
            join agreement_party pt on pt.agreement_version_id = pf.agreement_version_id and pt.organisation_id = ?
            join agreement_version v on v.id = pf.agreement_version_id
            join agreement a on a.id = v.agreement_id
            left join agreement_flow f on f.agreement_version_id = v.id
                 and ((f.sender_party_key = pf.party_key and f.recipient_party_key = pt.party_key)
                   or (f.sender_party_key = pt.party_key and f.recipient_party_key = pf.party_key))
            where pf.organisation_id = ?
              and v.status in ('SUBMITTED', 'APPROVED', 'EXPIRED', 'TERMINATED')
            order by v.id, f.id
            """;

    public static void main(String[] args) throws Exception {
        if (args.length != 8) {
            throw new IllegalArgumentException("Usage: RouteCheckBenchmark baseUrl jdbcUrl user password tokensFile report seconds threads");
        }
        URI base = URI.create(args[0]);
        String jdbc = args[1];
        String user = args[2];
        String password = args[3];
        int seconds = Integer.parseInt(args[6]);
        int threads = Integer.parseInt(args[7]);
        Map<Long, String> tokens = Files.readAllLines(Path.of(args[4])).stream().map(l -> l.split(","))
                .collect(Collectors.toMap(p -> Long.parseLong(p[0]), p -> p[1]));
        List<Question> questions = questions(jdbc, user, password, tokens);
        System.out.printf("%d questions, %d threads, %d s per phase%n", questions.size(), threads, seconds);

        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Check overHttp = q -> {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/route-checks"))
                    .header("Authorization", "Bearer " + q.token()).header("Content-Type", "application/json")
                    .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(q.json())).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
            }
            String body = r.body();
            return body.substring(body.indexOf("\"outcome\":\"") + 11, body.indexOf('"', body.indexOf("\"outcome\":\"") + 11));
        };
        run("warm-up", overHttp, questions, threads, Math.max(5, seconds / 3));
        Figures http = run("HTTP route check", overHttp, questions, threads, seconds);

        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                return DriverManager.getConnection(jdbc, user, password);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        Check asSql = q -> {
            try (PreparedStatement ps = connections.get().prepareStatement(FLOOR_SQL)) {
                ps.setLong(1, q.to());
                ps.setLong(2, q.from());
                int rows = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        for (int i = 1; i <= 29; i++) {
                            rs.getObject(i);
                        }
                        rows++;
                    }
                }
                return rows == 0 ? "NO_ROWS" : "ROWS";
            }
        };
        run("warm-up", asSql, questions, threads, Math.max(5, seconds / 3));
        Figures sql = run("plain SQL (floor)", asSql, questions, threads, seconds);
        report(Path.of(args[5]), http, sql, questions.size(), threads, seconds);
    }

    interface Check {
        String ask(Question question) throws Exception;
    }

    /** Realistic questions: mostly routes an agreement's flow describes, a fifth between random organisations. */
    static List<Question> questions(String jdbc, String user, String password, Map<Long, String> tokens) throws SQLException {
        List<Question> out = new ArrayList<>();
        Random random = new Random(7);
        try (Connection c = DriverManager.getConnection(jdbc, user, password);
             PreparedStatement ps = c.prepareStatement("""
                     select pf.organisation_id, pt.organisation_id, f.data_subjects, f.data_categories, f.purpose
                     from agreement_flow f
                     join agreement_party pf on pf.agreement_version_id = f.agreement_version_id and pf.party_key = f.sender_party_key
                     join agreement_party pt on pt.agreement_version_id = f.agreement_version_id and pt.party_key = f.recipient_party_key
                     order by md5(f.id::text) limit 4000""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long from = rs.getLong(1);
                if (!tokens.containsKey(from)) {
                    continue;
                }
                List<String> subjects = Arrays.asList(rs.getString(3).split(","));
                List<String> categories = new ArrayList<>(Arrays.asList(rs.getString(4).split(",")));
                if (random.nextInt(5) == 0) {
                    categories.add("HOUSING");
                }
                out.add(new Question(tokens.get(from), from, rs.getLong(2), subjects, categories.stream().distinct().toList(),
                        rs.getString(5)));
            }
        }
        List<Long> organisations = new ArrayList<>(tokens.keySet());
        int routes = out.size();
        for (int i = 0; i < routes / 4; i++) {
            long from = organisations.get(random.nextInt(organisations.size()));
            long to = organisations.get(random.nextInt(organisations.size()));
            if (from != to) {
                out.add(new Question(tokens.get(from), from, to, List.of("CHILD"), List.of("EDUCATION_DATA"), "CHILD_IN_NEED"));
            }
        }
        Collections.shuffle(out, random);
        return out;
    }

    static Figures run(String name, Check check, List<Question> questions, int threads, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t * (questions.size() / threads);
            results.add(pool.submit(() -> {
                List<Long> samples = new ArrayList<>();
                int i = offset;
                while (System.nanoTime() < end) {
                    Question q = questions.get(i++ % questions.size());
                    long start = System.nanoTime();
                    String outcome = check.ask(q);
                    samples.add(System.nanoTime() - start);
                    OUTCOMES.merge(outcome, 1L, Long::sum);
                }
                return samples;
            }));
        }
        long[] latencies;
        try {
            latencies = results.stream().flatMap(f -> {
                try {
                    return f.get().stream();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).mapToLong(Long::longValue).sorted().toArray();
        } finally {
            // A failed check stops the run; the other threads must not keep the JVM alive.
            pool.shutdownNow();
        }
        Map<String, Long> outcomes = Map.copyOf(OUTCOMES);
        OUTCOMES.clear();
        Figures figures = new Figures(name, latencies.length, seconds, percentile(latencies, 50), percentile(latencies, 95),
                percentile(latencies, 99), outcomes);
        System.out.printf(Locale.ROOT, "%s: %d checks, %.0f/s, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms %s%n", name,
                figures.checks(), figures.perSecond(), figures.p50(), figures.p95(), figures.p99(), outcomes);
        return figures;
    }

    /** How many answers of each kind the phase running now has had. */
    private static final ConcurrentHashMap<String, Long> OUTCOMES = new ConcurrentHashMap<>();

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    static void report(Path report, Figures http, Figures sql, int questions, int threads, int seconds) throws Exception {
        String rows = Stream.of(http, sql).map(f -> String.format(Locale.ROOT,
                "| %s | %,d | %,.0f | %.2f | %.2f | %.2f |", f.name(), f.checks(), f.perSecond(), f.p50(), f.p95(), f.p99()))
                .collect(Collectors.joining("\n"));
        BenchmarkReport.replaceSection(report, "route-check", "## Route checks at scale: 500 organisations, 10,000 agreements, ~100,000 flows\n\n"
                + "- Machine: " + BenchmarkReport.machine() + "; server, database and client share the same cores\n"
                + "- Date: " + LocalDate.now() + "\n"
                + "- Command: `bash bench/route-check.sh` (PostgreSQL filled by `PartnershipGenerator`; Concordat on WildFly 39;"
                + " this client in a second JVM on loopback, " + threads + " threads, " + seconds + " s per phase after a warm-up,"
                + " " + questions + " distinct questions, most taken from agreements' flows, a fifth between random organisations)\n"
                + "- Baseline: the same candidate lookup as plain SQL over JDBC on the same database, same threads — the floor.\n"
                + "- Target: p95 under 20 ms, at least 1,000 checks/s, within 3× of the floor.\n\n"
                + "| phase | checks | per second | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|---|\n" + rows + "\n\n"
                + String.format(Locale.ROOT, "Ratio HTTP / SQL floor: throughput %.1f× lower, p95 %.1f× higher. Outcomes over HTTP: %s.",
                sql.perSecond() / http.perSecond(), http.p95() / sql.p95(), new TreeMap<>(http.outcomes())) + "\n");
    }
}
