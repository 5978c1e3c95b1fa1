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
 * <p>While the HTTP phase runs at the highest load, agreements change under it: versions awaiting approval are approved
 * and versions in force are terminated, straight in the database, and the very next check of a route each one
 * describes must see the change (the check answers from memory; the change feed must bring the change in first).
 *
 * <p>Each load also runs the bare HTTP phase: the health endpoint (one request, one {@code select 1}) over the same
 * client, which shows what any request to this server costs at that load before a check does anything. Last, the
 * daily agreement calendar is run twice as an administrator and timed: the first run of the day on this data, and a
 * second that finds nothing left to do, as each later hourly run does.
 *
 * <p>Usage: RouteCheckBenchmark baseUrl jdbcUrl user password tokensFile report seconds threads[,threads...]
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
            throw new IllegalArgumentException("Usage: RouteCheckBenchmark baseUrl jdbcUrl user password tokensFile report seconds threads[,threads...]");
        }
        URI base = URI.create(args[0]);
        String jdbc = args[1];
        String user = args[2];
        String password = args[3];
        int seconds = Integer.parseInt(args[6]);
        List<Integer> loads = Arrays.stream(args[7].split(",")).map(Integer::parseInt).sorted().toList();
        Map<Long, String> tokens = Files.readAllLines(Path.of(args[4])).stream().map(l -> l.split(","))
                .collect(Collectors.toMap(p -> Long.parseLong(p[0]), p -> p[1]));
        List<Question> questions = questions(jdbc, user, password, tokens);
        System.out.printf("%d questions, %s threads, %d s per phase%n", questions.size(), loads, seconds);

        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Check overHttp = q -> {
            String body = answer(client, base, q);
            return body.substring(body.indexOf("\"outcome\":\"") + 11, body.indexOf('"', body.indexOf("\"outcome\":\"") + 11));
        };
        Check bareHttp = q -> {
            HttpResponse<Void> r = client.send(HttpRequest.newBuilder(base.resolve("/api/health")).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("health: HTTP " + r.statusCode());
            }
            return "UP";
        };
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
        WarmUp warmUp = warmUp(overHttp, questions, loads.get(loads.size() - 1));
        run("warm-up", asSql, questions, loads.get(loads.size() - 1), Math.max(5, seconds / 3));
        // Each load's HTTP phase is followed at once by its SQL phase: the two are compared on the same machine in
        // the same minute, however much else is running on the host.
        List<Figures> http = new ArrayList<>();
        List<Figures> sql = new ArrayList<>();
        List<Figures> bare = new ArrayList<>();
        Changes changes = new Changes(jdbc, user, password, tokens, q -> answer(client, base, q));
        for (int threads : loads) {
            boolean last = threads == loads.get(loads.size() - 1);
            if (last) {
                changes.start();
            }
            http.add(run("HTTP route check, " + threads + " threads", overHttp, questions, threads, seconds));
            if (last) {
                changes.stop();
            }
            sql.add(run("plain SQL (floor), " + threads + " threads", asSql, questions, threads, seconds));
            bare.add(run("bare HTTP (health), " + threads + " threads", bareHttp, questions, threads, seconds));
        }
        List<CalendarRun> calendar = calendarRuns(client, base, jdbc, user, password, tokens);
        report(Path.of(args[5]), http, sql, bare, loads, questions.size(), seconds, warmUp, changes, calendar);
        if (changes.missed() > 0) {
            throw new IllegalStateException(changes.missed() + " changes were not seen by the next check");
        }
    }

    /** One timed run of the agreement calendar and what it did. */
    record CalendarRun(double seconds, String result) {
    }

    /**
     * The agreement calendar run twice over the API: one practitioner is made an administrator (in the database, as
     * an administrator would on the Users page), then the run is timed from request to answer.
     */
    static List<CalendarRun> calendarRuns(HttpClient client, URI base, String jdbc, String user, String password,
                                          Map<Long, String> tokens) throws Exception {
        String token = tokens.get(Collections.min(tokens.keySet()));
        try (Connection c = DriverManager.getConnection(jdbc, user, password);
             PreparedStatement ps = c.prepareStatement("insert into app_user_role (user_id, role)"
                     + " select user_id, 'ADMIN' from api_token where token_hash = ? on conflict do nothing")) {
            ps.setString(1, PartnershipGenerator.sha256(token));
            ps.executeUpdate();
        }
        List<CalendarRun> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            long start = System.nanoTime();
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/agreements/calendar-runs"))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                    .timeout(Duration.ofMinutes(30)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            double seconds = (System.nanoTime() - start) / 1e9;
            if (r.statusCode() != 200) {
                throw new IllegalStateException("calendar run: HTTP " + r.statusCode() + ": " + r.body());
            }
            runs.add(new CalendarRun(seconds, r.body()));
            System.out.printf(Locale.ROOT, "calendar run %d: %.2f s %s%n", i + 1, seconds, r.body());
        }
        return runs;
    }

    /** The route check's JSON answer, or an exception for anything but 200. */
    static String answer(HttpClient client, URI base, Question q) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/route-checks"))
                .header("Authorization", "Bearer " + q.token()).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(q.json())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    /**
     * Agreements changing under load: one after another, a version awaiting approval is approved, or one in force is
     * terminated, with the same status change the application writes; the next check of the route its first flow
     * describes must then be covered by it (approved) or no longer by it (terminated).
     */
    static final class Changes {
        private final String jdbc;
        private final String user;
        private final String password;
        private final Map<Long, String> tokens;
        private final Check answer;
        private final List<String> log = new ArrayList<>();
        private volatile boolean running;
        private Thread thread;
        private int seen;
        private int missed;

        Changes(String jdbc, String user, String password, Map<Long, String> tokens, Check answer) {
            this.jdbc = jdbc;
            this.user = user;
            this.password = password;
            this.tokens = tokens;
            this.answer = answer;
        }

        void start() {
            running = true;
            thread = new Thread(this::changeWhileRunning, "agreement-changes");
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        int seen() {
            return seen;
        }

        int missed() {
            return missed;
        }

        private void changeWhileRunning() {
            try (Connection c = DriverManager.getConnection(jdbc, user, password)) {
                List<long[]> submitted = versions(c, "SUBMITTED");
                List<long[]> inForce = versions(c, "APPROVED");
                for (int i = 0; running && (i < submitted.size() || i < inForce.size()); i++) {
                    if (i < submitted.size()) {
                        change(c, submitted.get(i), "update agreement_version set status = 'APPROVED', approved_at = now()"
                                + " where id = ? and status = 'SUBMITTED'", true);
                    }
                    if (i < inForce.size()) {
                        change(c, inForce.get(i), "update agreement_version set status = 'TERMINATED', terminated_on = current_date,"
                                + " termination_reason = 'Benchmark: ended under load' where id = ? and status = 'APPROVED'", false);
                    }
                    Thread.sleep(250);
                }
            } catch (Exception e) {
                log.add("stopped: " + e);
                missed++;
            }
        }

        /** One change, then the next check of the version's route: covered by it exactly when it was approved. */
        private void change(Connection c, long[] version, String sql, boolean coversAfter) throws Exception {
            Question q = routeOf(c, version[0]);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, version[0]);
                if (ps.executeUpdate() != 1) {
                    return;
                }
            }
            String body = answer.ask(q);
            boolean covered = body.contains("\"versionId\":" + version[0] + ",");
            if (covered == coversAfter) {
                seen++;
            } else {
                missed++;
                log.add("version " + version[0] + (coversAfter ? " approved but not covering" : " terminated but still covering"));
            }
        }

        /** Versions in that state, in force today by their dates, whose agreement has no other version in force. */
        private static List<long[]> versions(Connection c, String status) throws SQLException {
            List<long[]> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    select v.id from agreement_version v
                    where v.status = ? and v.effective_date <= current_date
                      and (v.end_date is null or v.end_date >= current_date)
                      and exists (select 1 from agreement_flow f where f.agreement_version_id = v.id)
                      and not exists (select 1 from agreement_version o where o.agreement_id = v.agreement_id
                                      and o.id <> v.id and o.status = 'APPROVED')
                    order by md5(v.id::text) limit 200""")) {
                ps.setString(1, status);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new long[] {rs.getLong(1)});
                    }
                }
            }
            return out;
        }

        /** The route of the version's first flow, asked from its sender. */
        private Question routeOf(Connection c, long versionId) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("""
                    select pf.organisation_id, pt.organisation_id, f.data_subjects, f.data_categories, f.purpose
                    from agreement_flow f
                    join agreement_party pf on pf.agreement_version_id = f.agreement_version_id and pf.party_key = f.sender_party_key
                    join agreement_party pt on pt.agreement_version_id = f.agreement_version_id and pt.party_key = f.recipient_party_key
                    where f.agreement_version_id = ? order by f.id limit 1""")) {
                ps.setLong(1, versionId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new Question(tokens.get(rs.getLong(1)), rs.getLong(1), rs.getLong(2),
                            Arrays.asList(rs.getString(3).split(",")), Arrays.asList(rs.getString(4).split(",")), rs.getString(5));
                }
            }
        }
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

    /** How the server was brought to its steady state before the phases: rounds of checks, and their speeds. */
    record WarmUp(List<Double> perSecond) {

        String describe() {
            return String.format(Locale.ROOT, "a warm-up of %d rounds of %d s at the highest load, until two rounds in a row were no more than"
                            + " %d %% faster than the best before them (first round %,.0f checks/s, last %,.0f)", perSecond.size(),
                    WARM_UP_ROUND_SECONDS, WARM_UP_STEADY_PERCENT, perSecond.get(0), perSecond.get(perSecond.size() - 1));
        }
    }

    static final int WARM_UP_ROUND_SECONDS = 20;
    static final int WARM_UP_STEADY_PERCENT = 3;
    static final int WARM_UP_MIN_ROUNDS = 6;
    static final int WARM_UP_MAX_ROUNDS = 18;

    /**
     * On two cores a server just started is still compiling its hot paths minutes later: its first minute runs at
     * a third of its later speed, and its speed climbs in steps, with flat rounds in between. The phases must measure
     * the steady state a running server is in, so checks run in rounds (two minutes at least, six at most) until
     * two in a row gain nothing on the best round before them.
     */
    static WarmUp warmUp(Check check, List<Question> questions, int threads) throws Exception {
        List<Double> speeds = new ArrayList<>();
        while (speeds.size() < WARM_UP_MAX_ROUNDS) {
            speeds.add(run("warm-up round " + (speeds.size() + 1), check, questions, threads, WARM_UP_ROUND_SECONDS).perSecond());
            if (steady(speeds)) {
                break;
            }
        }
        return new WarmUp(List.copyOf(speeds));
    }

    static boolean steady(List<Double> speeds) {
        int n = speeds.size();
        if (n < WARM_UP_MIN_ROUNDS) {
            return false;
        }
        double bestBefore = Collections.max(speeds.subList(0, n - 2));
        double gainAllowed = bestBefore * (1 + WARM_UP_STEADY_PERCENT / 100.0);
        return speeds.get(n - 2) <= gainAllowed && speeds.get(n - 1) <= gainAllowed;
    }

    /** How many answers of each kind the phase running now has had. */
    private static final ConcurrentHashMap<String, Long> OUTCOMES = new ConcurrentHashMap<>();

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    static void report(Path report, List<Figures> http, List<Figures> sql, List<Figures> bare, List<Integer> loads,
                       int questions, int seconds, WarmUp warmUp, Changes changes, List<CalendarRun> calendar) throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < loads.size(); i++) {
            Figures h = http.get(i);
            Figures f = sql.get(i);
            Figures b = bare.get(i);
            rows.append(String.format(Locale.ROOT, "| %d | %,.0f | %.2f | %.2f | %.2f | %,.0f | %.2f | %.1f× | %.1f× | %,.0f | %.1f× |%n",
                    loads.get(i), h.perSecond(), h.p50(), h.p95(), h.p99(), f.perSecond(), f.p95(),
                    f.perSecond() / h.perSecond(), h.p95() / f.p95(), b.perSecond(), f.perSecond() / b.perSecond()));
        }
        Figures busiest = http.get(http.size() - 1);
        BenchmarkReport.replaceSection(report, "route-check", "## Route checks at scale: 500 organisations, 10,000 agreements, ~100,000 flows\n\n"
                + "- Machine: " + BenchmarkReport.machine() + "; server, database and client share the same cores\n"
                + "- Date: " + LocalDate.now() + "\n"
                + "- Command: `bash bench/route-check.sh` (PostgreSQL filled by `PartnershipGenerator`; Concordat on WildFly 39;"
                + " this client in a second JVM on loopback, " + loads + " threads in turn, " + seconds + " s per phase, each HTTP phase followed at once by its SQL phase, after "
                + warmUp.describe() + "; " + questions + " distinct questions, most taken from agreements' flows, a fifth between random organisations)\n"
                + "- Baseline: the same candidate lookup as plain SQL over JDBC on the same database, same threads — the floor.\n"
                + "- Reference: bare HTTP — `GET /api/health` (one request, one `select 1`) over the same client, same threads, in the same run:"
                + " what any request costs before a check does anything.\n"
                + "- Target: p95 under 20 ms, at least 1,000 checks/s, within 3× of the floor.\n\n"
                + "| client threads | HTTP checks/s | p50 ms | p95 ms | p99 ms | SQL floor/s | floor p95 ms | throughput ratio | p95 ratio | bare HTTP/s | bare HTTP ratio |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|\n" + rows + "\n"
                + String.format(Locale.ROOT, "Outcomes over HTTP at %d threads: %s.", loads.get(loads.size() - 1),
                new TreeMap<>(busiest.outcomes())) + "\n\n"
                + String.format(Locale.ROOT, "Agreements changed under that load (approved, or terminated, in the database): %d;"
                + " seen by the very next check of their route: %d; missed: %d.", changes.seen() + changes.missed(),
                changes.seen(), changes.missed()) + "\n\n"
                + String.format(Locale.ROOT, "Agreement calendar on this data (`POST /api/v1/agreements/calendar-runs` as an"
                + " administrator, after the phases above): first run of the day %.2f s, answering %s; a second run the same"
                + " day %.2f s, answering %s.", calendar.get(0).seconds(), calendar.get(0).result(), calendar.get(1).seconds(),
                calendar.get(1).result()) + "\n");
    }
}
