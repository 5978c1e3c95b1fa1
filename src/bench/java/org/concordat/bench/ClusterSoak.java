package org.concordat.bench;

import static org.concordat.bench.BenchSupport.daemon;
import static org.concordat.bench.BenchSupport.pause;
import static org.concordat.bench.BenchSupport.require;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.concordat.it.support.Partnership;

/**
 * A long run of mixed load on a running local cluster (bench/cluster.sh, issue 21), through the balancer, on the
 * route-check benchmark's partnership ({@link PartnershipGenerator}): does the cluster hold its pace, its answers and
 * its memory for half an hour?
 * <ul>
 * <li>the bulk: practitioners of the partnership's organisations checking routes (the benchmark's questions);</li>
 * <li>a practitioner recording sharing decisions, one after another;</li>
 * <li>an IG lead drafting an agreement every few seconds (create a draft, save a flow, submit), and the two parties'
 * signatories approving each one — so that the nodes' signing outbox signs a PDF per approval all along.</li>
 * </ul>
 * Per kind of operation: count, throughput, p50/p95/p99 and every failure by HTTP status or exception. Every minute,
 * each node's heap as {@code jstat -gc} reads it; after the warm-up and at the end of the run, a full GC on each node
 * ({@code jcmd GC.run}) and the heap left after it, to compare. Then it reconciles, as {@link DatabaseFaults} does:
 * every acknowledged decision is in the database once, and every agreement whose approvals were all acknowledged is
 * approved with one decision per party and a signed PDF carrying one signature per party.
 *
 * <p>The figures go to docs/reliability.md between the soak markers. Not a test: run by bench/soak.sh.
 *
 * <p>Usage: ClusterSoak balancerUrl adminEmail adminPassword jdbcUrl dbUser dbPassword tokensFile nodes report minutes
 * threads warmUpSeconds machine — nodes as {@code node1=pid,node2=pid} (the nodes' JVMs).
 */
public final class ClusterSoak {

    static final String ROUTE_CHECK = "route check";
    static final String DECISION = "sharing decision";
    static final String CREATE = "draft: create";
    static final String FLOW = "draft: save a flow";
    static final String SUBMIT = "draft: submit";
    static final String APPROVAL = "approval";
    static final List<String> KINDS = List.of(ROUTE_CHECK, DECISION, CREATE, FLOW, SUBMIT, APPROVAL);

    /** An IG lead starts a new agreement this often: about twenty an hour per lead would be busy; this is a stress. */
    private static final long DRAFT_EVERY_MS = 3_000;
    /** After a failure a client waits a little, as a person or a polite system would, instead of hammering. */
    private static final long PAUSE_AFTER_FAILURE_MS = 250;
    /** The start-to-end change of the heap left after a full GC that this run still calls "no growth". */
    private static final double GROWTH_TOLERANCE = 0.10;
    private static final double MIB = 1024.0;
    private static final int FULL_GCS_WANTED = 2;

    enum Phase { WARM_UP, MEASURED, DRAIN }

    /** One call: its kind, the phase it began in, when (ms since the start) and how long (µs); failure null if 2xx. */
    record Call(String kind, Phase phase, long startedMs, long tookUs, String failure) {
    }

    /** An approval still to be given: a version, and the signatory who gives it. */
    record Approval(long versionId, Partnership.Member signatory) {
    }

    /** A node's heap as jstat reads it (KiB), and its collector's counters. */
    record Heap(double usedKiB, double committedKiB, double oldUsedKiB, double metaspaceKiB, long fullGcs, double gcSeconds) {

        static final Heap UNKNOWN = new Heap(Double.NaN, Double.NaN, Double.NaN, Double.NaN, -1, Double.NaN);

        String usedOverCommitted() {
            return Double.isNaN(usedKiB) ? "?" : String.format(Locale.ROOT, "%.0f/%.0f", usedKiB / MIB, committedKiB / MIB);
        }
    }

    private final URI balancer;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
    private final Map<String, Long> routeOutcomes = new ConcurrentHashMap<>();
    private final Map<String, String> firstFailureBodies = new ConcurrentHashMap<>();
    private final AtomicBoolean loading = new AtomicBoolean(true);
    private final AtomicBoolean approving = new AtomicBoolean(true);
    private final long began = System.nanoTime();
    private volatile Phase phase = Phase.WARM_UP;

    private ClusterSoak(URI balancer) {
        this.balancer = balancer;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 13) {
            throw new IllegalArgumentException("Usage: ClusterSoak balancerUrl adminEmail adminPassword jdbcUrl dbUser dbPassword"
                    + " tokensFile nodes report minutes threads warmUpSeconds machine");
        }
        Map<String, Long> nodes = new LinkedHashMap<>();
        for (String node : args[7].split(",")) {
            nodes.put(node.substring(0, node.indexOf('=')), Long.parseLong(node.substring(node.indexOf('=') + 1)));
        }
        new ClusterSoak(URI.create(args[0])).run(args[1], args[2], args[3], args[4], args[5], Path.of(args[6]), nodes,
                Path.of(args[8]), Integer.parseInt(args[9]), Integer.parseInt(args[10]), Integer.parseInt(args[11]), args[12]);
    }

    private void run(String adminEmail, String adminPassword, String jdbcUrl, String dbUser, String dbPassword, Path tokensFile,
                     Map<String, Long> nodes, Path report, int minutes, int threads, int warmUpSeconds, String machine)
            throws Exception {
        // The route checks: the benchmark's questions, each asked with its organisation's practitioner's token.
        Map<Long, String> tokens = Files.readAllLines(tokensFile).stream().map(l -> l.split(","))
                .collect(Collectors.toMap(p -> Long.parseLong(p[0]), p -> p[1]));
        List<RouteCheckBenchmark.Question> questions = RouteCheckBenchmark.questions(jdbcUrl, dbUser, dbPassword, tokens);

        // The people who draft, approve and decide, made over the API: a council leads, a school is the other party.
        FaultPartnership soak = FaultPartnership.create(balancer, adminEmail, adminPassword, "Soak");
        Partnership.Member lead = soak.lead();
        Partnership.Member teacher = soak.teacher();
        long inForce = soak.approved("Soak: decisions rest on this");
        long template = Partnership.builtInDsaTemplate(lead);
        System.out.printf("%d route-check questions; drafting, approvals and decisions ready%n", questions.size());

        // The load. Decisions, drafting and approvals get a thread each; the rest check routes.
        String runId = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
        Set<String> attempted = ConcurrentHashMap.newKeySet();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        List<Long> submitted = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<Long, AtomicInteger> approvalsAcknowledged = new ConcurrentHashMap<>();
        AtomicInteger draftsAbandoned = new AtomicInteger();
        LinkedBlockingQueue<Approval> approvals = new LinkedBlockingQueue<>();
        int routeThreads = Math.max(1, threads - 3);
        List<Thread> load = new ArrayList<>();
        for (int t = 0; t < routeThreads; t++) {
            int offset = t * (questions.size() / routeThreads);
            load.add(daemon("route-checks-" + t, () -> {
                for (int i = offset; loading.get(); i++) {
                    RouteCheckBenchmark.Question q = questions.get(i % questions.size());
                    String answer = call(ROUTE_CHECK, q.token(), "POST", "/api/v1/route-checks", q.json());
                    if (answer != null && phase == Phase.MEASURED) {
                        routeOutcomes.merge(field(answer, "outcome"), 1L, Long::sum);
                    }
                }
            }));
        }
        load.add(daemon("decisions", () -> {
            for (int n = 1; loading.get(); n++) {
                String reference = "SOAK-" + runId + "-" + n;
                attempted.add(reference);
                if (call(DECISION, teacher.token(), "POST", "/api/v1/sharing-decisions", soak.decision(inForce, reference)) != null) {
                    acknowledged.add(reference);
                }
            }
        }));
        load.add(daemon("drafting", () -> {
            long next = System.nanoTime();
            for (int n = 1; loading.get(); n++) {
                pause((next - System.nanoTime()) / 1_000_000);
                next += DRAFT_EVERY_MS * 1_000_000;
                Long versionId = draftAndSubmit(lead, soak.school(), template, "Soak " + runId + " agreement " + n);
                if (versionId == null) {
                    draftsAbandoned.incrementAndGet();
                    continue;
                }
                submitted.add(versionId);
                approvalsAcknowledged.put(versionId, new AtomicInteger());
                soak.signatories().forEach(signatory -> approvals.add(new Approval(versionId, signatory)));
            }
        }));
        // The approvals outlive the rest of the load until the queue is empty: every agreement drafted is decided.
        Thread approver = daemon("approvals", () -> {
            while (approving.get()) {
                Approval next;
                try {
                    next = approvals.poll(200, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    return;
                }
                if (next != null && call(APPROVAL, next.signatory().token(), "POST", "/api/v1/agreements/versions/"
                        + next.versionId() + "/decisions", "{\"decision\":\"APPROVED\"}") != null) {
                    approvalsAcknowledged.get(next.versionId()).incrementAndGet();
                }
            }
        });
        load.forEach(Thread::start);
        approver.start();

        System.out.printf("warm-up: %d s of the same load, not counted%n", warmUpSeconds);
        Thread.sleep(warmUpSeconds * 1000L);
        // A full GC on each node with the load running, as at the end: the heap it leaves is the live set.
        Map<String, Long> fullGcsBeforeStart = new HashMap<>();
        Map<String, Long> fullGcsBeforeEnd = new HashMap<>();
        Map<String, Heap> startAfterGc = afterFullGc(nodes, fullGcsBeforeStart);
        System.out.println("after a full GC at the start (MiB old generation, heap used/committed): " + describe(startAfterGc));
        phase = Phase.MEASURED;
        long windowStartMs = elapsedMs();
        Map<String, List<Heap>> perMinute = new LinkedHashMap<>();
        nodes.keySet().forEach(n -> perMinute.put(n, new ArrayList<>()));
        for (int minute = 1; minute <= minutes; minute++) {
            Thread.sleep(Math.max(0, windowStartMs + minute * 60_000L - elapsedMs()));
            for (Map.Entry<String, Long> node : nodes.entrySet()) {
                perMinute.get(node.getKey()).add(jstat(node.getValue()));
            }
            System.out.printf(Locale.ROOT, "minute %d: %d calls so far; heap MiB used/committed %s%n", minute, calls.size(),
                    nodes.keySet().stream().map(n -> n + " " + perMinute.get(n).get(perMinute.get(n).size() - 1).usedOverCommitted())
                            .collect(Collectors.joining(", ")));
        }
        long windowEndMs = elapsedMs();
        phase = Phase.DRAIN;
        Map<String, Heap> endAfterGc = afterFullGc(nodes, fullGcsBeforeEnd);
        System.out.println("after a full GC at the end (MiB old generation, heap used/committed): " + describe(endAfterGc));
        loading.set(false);
        for (Thread t : load) {
            t.join(60_000);
        }
        long drainUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!approvals.isEmpty() && System.nanoTime() < drainUntil) {
            pause(200);
        }
        pause(1_000);
        approving.set(false);
        approver.join(60_000);

        List<String> lines = new ArrayList<>();
        List<Call> measured = calls.stream().filter(c -> c.phase() == Phase.MEASURED).toList();
        double windowSeconds = (windowEndMs - windowStartMs) / 1000.0;
        lines.add(String.format(Locale.ROOT, "Mixed load through the balancer for %d min (%.0f s, after a %d s warm-up of the"
                        + " same load not counted): route checks from %d client threads, sharing decisions from 1, an IG lead"
                        + " drafting an agreement every %d s (create, save a flow, submit) from 1, and both parties' signatories"
                        + " approving each from 1. Each thread sends its next request when the last is answered.",
                minutes, windowSeconds, warmUpSeconds, routeThreads, DRAFT_EVERY_MS / 1000));
        lines.add("");
        lines.addAll(table(measured, windowSeconds));
        lines.add("");
        lines.add(String.format(Locale.ROOT, "- **Errors:** %s in the measured window; %s in the warm-up and the drain. Route-check"
                        + " answers: %s.", errors(measured), errors(calls.stream().filter(c -> c.phase() != Phase.MEASURED).toList()),
                new TreeMap<>(routeOutcomes)));
        lines.add("- **Route checks a minute** (thousands, p95 ms): " + perMinute(measured, windowStartMs, minutes));
        lines.addAll(memory(nodes.keySet(), startAfterGc, endAfterGc, fullGcsBeforeEnd, perMinute, measured.size()));

        // Reconcile: decisions, read from the database itself (the API's log stops at its newest entries).
        Map<String, Integer> perReference = new HashMap<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword);
             PreparedStatement q = db.prepareStatement("SELECT case_reference, count(*) FROM sharing_decision"
                     + " WHERE case_reference LIKE ? GROUP BY case_reference")) {
            q.setString(1, "SOAK-" + runId + "-%");
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    perReference.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        long doubled = perReference.values().stream().filter(n -> n > 1).count();
        Set<String> missing = new HashSet<>(acknowledged);
        missing.removeAll(perReference.keySet());
        Set<String> unasked = new HashSet<>(perReference.keySet());
        unasked.removeAll(attempted);
        lines.add(String.format(Locale.ROOT, "- **Decisions reconciled:** %,d sent, %,d acknowledged (201); the database holds %,d:"
                        + " every acknowledged one %s, %s, %s.", attempted.size(), acknowledged.size(),
                perReference.values().stream().mapToInt(Integer::intValue).sum(),
                missing.isEmpty() ? "is there" : "**is not there (" + missing.size() + " missing)**",
                doubled == 0 ? "none twice" : "**" + doubled + " twice**",
                unasked.isEmpty() ? "none that was not sent" : "**" + unasked.size() + " never sent**"));

        // Reconcile: agreements. The signing outbox works after the approvals commit; each PDF is awaited a while.
        int fullyAcknowledged = 0;
        int right = 0;
        List<String> wrong = new ArrayList<>();
        for (long versionId : List.copyOf(submitted)) {
            if (approvalsAcknowledged.get(versionId).get() < 2) {
                continue;
            }
            fullyAcknowledged++;
            JsonObject version = lead.api().get("/api/v1/agreements/versions/" + versionId).json();
            int decisions = version.getJsonArray("decisions").size();
            int signatures = BenchSupport.signatureCount(client, balancer, lead.token(), versionId, 120);
            if ("APPROVED".equals(version.getString("status")) && decisions == 2 && signatures == 2) {
                right++;
            } else {
                wrong.add("version " + versionId + ": " + version.getString("status") + ", " + decisions + " decisions, "
                        + signatures + " signatures");
            }
        }
        lines.add(String.format(Locale.ROOT, "- **Agreements reconciled:** %d drafted and submitted (%d drafts abandoned after a"
                        + " failed step), %d with both approvals acknowledged; of those, %d approved with exactly one decision per"
                        + " party and a signed PDF with exactly two signatures%s.", submitted.size(), draftsAbandoned.get(),
                fullyAcknowledged, right, wrong.isEmpty() ? " — nothing lost, nothing doubled"
                        : ": **" + String.join("; ", wrong.subList(0, Math.min(10, wrong.size()))) + (wrong.size() > 10 ? "; …" : "") + "**"));
        if (!firstFailureBodies.isEmpty()) {
            System.out.println("first answer of each kind of failure: " + firstFailureBodies);
        }

        String body = "\nMeasured " + LocalDate.now() + " with `bash bench/soak.sh " + minutes + " " + threads + "` (two nodes of "
                + "1 GiB heap, HAProxy, PostgreSQL and this client on one machine: " + machine + "; the route-check benchmark's"
                + " partnership, " + String.format(Locale.ROOT, "%,d organisations and %,d agreements", PartnershipGenerator.ORGANISATIONS,
                PartnershipGenerator.AGREEMENTS) + ", " + questions.size() + " distinct route-check questions):\n\n"
                + String.join("\n", lines) + "\n";
        BenchmarkReport.replaceSection(report, "soak", body);
        require(missing.isEmpty() && doubled == 0 && unasked.isEmpty() && wrong.isEmpty(), "the counts did not reconcile (see above)");
    }

    /** Create a draft with the school, save a flow, submit: the version's id, or null if a step failed. */
    private Long draftAndSubmit(Partnership.Member lead, long party, long template, String title) {
        String created = call(CREATE, lead.token(), "POST", "/api/v1/agreements", Json.createObjectBuilder()
                .add("templateVersionId", template).add("title", title).add("effectiveDate", LocalDate.now().toString())
                .add("parties", Json.createArrayBuilder().add(Json.createObjectBuilder().add("organisationId", party)
                        .add("role", "CONTROLLER"))).build().toString());
        if (created == null) {
            return null;
        }
        JsonObject draft = parse(created);
        long versionId = draft.getJsonNumber("versionId").longValue();
        String flowed = call(FLOW, lead.token(), "POST", "/api/v1/agreements/versions/" + versionId + "/flows",
                Json.createObjectBuilder().add("lockVersion", draft.getJsonNumber("lockVersion").longValue())
                        .add("flow", Partnership.educationFlow()).build().toString());
        if (flowed == null) {
            return null;
        }
        String done = call(SUBMIT, lead.token(), "POST", "/api/v1/agreements/versions/" + versionId + "/submission",
                Json.createObjectBuilder().add("lockVersion", parse(flowed).getJsonNumber("lockVersion").longValue()).build().toString());
        return done == null ? null : versionId;
    }

    /** One timed call through the balancer: the answer's body if it was 2xx; null (the failure recorded) otherwise. */
    private String call(String kind, String token, String method, String path, String body) {
        Phase calledIn = phase;
        long start = System.nanoTime();
        String failure;
        String answer = null;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(balancer.resolve(path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            failure = r.statusCode() / 100 == 2 ? null : "HTTP " + r.statusCode();
            answer = failure == null ? r.body() : null;
            if (failure != null) {
                firstFailureBodies.putIfAbsent(kind + " " + failure, r.body().substring(0, Math.min(300, r.body().length())));
            }
        } catch (IOException e) {
            failure = e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "interrupted";
        }
        calls.add(new Call(kind, calledIn, (start - began) / 1_000_000, (System.nanoTime() - start) / 1_000, failure));
        if (failure != null) {
            pause(PAUSE_AFTER_FAILURE_MS);
        }
        return answer;
    }

    /** Per kind: count, throughput over the window, percentiles of every call's latency, failures. */
    private static List<String> table(List<Call> measured, double windowSeconds) {
        List<String> rows = new ArrayList<>();
        rows.add("| Operation | calls | per second | p50 ms | p95 ms | p99 ms | max ms | errors |");
        rows.add("|---|---:|---:|---:|---:|---:|---:|---|");
        for (String kind : KINDS) {
            List<Call> of = measured.stream().filter(c -> c.kind().equals(kind)).toList();
            long[] latencies = of.stream().mapToLong(Call::tookUs).sorted().toArray();
            rows.add(String.format(Locale.ROOT, "| %s | %,d | %,.1f | %.1f | %.1f | %.1f | %,.0f | %s |", kind, of.size(),
                    of.size() / windowSeconds, ms(percentile(latencies, 50)), ms(percentile(latencies, 95)),
                    ms(percentile(latencies, 99)), ms(latencies.length == 0 ? 0 : latencies[latencies.length - 1]), errors(of)));
        }
        return rows;
    }

    private static String errors(List<Call> of) {
        Map<String, Long> failures = of.stream().filter(c -> c.failure() != null)
                .collect(Collectors.groupingBy(c -> c.failure(), TreeMap::new, Collectors.counting()));
        long total = failures.values().stream().mapToLong(Long::longValue).sum();
        return total == 0 ? "0" : total + " " + failures;
    }

    /** Route checks started in each minute of the window: how many, and their p95, to see whether the pace held. */
    private static String perMinute(List<Call> measured, long windowStartMs, int minutes) {
        Map<Long, List<Long>> byMinute = new TreeMap<>();
        measured.stream().filter(c -> c.kind().equals(ROUTE_CHECK))
                .forEach(c -> byMinute.computeIfAbsent((c.startedMs() - windowStartMs) / 60_000, m -> new ArrayList<>()).add(c.tookUs()));
        StringBuilder line = new StringBuilder();
        byMinute.forEach((minute, took) -> {
            if (minute < minutes) {
                long[] sorted = took.stream().mapToLong(Long::longValue).sorted().toArray();
                line.append(String.format(Locale.ROOT, "%dm %.1f (%.1f); ", minute + 1, sorted.length / 1000.0, ms(percentile(sorted, 95))));
            }
        });
        return line.toString().strip();
    }

    /** The nodes' heaps: after a full GC at the start and the end (the comparison), and every minute in between. */
    private static List<String> memory(Set<String> nodes, Map<String, Heap> start, Map<String, Heap> end,
                                       Map<String, Long> fullGcsBeforeEnd, Map<String, List<Heap>> perMinute, int requests) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "- **Memory** (each node's heap as `jstat -gc` reads it. Compared: the live heap,"
                + " i.e. the old generation right after two full GCs — `jcmd <pid> GC.run`, with the load running, once after"
                + " the warm-up and once at the end of the window; a full GC leaves every live object in the old generation,"
                + " and what the young generation holds by the time jstat reads is what the running load allocated since. The verdict"
                + " allows %.0f %% growth):", GROWTH_TOLERANCE * 100));
        for (String node : nodes) {
            Heap s = start.get(node);
            Heap e = end.get(node);
            double change = e.oldUsedKiB() - s.oldUsedKiB();
            String verdict = Double.isNaN(change) ? "**not measured**"
                    : change <= s.oldUsedKiB() * GROWTH_TOLERANCE ? "no growth beyond the tolerance"
                    : "**grew**";
            List<Heap> minutes = perMinute.get(node);
            Heap last = minutes.isEmpty() ? Heap.UNKNOWN : minutes.get(minutes.size() - 1);
            lines.add(String.format(Locale.ROOT, "  - %s: live heap %.1f MiB at the start, %.1f MiB at the end (%+.1f MiB, %+.1f %%,"
                            + " %.0f bytes per request of the window): %s. Whole heap in use as jstat read it just after those"
                            + " GCs %.0f → %.0f MiB of %.0f committed; metaspace %.0f → %.0f MiB; full GCs during the window other"
                            + " than those asked for: %d; GC time in the window %.1f s.",
                    node, s.oldUsedKiB() / MIB, e.oldUsedKiB() / MIB, change / MIB, 100 * change / s.oldUsedKiB(),
                    change * 1024 / requests, verdict, s.usedKiB() / MIB, e.usedKiB() / MIB, e.committedKiB() / MIB,
                    s.metaspaceKiB() / MIB, e.metaspaceKiB() / MIB, fullGcsBeforeEnd.get(node) - s.fullGcs(),
                    last.gcSeconds() - s.gcSeconds()));
            StringBuilder samples = new StringBuilder("    Heap in use/committed (MiB) at the end of each minute, no GC asked for: ");
            for (int m = 0; m < minutes.size(); m++) {
                samples.append(m + 1).append("m ").append(minutes.get(m).usedOverCommitted()).append("; ");
            }
            lines.add(samples.toString().stripTrailing());
        }
        return lines;
    }

    /**
     * A full GC on each node, then its heap: {@code jcmd GC.run} until the collector's own count shows two more full
     * collections (the second takes what the first left for finalisation). Under load G1 skips a requested full GC
     * when a young one got in first, so one request is not always one collection; without a full GC counted the
     * comparison would not be of live sets, and the run stops.
     */
    private static Map<String, Heap> afterFullGc(Map<String, Long> nodes, Map<String, Long> fullGcsBefore) {
        Map<String, Heap> heaps = new LinkedHashMap<>();
        for (Map.Entry<String, Long> node : nodes.entrySet()) {
            long before = jstat(node.getValue()).fullGcs();
            fullGcsBefore.put(node.getKey(), before);
            Heap after = jstat(node.getValue());
            for (int asked = 0; asked < 10 && after.fullGcs() - before < FULL_GCS_WANTED; asked++) {
                tool("jcmd", Long.toString(node.getValue()), "GC.run");
                after = jstat(node.getValue());
            }
            require(after.fullGcs() - before >= 1, node.getKey() + ": jcmd GC.run made no full GC that jstat counted");
            heaps.put(node.getKey(), after);
        }
        return heaps;
    }

    /** jstat -gc: capacities and use of the survivor spaces, eden and the old generation in KiB, by column name. */
    static Heap jstat(long pid) {
        String[] out = tool("jstat", "-gc", Long.toString(pid)).strip().split("\n");
        if (out.length < 2) {
            return Heap.UNKNOWN;
        }
        List<String> names = Arrays.asList(out[0].trim().split("\\s+"));
        String[] values = out[1].trim().split("\\s+");
        java.util.function.ToDoubleFunction<String> col = name -> {
            int i = names.indexOf(name);
            try {
                return i < 0 ? 0 : Double.parseDouble(values[i]);
            } catch (NumberFormatException e) {
                return 0; // "-": a space this collector does not have
            }
        };
        return new Heap(col.applyAsDouble("S0U") + col.applyAsDouble("S1U") + col.applyAsDouble("EU") + col.applyAsDouble("OU"),
                col.applyAsDouble("S0C") + col.applyAsDouble("S1C") + col.applyAsDouble("EC") + col.applyAsDouble("OC"),
                col.applyAsDouble("OU"), col.applyAsDouble("MU"), (long) col.applyAsDouble("FGC"), col.applyAsDouble("GCT"));
    }

    private static String tool(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                System.out.println(String.join(" ", command) + " failed: " + out.strip());
                return "";
            }
            return out;
        } catch (IOException e) {
            System.out.println(String.join(" ", command) + " failed: " + e);
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static String describe(Map<String, Heap> heaps) {
        return heaps.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %.1f, %s", e.getKey(),
                e.getValue().oldUsedKiB() / MIB, e.getValue().usedOverCommitted())).collect(Collectors.joining("; "));
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }

    private static long percentile(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String field(String json, String name) {
        int at = json.indexOf("\"" + name + "\":\"");
        return at < 0 ? "?" : json.substring(at + name.length() + 4, json.indexOf('"', at + name.length() + 4));
    }

    private long elapsedMs() {
        return (System.nanoTime() - began) / 1_000_000;
    }
}
