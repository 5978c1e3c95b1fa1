package org.concordat.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The disk under the database fills up under load (issue 21). The sharing-decision log is moved onto a tablespace
 * on a small filesystem of its own (bench/disk-full.sh mounts it); practitioners then record decisions and check
 * routes through the balancer until PostgreSQL can no longer extend the log's file ("No space left on device",
 * SQLSTATE 53100). The run holds the disk full for a while, then gives it room (the filesystem grown, as an operator
 * would) and carries on. Then it reconciles:
 * <ul>
 * <li>while the disk is full a decision is refused cleanly (503 with Retry-After and problem JSON), and route checks,
 * which only read, go on being answered;</li>
 * <li>the servers record decisions again once there is room, without a restart;</li>
 * <li>nothing is written half: every acknowledged decision is in the log once with its audit entry, and no refused
 * decision left a row or an audit entry behind.</li>
 * </ul>
 * The figures go to docs/reliability.md between the disk-full markers. Not a test: run by bench/disk-full.sh.
 *
 * <p>Usage: DiskFull balancerUrl adminEmail adminPassword jdbcUrl tablespace growCommand report secondsFull
 */
public final class DiskFull {

    private static final String ROUTE_CHECK = "{\"notListed\":true,\"dataSubjects\":[\"CHILD\"],"
            + "\"dataCategories\":[\"EDUCATION_DATA\"],\"purpose\":\"CHILD_IN_NEED\"}";
    private static final long REFUSED_PAUSE_MS = 250;

    enum Outcome { SUCCESS, CLEAN_REFUSAL, OTHER }

    record Call(String kind, long startedMs, long tookMs, Outcome outcome, String detail, String reference) {
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final long began = System.nanoTime();
    private final URI balancer;

    private DiskFull(URI balancer) {
        this.balancer = balancer;
    }

    public static void main(String[] args) throws Exception {
        new DiskFull(URI.create(args[0])).run(args[1], args[2], args[3], args[4], args[5], Path.of(args[6]),
                Integer.parseInt(args[7]));
    }

    private void run(String adminEmail, String adminPassword, String jdbcUrl, String tablespace, String grow, Path report,
                     int secondsFull) throws Exception {
        FaultPartnership p = FaultPartnership.create(balancer, adminEmail, adminPassword, "Disk");
        long inForce = p.approved("Decisions rest on this");
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres"); Statement s = db.createStatement()) {
            s.execute("ALTER TABLE sharing_decision SET TABLESPACE " + tablespace);
        }
        System.out.println("the decision log is on tablespace " + tablespace + "; recording decisions until it is full");

        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
        AtomicInteger number = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            threads.add(BenchSupport.daemon("route-checks-" + i, () -> {
                while (running.get()) {
                    call("route check", p.teacher().token(), "/api/v1/route-checks", ROUTE_CHECK, null);
                }
            }));
            threads.add(BenchSupport.daemon("decisions-" + i, () -> {
                while (running.get()) {
                    String reference = "DK-" + run + "-" + number.incrementAndGet();
                    call("decision", p.teacher().token(), "/api/v1/sharing-decisions", p.decision(inForce, reference), reference);
                }
            }));
        }
        threads.forEach(Thread::start);

        long fullMs = waitFor(c -> c.kind().equals("decision") && c.outcome() != Outcome.SUCCESS, 0, 900_000);
        BenchSupport.require(fullMs >= 0, "the disk did not fill within 15 minutes: make the filesystem smaller");
        System.out.printf(Locale.ROOT, "first decision refused at %.1f s; holding the disk full for %d s%n", fullMs / 1000.0, secondsFull);
        Thread.sleep(secondsFull * 1000L);
        long grownMs = elapsedMs();
        System.out.println("giving the database room: " + grow);
        BenchSupport.shell(grow);
        long recoveredMs = waitFor(c -> c.kind().equals("decision") && c.outcome() == Outcome.SUCCESS, grownMs, 120_000);
        BenchSupport.require(recoveredMs >= 0, "no decision recorded within 2 minutes of the disk having room: the servers did not recover");
        Thread.sleep(secondsFull * 1000L);
        running.set(false);
        for (Thread t : threads) {
            t.join(60_000);
        }
        long endMs = elapsedMs();

        List<Call> all = new ArrayList<>(calls);
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "- **The disk under the decision log filled up under load** (the log on a"
                        + " filesystem of its own; route checks and sharing decisions from 2 threads each through the"
                        + " balancer; %.0f s in all): the first decision refused at %.1f s; the disk held full for %d s;"
                        + " room given at %.1f s; the first decision recorded again %.1f s later, with no server restarted.",
                endMs / 1000.0, fullMs / 1000.0, secondsFull, grownMs / 1000.0, (recoveredMs - grownMs) / 1000.0));
        Map<String, Map<Outcome, Integer>> whileFull = byKind(all, fullMs, grownMs);
        Map<String, Map<Outcome, Integer>> overall = byKind(all, 0, Long.MAX_VALUE);
        Map<String, Integer> others = new TreeMap<>();
        all.stream().filter(c -> c.outcome() == Outcome.OTHER).forEach(c -> others.merge(c.kind() + " " + c.detail(), 1, Integer::sum));
        lines.add(String.format(Locale.ROOT, "- **Answers while the disk was full:** %s; **over the whole run:** %s (success /"
                        + " clean refusal: 503 with Retry-After and problem JSON / anything else). Anything else: %s.",
                whileFull, overall, others.isEmpty() ? "none" : others));

        Set<String> acknowledged = new HashSet<>();
        Set<String> refused = new HashSet<>();
        all.stream().filter(c -> c.reference() != null).forEach(c -> (c.outcome() == Outcome.SUCCESS ? acknowledged : refused)
                .add(c.reference()));
        Map<String, Integer> logged = new HashMap<>();
        int withoutAudit;
        int orphanAudit;
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            try (PreparedStatement q = db.prepareStatement("SELECT case_reference, count(*) FROM sharing_decision"
                    + " WHERE case_reference LIKE ? GROUP BY case_reference")) {
                q.setString(1, "DK-" + run + "-%");
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        logged.put(rs.getString(1), rs.getInt(2));
                    }
                }
            }
            withoutAudit = count(db, "SELECT count(*) FROM sharing_decision d WHERE d.case_reference LIKE 'DK-" + run + "-%'"
                    + " AND NOT EXISTS (SELECT 1 FROM audit_event a WHERE a.action = 'SHARING_DECISION_RECORDED'"
                    + " AND a.subject_id = d.id::text)");
            orphanAudit = count(db, "SELECT count(*) FROM audit_event a WHERE a.action = 'SHARING_DECISION_RECORDED'"
                    + " AND NOT EXISTS (SELECT 1 FROM sharing_decision d WHERE d.id::text = a.subject_id)");
        }
        Set<String> missing = new HashSet<>(acknowledged);
        missing.removeAll(logged.keySet());
        long doubled = logged.values().stream().filter(n -> n > 1).count();
        Set<String> refusedButKept = new HashSet<>(refused);
        refusedButKept.retainAll(logged.keySet());
        lines.add(String.format(Locale.ROOT, "- **Reconciled in the database:** %d decisions acknowledged, %d refused; the log"
                        + " holds %d of this run: every acknowledged one %s, %s; refused but kept all the same: %d; decisions"
                        + " without their audit entry: %d; audit entries of decisions not in the log: %d%s.",
                acknowledged.size(), refused.size(), logged.size(),
                missing.isEmpty() ? "is there" : "**is not there (" + missing.size() + " missing)**",
                doubled == 0 ? "none twice" : "**" + doubled + " twice**", refusedButKept.size(), withoutAudit, orphanAudit,
                missing.isEmpty() && doubled == 0 && refusedButKept.isEmpty() && withoutAudit == 0 && orphanAudit == 0
                        ? " — nothing written half" : ""));
        lines.forEach(System.out::println);
        BenchSupport.writeSection(report, "disk-full", "Measured " + LocalDate.now() + " with `bash bench/disk-full.sh "
                + secondsFull + "` (two nodes, HAProxy and PostgreSQL on this machine: " + BenchSupport.machine() + "):\n\n"
                + String.join("\n", lines));
        BenchSupport.require(others.isEmpty(), "answers other than success or a clean refusal (see above)");
        BenchSupport.require(whileFull.getOrDefault("route check", Map.of()).getOrDefault(Outcome.SUCCESS, 0) > 0,
                "no route check was answered while the disk was full");
        BenchSupport.require(missing.isEmpty() && doubled == 0 && refusedButKept.isEmpty() && withoutAudit == 0
                && orphanAudit == 0, "the log did not reconcile (see above)");
    }

    private Map<String, Map<Outcome, Integer>> byKind(List<Call> all, long fromMs, long toMs) {
        Map<String, Map<Outcome, Integer>> byKind = new TreeMap<>();
        all.stream().filter(c -> c.startedMs() >= fromMs && c.startedMs() < toMs)
                .forEach(c -> byKind.computeIfAbsent(c.kind(), k -> new TreeMap<>()).merge(c.outcome(), 1, Integer::sum));
        return byKind;
    }

    /** When the first call matching began (ms since the start) among those begun after {@code afterMs}; -1 if none in time. */
    private long waitFor(java.util.function.Predicate<Call> matching, long afterMs, long timeoutMs) {
        long until = elapsedMs() + timeoutMs;
        while (elapsedMs() < until) {
            long first = calls.stream().filter(c -> c.startedMs() >= afterMs).filter(matching).mapToLong(Call::startedMs).min().orElse(-1);
            if (first >= 0) {
                return first;
            }
            BenchSupport.pause(100);
        }
        return -1;
    }

    private void call(String kind, String token, String path, String body, String reference) {
        long start = System.nanoTime();
        Outcome outcome;
        String detail;
        try {
            BenchSupport.Answer a = BenchSupport.post(client, balancer.resolve(path), token, body);
            outcome = a.success() ? Outcome.SUCCESS
                    : a.cleanRefusal() && a.type().startsWith("application/problem+json") ? Outcome.CLEAN_REFUSAL : Outcome.OTHER;
            detail = a.failure() != null ? a.failure() : "HTTP " + a.status();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        calls.add(new Call(kind, (start - began) / 1_000_000, (System.nanoTime() - start) / 1_000_000, outcome, detail, reference));
        if (outcome != Outcome.SUCCESS) {
            BenchSupport.pause(REFUSED_PAUSE_MS);
        }
    }

    private static int count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private long elapsedMs() {
        return (System.nanoTime() - began) / 1_000_000;
    }
}
