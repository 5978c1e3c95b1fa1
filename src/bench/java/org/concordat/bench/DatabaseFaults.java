package org.concordat.bench;

import static org.concordat.bench.BenchSupport.daemon;
import static org.concordat.bench.BenchSupport.pause;
import static org.concordat.bench.BenchSupport.require;
import static org.concordat.bench.BenchSupport.shell;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.concordat.it.support.Api;
import org.concordat.it.support.Partnership;

/**
 * PostgreSQL stopped and started again under load (issue 21), measured from outside through the balancer, then
 * reconciled: route checks, sharing decisions and approvals run from several threads; PostgreSQL is stopped for a few
 * seconds and started again; the load goes on until it has run as long again after the database came back. Then:
 * <ul>
 * <li>every answer is classed — a success, a clean refusal (503 problem JSON or the "try again" page, with
 * Retry-After), or anything else (a 500, a connection dropped, a page with no status) — and placed on the timeline,
 * so that clean refusals are seen to fall only while the database was away;</li>
 * <li>the servers must answer again without being restarted;</li>
 * <li>every decision the API acknowledged is in the log, each exactly once; a decision whose answer was lost is
 * either recorded once or not at all;</li>
 * <li>every agreement whose approvals were under way is approved by each party exactly once (an approval whose
 * answer was lost is retried as a person would, and is then refused as already recorded, not doubled), is in force,
 * and its signed PDF carries exactly one signature per party.</li>
 * </ul>
 * The figures go to docs/reliability.md between the database-faults markers. Not a test: run by
 * bench/database-faults.sh.
 *
 * <p>Usage: DatabaseFaults balancerUrl adminEmail adminPassword stopCommand startCommand report seconds downSeconds jdbcUrl node1Url
 * node2Url
 */
public final class DatabaseFaults {

    private static final String ROUTE_CHECK = "{\"notListed\":true,\"dataSubjects\":[\"CHILD\"],"
            + "\"dataCategories\":[\"EDUCATION_DATA\"],\"purpose\":\"CHILD_IN_NEED\"}";
    private static final int PENDING_AGREEMENTS = 20;
    private static final long REFUSED_PAUSE_MS = 250;

    enum Outcome { SUCCESS, CLEAN_REFUSAL, OTHER }

    /** One call: what kind, when it started (ms since the load began), how long it took, status, and its class. */
    record Call(String kind, long startedMs, long tookMs, int status, Outcome outcome, String detail) {
    }

    /** An approval still to be given: a version, and the signatory who gives it. */
    record Approval(long versionId, Partnership.Member signatory) {
    }

    private final URI balancer;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final long began = System.nanoTime();

    private DatabaseFaults(URI balancer) {
        this.balancer = balancer;
    }

    public static void main(String[] args) throws Exception {
        URI balancer = URI.create(args[0]);
        String stop = args[3];
        String start = args[4];
        Path report = Path.of(args[5]);
        int seconds = Integer.parseInt(args[6]);
        int downSeconds = Integer.parseInt(args[7]);
        new DatabaseFaults(balancer).run(args[1], args[2], stop, start, report, seconds, downSeconds, args[8],
                List.of(URI.create(args[9]), URI.create(args[10])));
    }

    private void run(String adminEmail, String adminPassword, String stop, String start, Path report, int seconds,
                     int downSeconds, String jdbcUrl, List<URI> nodes) throws Exception {
        FaultPartnership fault = FaultPartnership.create(balancer, adminEmail, adminPassword, "Fault");
        Partnership.Member lead = fault.lead();
        Partnership.Member teacher = fault.teacher();
        long inForce = fault.approved("School and council");
        LinkedBlockingDeque<Approval> approvals = new LinkedBlockingDeque<>();
        List<Long> pending = new ArrayList<>();
        for (int i = 0; i < PENDING_AGREEMENTS; i++) {
            long versionId = fault.submitted("Fault run " + i);
            pending.add(versionId);
            fault.signatories().forEach(signatory -> approvals.add(new Approval(versionId, signatory)));
        }
        System.out.printf("partnership ready: 1 agreement in force, %d awaiting two approvals each%n", PENDING_AGREEMENTS);

        // Before the fault: both signatories approve at the same instant, each through a different node.
        List<String> lines = new ArrayList<>();
        lines.add(simultaneousApprovals(fault, nodes));
        lines.add(approvedOnOneNodeCoveredOnTheOther(fault, nodes));

        // The load: route checks from two threads, decisions from one, approvals from one (a person retrying).
        Set<String> acknowledged = concurrentSet();
        Set<String> attempted = concurrentSet();
        AtomicInteger refused = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            threads.add(daemon("route-checks-" + i, () -> {
                while (running.get()) {
                    call("route check", teacher.token(), "/api/v1/route-checks", ROUTE_CHECK);
                }
            }));
        }
        AtomicInteger decisionNumber = new AtomicInteger();
        threads.add(daemon("decisions", () -> {
            while (running.get()) {
                String reference = "DF-2026-" + (1000 + decisionNumber.incrementAndGet());
                attempted.add(reference);
                Call call = call("decision", teacher.token(), "/api/v1/sharing-decisions", fault.decision(inForce, reference));
                if (call.status() == 201) {
                    acknowledged.add(reference);
                }
            }
        }));
        Map<String, Integer> approvalAnswers = new TreeMap<>();
        threads.add(daemon("approvals", () -> {
            while (running.get()) {
                Approval next = approvals.pollFirst();
                if (next == null) {
                    pause(200);
                    continue;
                }
                Call call = call("approval", next.signatory().token(), "/api/v1/agreements/versions/" + next.versionId()
                        + "/decisions", "{\"decision\":\"APPROVED\"}");
                synchronized (approvalAnswers) {
                    approvalAnswers.merge(call.status() == 0 ? "no answer" : "HTTP " + call.status(), 1, Integer::sum);
                }
                if (call.status() == 409 || call.status() == 400) {
                    refused.incrementAndGet();
                } else if (call.status() != 201) {
                    approvals.addLast(next);
                    pause(500);
                } else {
                    pause(1000L * seconds / PENDING_AGREEMENTS);
                }
            }
        }));
        threads.forEach(Thread::start);

        Thread.sleep(seconds * 1000L);
        long stoppedMs = elapsedMs();
        System.out.println("stopping PostgreSQL under load: " + stop);
        shell(stop);
        long stopReturnedMs = elapsedMs();
        Thread.sleep(downSeconds * 1000L);
        long startedMs = elapsedMs();
        System.out.println("starting PostgreSQL again: " + start);
        shell(start);
        long startReturnedMs = elapsedMs();
        long recoveredMs = -1;
        while (recoveredMs < 0 && elapsedMs() - startReturnedMs < 120_000) {
            recoveredMs = calls.stream().filter(c -> c.startedMs() > startedMs && c.outcome() == Outcome.SUCCESS)
                    .mapToLong(Call::startedMs).min().orElse(-1);
            pause(100);
        }
        require(recoveredMs >= 0, "nothing succeeded within 2 minutes of PostgreSQL starting again: the servers did not recover");
        System.out.printf("first success %.1f s after PostgreSQL was told to start%n", (recoveredMs - startedMs) / 1000.0);
        Thread.sleep(seconds * 1000L);
        // Let the approvals finish (a person coming back later), then stop.
        long drainUntil = elapsedMs() + 120_000;
        while (!approvals.isEmpty() && elapsedMs() < drainUntil) {
            pause(250);
        }
        running.set(false);
        for (Thread t : threads) {
            t.join(60_000);
        }
        long endMs = elapsedMs();

        // Reconcile.
        List<Call> all = new ArrayList<>(calls);
        lines.add(String.format(Locale.ROOT, "- **PostgreSQL stopped for %d s under load** (through the balancer: route checks from"
                        + " 2 threads, sharing decisions from 1, approvals of %d agreements by two signatories each from 1, retried"
                        + " as a person would; after a refusal each client waits 250 ms; %.0f s in all): stop began at %.1f s (took %.1f s), start at %.1f s (took %.1f s);"
                        + " the first success %.1f s after the start began, with no server restarted.",
                downSeconds, PENDING_AGREEMENTS, endMs / 1000.0, stoppedMs / 1000.0, (stopReturnedMs - stoppedMs) / 1000.0,
                startedMs / 1000.0, (startReturnedMs - startedMs) / 1000.0, (recoveredMs - startedMs) / 1000.0));
        lines.addAll(outcomes(all, stoppedMs, recoveredMs));

        // Read from the database itself: the log as the API lists it stops at its newest 500 entries.
        Map<String, Integer> perReference = new HashMap<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             PreparedStatement q = db.prepareStatement("SELECT case_reference, count(*) FROM sharing_decision"
                     + " WHERE case_reference LIKE 'DF-2026-%' GROUP BY case_reference")) {
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    perReference.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        int logged = perReference.values().stream().mapToInt(Integer::intValue).sum();
        long doubled = perReference.values().stream().filter(n -> n > 1).count();
        Set<String> missing = new HashSet<>(acknowledged);
        missing.removeAll(perReference.keySet());
        Set<String> unasked = new HashSet<>(perReference.keySet());
        unasked.removeAll(attempted);
        Set<String> lostAnswer = new HashSet<>(perReference.keySet());
        lostAnswer.removeAll(acknowledged);
        lines.add(String.format(Locale.ROOT, "- **Decisions:** %d sent, %d acknowledged (201); the log holds %d: every acknowledged"
                        + " one %s, %s, %s; %d recorded although their answer was lost.",
                attempted.size(), acknowledged.size(), logged,
                missing.isEmpty() ? "is there" : "**is not there (" + missing.size() + " missing)**",
                doubled == 0 ? "none twice" : "**" + doubled + " twice**",
                unasked.isEmpty() ? "none that was not sent" : "**" + unasked.size() + " never sent**", lostAnswer.size()));

        int approved = 0;
        int rightSignatures = 0;
        List<String> wrong = new ArrayList<>();
        for (long versionId : pending) {
            int signatures = signatures(lead, versionId);
            JsonObject version = lead.api().get("/api/v1/agreements/versions/" + versionId).json();
            long decisions = version.getJsonArray("decisions").size();
            boolean isApproved = "APPROVED".equals(version.getString("status"));
            approved += isApproved && decisions == 2 ? 1 : 0;
            rightSignatures += signatures == 2 ? 1 : 0;
            if (!isApproved || decisions != 2 || signatures != 2) {
                wrong.add("version " + versionId + ": " + version.getString("status") + ", " + decisions + " decisions, "
                        + signatures + " signatures");
            }
        }
        lines.add(String.format(Locale.ROOT, "- **Approvals:** answers %s; %d approvals refused as already recorded (an answer"
                        + " lost, the approval kept); of %d agreements, %d approved with exactly one decision per party and %d"
                        + " signed PDFs with exactly two signatures%s.",
                approvalAnswers, refused.get(), PENDING_AGREEMENTS, approved, rightSignatures,
                wrong.isEmpty() ? " — nothing lost, nothing doubled" : ": **" + String.join("; ", wrong) + "**"));
        lines.forEach(System.out::println);
        BenchSupport.writeSection(report, "database-faults", "Measured " + LocalDate.now() + " with `bash bench/database-faults.sh "
                + seconds + " " + downSeconds + "` (two nodes, HAProxy and PostgreSQL on this machine: " + BenchSupport.machine()
                + "):\n\n" + String.join("\n", lines));
        boolean reconciled = missing.isEmpty() && doubled == 0 && unasked.isEmpty() && wrong.isEmpty();
        require(reconciled, "the counts did not reconcile (see above)");
    }

    /**
     * Agreements whose two signatories approve at the same instant, one through each node, bypassing the balancer:
     * each must make exactly one transition to APPROVED with both approvals kept, and its PDF carry each signature once.
     */
    private String simultaneousApprovals(FaultPartnership fault, List<URI> nodes) throws Exception {
        int rounds = 10;
        int approvedOnce = 0;
        int signedOnce = 0;
        Map<String, Integer> answers = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long versionId = fault.submitted("Same instant " + i);
            CountDownLatch ready = new CountDownLatch(2);
            CountDownLatch go = new CountDownLatch(1);
            List<Partnership.Member> signatories = fault.signatories();
            List<Thread> both = new ArrayList<>();
            List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
            for (int k = 0; k < 2; k++) {
                Api throughNode = new Api(nodes.get(k), signatories.get(k).token());
                both.add(daemon("same-instant-" + k, () -> {
                    ready.countDown();
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    statuses.add(FaultPartnership.approve(throughNode, versionId).status());
                }));
            }
            both.forEach(Thread::start);
            ready.await();
            go.countDown();
            for (Thread t : both) {
                t.join(60_000);
            }
            statuses.forEach(s -> answers.merge("HTTP " + s, 1, Integer::sum));
            int signatures = signatures(fault.lead(), versionId);
            JsonObject version = fault.lead().api().get("/api/v1/agreements/versions/" + versionId).json();
            boolean approved = "APPROVED".equals(version.getString("status")) && version.getJsonArray("decisions").size() == 2;
            approvedOnce += approved ? 1 : 0;
            signedOnce += signatures == 2 ? 1 : 0;
            if (!approved || signatures != 2) {
                wrong.add("version " + versionId + ": " + version.getString("status") + ", "
                        + version.getJsonArray("decisions").size() + " decisions, " + signatures + " signatures");
            }
        }
        require(wrong.isEmpty(), "simultaneous approvals: " + wrong);
        return String.format(Locale.ROOT, "- **Both signatories approving at the same instant, one through each node** (%d"
                + " agreements, no balancer): answers %s; %d approved with both approvals kept, %d signed PDFs with each"
                + " signature once.", rounds, answers, approvedOnce, signedOnce);
    }

    /**
     * An agreement approved through node 1 is in the very next route check answered by node 2: each node's read
     * models catch up with the database's change feed before answering, whichever node made the change.
     */
    private String approvedOnOneNodeCoveredOnTheOther(FaultPartnership fault, List<URI> nodes) {
        Partnership partnership = fault.partnership();
        int rounds = 3;
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long academy = partnership.createOrganisation(Partnership.unique("Fault Academy"), "EDUCATION", true)
                    .getJsonNumber("id").longValue();
            Partnership.Member academySignatory = partnership.createMember(academy, "SIGNATORY");
            Partnership.Member teacher = partnership.createMember(academy, "PRACTITIONER");
            long versionId = partnership.submittedAgreement(fault.lead(), academy, "One node, then the other " + i,
                    LocalDate.now().toString()).getJsonNumber("versionId").longValue();
            String check = "{\"toOrganisationId\":" + fault.council() + ",\"dataSubjects\":[\"CHILD\"],"
                    + "\"dataCategories\":[\"EDUCATION_DATA\"],\"purpose\":\"CHILD_IN_NEED\"}";
            Api onNode2 = new Api(nodes.get(1), teacher.token());
            String before = outcomeOf(onNode2.send("POST", "/api/v1/route-checks", check));
            for (Partnership.Member signatory : List.of(fault.councilSignatory(), academySignatory)) {
                require(FaultPartnership.approve(new Api(nodes.get(0), signatory.token()), versionId).status() == 201,
                        "approval on node 1");
            }
            String after = outcomeOf(onNode2.send("POST", "/api/v1/route-checks", check));
            answers.add(before + " → " + after);
            require(!"COVERED".equals(before) && "COVERED".equals(after),
                    "node 2's route check did not see node 1's approval: " + before + " → " + after);
        }
        return String.format(Locale.ROOT, "- **Approved through node 1, checked on node 2 at once** (%d new agreements, each"
                + " between the council and a new academy): the route check on node 2 just before and just after the approvals"
                + " on node 1 answered %s.", rounds, answers);
    }

    private static String outcomeOf(Api.Response answer) {
        require(answer.status() == 200, "route check: HTTP " + answer.status() + " " + answer.body());
        return answer.json().getString("outcome");
    }

    /** The answers by class, and where on the timeline the refusals and the other failures fell. */
    static List<String> outcomes(List<Call> calls, long stoppedMs, long recoveredMs) {
        List<String> lines = new ArrayList<>();
        Map<String, Map<Outcome, Integer>> byKind = new TreeMap<>();
        calls.forEach(c -> byKind.computeIfAbsent(c.kind(), k -> new TreeMap<>()).merge(c.outcome(), 1, Integer::sum));
        Map<String, Integer> otherKinds = new TreeMap<>();
        calls.stream().filter(c -> c.outcome() == Outcome.OTHER).forEach(c -> otherKinds.merge(c.detail(), 1, Integer::sum));
        long refusedOutside = calls.stream().filter(c -> c.outcome() != Outcome.SUCCESS)
                .filter(c -> c.startedMs() + c.tookMs() < stoppedMs || c.startedMs() > recoveredMs).count();
        long firstFailure = calls.stream().filter(c -> c.outcome() != Outcome.SUCCESS).mapToLong(Call::startedMs).min().orElse(-1);
        long lastFailure = calls.stream().filter(c -> c.outcome() != Outcome.SUCCESS)
                .mapToLong(c -> c.startedMs() + c.tookMs()).max().orElse(-1);
        lines.add(String.format(Locale.ROOT, "- **Answers:** %s (success / clean refusal: 503 with Retry-After, problem JSON"
                        + " or the try-again page / anything else). Anything else: %s. Refusals and failures fell between %.1f s"
                        + " and %.1f s; %d outside the outage (from the stop to the first success after the start).",
                byKind, otherKinds.isEmpty() ? "none" : otherKinds, firstFailure / 1000.0, lastFailure / 1000.0, refusedOutside));
        Map<Long, int[]> perSecond = new TreeMap<>();
        calls.forEach(c -> perSecond.computeIfAbsent(c.startedMs() / 1000, s -> new int[3])[c.outcome().ordinal()]++);
        StringBuilder timeline = new StringBuilder("  Answers a second (success/refused/other): ");
        perSecond.forEach((s, n) -> timeline.append(s).append("s ").append(n[0])
                .append(n[1] + n[2] > 0 ? "/" + n[1] + "/" + n[2] : "").append("; "));
        lines.add(timeline.toString().strip());
        return lines;
    }

    private Call call(String kind, String token, String path, String body) {
        long start = System.nanoTime();
        int status = 0;
        Outcome outcome;
        String detail;
        try {
            BenchSupport.Answer a = BenchSupport.post(client, balancer.resolve(path), token, body);
            status = a.status();
            outcome = a.success() ? Outcome.SUCCESS
                    : a.cleanRefusal() || (kind.equals("approval") && (status == 409 || status == 400)) ? Outcome.CLEAN_REFUSAL
                    : Outcome.OTHER;
            detail = a.failure() != null ? a.failure() : "HTTP " + status + (outcome == Outcome.OTHER ? " " + a.type() : "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = Outcome.OTHER;
            detail = "interrupted";
        }
        Call call = new Call(kind, (start - began) / 1_000_000, (System.nanoTime() - start) / 1_000_000, status, outcome, detail);
        calls.add(call);
        if (outcome != Outcome.SUCCESS && !kind.equals("approval")) {
            // A client that heeds Retry-After waits before trying again; this one waits less than the 5 s it is told,
            // so that the moment of recovery is timed closely, but does not hammer the refusing servers.
            pause(REFUSED_PAUSE_MS);
        }
        return call;
    }

    /** The signatures in the version's signed PDF, -1 if it never came: counted, not awaited, so doubles show. */
    private int signatures(Partnership.Member reader, long versionId) throws IOException, InterruptedException {
        return BenchSupport.signatureCount(client, balancer, reader.token(), versionId, 120);
    }

    private long elapsedMs() {
        return (System.nanoTime() - began) / 1_000_000;
    }

    private static <T> Set<T> concurrentSet() {
        return java.util.concurrent.ConcurrentHashMap.newKeySet();
    }
}
