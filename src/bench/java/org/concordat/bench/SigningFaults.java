package org.concordat.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.concordat.it.support.Api;

/**
 * A node killed while it signs (issue 21). Approving an agreement commits the approval with a job in the signing
 * outbox; the node that took the approval then signs the PDF in a transaction of its own, holding the job's row with
 * SELECT … FOR UPDATE SKIP LOCKED. This run makes node 1 sign a backlog (both signatories of many agreements approve
 * through it), watches PostgreSQL until one of node 1's connections holds a job's lock — a signature half made — and
 * kills node 1 (kill -9) at that instant. Then it checks, from outside and in the database:
 * <ul>
 * <li>the half-made signature left nothing behind: PostgreSQL ended node 1's transaction when its connection died,
 * so the job is waiting again, not lost and not marked signed;</li>
 * <li>node 2, which never received those approvals, signs everything left on its own sweep of the outbox;</li>
 * <li>every agreement is approved by each party once, and its PDF carries each party's signature exactly once, in
 * decision order.</li>
 * </ul>
 * Nodes tell PostgreSQL who they are (bench/cluster.sh sets ApplicationName=concordat-node<k>), which is how the
 * watcher knows whose lock it sees. The figures go to docs/reliability.md between the signing-faults markers. Not a
 * test: run by bench/signing-faults.sh.
 *
 * <p>Usage: SigningFaults balancerUrl adminEmail adminPassword clusterScript jdbcUrl node1Url report agreements
 */
public final class SigningFaults {

    /** A transaction of node 1 holding a row of the outbox FOR UPDATE: a signature being made. */
    private static final String NODE1_SIGNING = "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
            + " WHERE l.relation = 'signing_outbox'::regclass AND l.mode = 'RowShareLock'"
            + " AND a.application_name = 'concordat-node1'";
    private static final String NODE1_CONNECTIONS = "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'concordat-node1'";

    private SigningFaults() {
    }

    public static void main(String[] args) throws Exception {
        URI balancer = URI.create(args[0]);
        String script = args[3];
        String jdbcUrl = args[4];
        URI node1 = URI.create(args[5]);
        Path report = Path.of(args[6]);
        int agreements = Integer.parseInt(args[7]);

        FaultPartnership p = FaultPartnership.create(balancer, args[1], args[2], "Signing");
        List<Long> versions = new ArrayList<>();
        for (int i = 0; i < agreements; i++) {
            versions.add(p.submitted("Signed while a node dies " + i));
        }
        String in = versions.stream().map(String::valueOf).collect(Collectors.joining(","));
        System.out.printf("%d agreements submitted; approving them through node1%n", agreements);

        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            require(count(db, NODE1_CONNECTIONS) > 0, "node1's connections do not name it (ApplicationName): see bench/cluster.sh");
            // Both signatories approve every agreement through node 1, from two threads each, as fast as it answers.
            ConcurrentLinkedQueue<long[]> toApprove = new ConcurrentLinkedQueue<>();
            versions.forEach(v -> {
                toApprove.add(new long[] {v, 0});
                toApprove.add(new long[] {v, 1});
            });
            List<long[]> cut = Collections.synchronizedList(new ArrayList<>());
            java.util.concurrent.atomic.AtomicInteger notSent = new java.util.concurrent.atomic.AtomicInteger();
            Map<String, Integer> answers = Collections.synchronizedMap(new TreeMap<>());
            AtomicBoolean killed = new AtomicBoolean();
            List<Thread> approvers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                approvers.add(BenchSupport.daemon("approver-" + t, () -> {
                    long[] next;
                    while ((next = toApprove.poll()) != null) {
                        if (killed.get()) {
                            cut.add(next);
                            notSent.incrementAndGet();
                            continue;
                        }
                        String answer;
                        try {
                            answer = "HTTP " + FaultPartnership.approve(new Api(node1, p.signatories().get((int) next[1]).token()),
                                    next[0]).status();
                        } catch (RuntimeException e) {
                            answer = "no answer (cut off by the kill)";
                            cut.add(next);
                        }
                        answers.merge(answer, 1, Integer::sum);
                    }
                }));
            }
            long began = System.nanoTime();
            approvers.forEach(Thread::start);

            // Watch for a signature half made on node 1, then kill node 1 at once.
            int signedBefore = 0;
            int holding = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (System.nanoTime() < deadline) {
                signedBefore = count(db, "SELECT count(*) FROM signing_outbox WHERE state = 'SIGNED' AND agreement_version_id IN (" + in + ")");
                holding = count(db, NODE1_SIGNING);
                if (holding > 0 && signedBefore >= 2) {
                    break;
                }
                BenchSupport.pause(2);
            }
            require(holding > 0, "node1 was never seen signing: approve more agreements");
            killed.set(true);
            long killAt = System.nanoTime();
            cluster(script, "kill", 1);
            long killedMs = (System.nanoTime() - killAt) / 1_000_000;
            int waitingAtKill = count(db, "SELECT count(*) FROM signing_outbox WHERE state = 'SIGNING' AND agreement_version_id IN (" + in + ")");
            System.out.printf(Locale.ROOT, "node1 killed while %d of its transactions held a job; %d signatures made, %d waiting%n",
                    holding, signedBefore, waitingAtKill);
            for (Thread t : approvers) {
                t.join(60_000);
            }

            // PostgreSQL notices the dead connections and ends their transactions: the jobs they held are free again.
            long released = -1;
            while ((System.nanoTime() - killAt) < Duration.ofSeconds(60).toNanos()) {
                if (count(db, NODE1_CONNECTIONS) == 0) {
                    released = (System.nanoTime() - killAt) / 1_000_000;
                    break;
                }
                BenchSupport.pause(20);
            }
            require(released >= 0, "node1's connections were still open a minute after it died");

            // Approvals whose answer the kill cut off are given again through the balancer, as a person would.
            Map<String, Integer> retried = new TreeMap<>();
            for (long[] again : new ArrayList<>(cut)) {
                int status = FaultPartnership.approve(p.signatories().get((int) again[1]).api(), again[0]).status();
                retried.merge("HTTP " + status, 1, Integer::sum);
            }

            // Node 2 signs the rest on its own sweep of the outbox (every 15 s), having taken none of the approvals.
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            List<String> wrong = new ArrayList<>();
            for (long versionId : versions) {
                byte[] pdf = BenchSupport.signedPdf(client, balancer, p.lead().token(), versionId, 2, 180);
                int signatures = pdf == null ? -1 : BenchSupport.signatures(pdf);
                if (signatures != 2) {
                    wrong.add("version " + versionId + ": " + signatures + " signatures in its PDF");
                }
            }
            long allSignedMs = (System.nanoTime() - killAt) / 1_000_000;
            Reconciled db2 = reconcile(db, in);
            wrong.addAll(db2.wrong());

            List<String> lines = new ArrayList<>();
            lines.add(String.format(Locale.ROOT, "- **A node killed while it signs** (%d agreements, both signatories approving"
                            + " each through node1 from 4 threads; node1 killed with kill -9 %.1f s in, at the moment one of its"
                            + " transactions held a job of the signing outbox): %d signatures made before the kill, %d jobs"
                            + " not yet signed, %d of them held by node1's signing transactions as it died. Approvals sent to node1 answered"
                            + " %s; %d not yet sent; the %d left were given through the balancer, as a person would: %s.",
                    agreements, (killAt - began) / 1e9, signedBefore, waitingAtKill, holding, answers, notSent.get(),
                    cut.size(), retried.isEmpty() ? "none" : retried));
            lines.add(String.format(Locale.ROOT, "- **What the half-made signatures left:** node1's connections were gone from"
                            + " PostgreSQL %d ms after the kill began (the process took %d ms to die), their transactions rolled"
                            + " back, so the jobs they held went back to waiting, neither lost nor marked signed. Node2, which"
                            + " took none of the approvals, signed everything left: the last PDF had both signatures %.1f s after"
                            + " the kill.",
                    released, killedMs, allSignedMs / 1000.0));
            lines.add(String.format(Locale.ROOT, "- **Reconciled in the database:** of %d agreements, %d approved with exactly one"
                            + " decision per party; %d signed PDFs with exactly one signature per party, numbered 1 and 2 in"
                            + " decision order; outbox jobs %s%s.",
                    agreements, db2.approved(), db2.signedOnce(), db2.jobs(),
                    wrong.isEmpty() ? " — nothing lost, nothing doubled" : ": **" + String.join("; ", wrong) + "**"));
            lines.forEach(System.out::println);
            BenchSupport.writeSection(report, "signing-faults", "Measured " + LocalDate.now() + " with `bash bench/signing-faults.sh "
                    + agreements + "` (two nodes, HAProxy and PostgreSQL on this machine: " + BenchSupport.machine() + "):\n\n"
                    + String.join("\n", lines));
            require(wrong.isEmpty(), "the signatures did not reconcile (see above)");
        }
    }

    record Reconciled(int approved, int signedOnce, Map<String, Integer> jobs, List<String> wrong) {
    }

    private static Reconciled reconcile(Connection db, String in) throws SQLException {
        List<String> wrong = new ArrayList<>();
        int approved = 0;
        int signedOnce = 0;
        try (PreparedStatement q = db.prepareStatement("SELECT v.id, v.status,"
                + " (SELECT count(*) FROM agreement_decision d WHERE d.agreement_version_id = v.id AND d.decision = 'APPROVED'),"
                + " (SELECT count(DISTINCT d.organisation_id) FROM agreement_decision d WHERE d.agreement_version_id = v.id),"
                + " (SELECT count(*) FROM document_signature s JOIN signed_document sd ON sd.id = s.signed_document_id"
                + "   WHERE sd.agreement_version_id = v.id),"
                + " (SELECT count(DISTINCT s.organisation_id) || ':' || coalesce(string_agg(s.sequence_number::text, ',' ORDER BY s.sequence_number), '')"
                + "   FROM document_signature s JOIN signed_document sd ON sd.id = s.signed_document_id WHERE sd.agreement_version_id = v.id)"
                + " FROM agreement_version v WHERE v.id IN (" + in + ")");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                boolean isApproved = "APPROVED".equals(rs.getString(2)) && rs.getInt(3) == 2 && rs.getInt(4) == 2;
                boolean once = rs.getInt(5) == 2 && "2:1,2".equals(rs.getString(6));
                approved += isApproved ? 1 : 0;
                signedOnce += once ? 1 : 0;
                if (!isApproved || !once) {
                    wrong.add("version " + rs.getLong(1) + ": " + rs.getString(2) + ", " + rs.getInt(3) + " approvals, "
                            + rs.getInt(5) + " signatures (" + rs.getString(6) + ")");
                }
            }
        }
        Map<String, Integer> jobs = new TreeMap<>();
        try (PreparedStatement q = db.prepareStatement("SELECT state, count(*) FROM signing_outbox WHERE agreement_version_id IN ("
                + in + ") GROUP BY state"); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                jobs.put(rs.getString(1), rs.getInt(2));
            }
        }
        if (jobs.getOrDefault("SIGNING", 0) > 0) {
            wrong.add(jobs.get("SIGNING") + " jobs still waiting");
        }
        return new Reconciled(approved, signedOnce, jobs, wrong);
    }

    private static int count(Connection db, String sql) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void cluster(String script, String command, int node) throws IOException, InterruptedException {
        BenchSupport.shell("bash " + script + " " + command + " " + node);
    }

    private static void require(boolean condition, String message) {
        BenchSupport.require(condition, message);
    }
}
