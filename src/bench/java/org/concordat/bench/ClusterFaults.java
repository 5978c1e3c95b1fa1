package org.concordat.bench;

import static org.concordat.bench.BenchSupport.require;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concordat.it.support.WebSession;

/**
 * Faults on a running local cluster (bench/cluster.sh, issue 21), measured from outside as a user sees them:
 * <ol>
 * <li><b>A node dies under a signed-in person.</b> An administrator signs in through the balancer and opens the
 * account page; the node that served it is killed (kill -9); the form on that page is then sent. It must be
 * answered by another node with the same session and the same JSF view: the token is issued, nobody is signed out.</li>
 * <li><b>A node dies under load.</b> Route checks over the API through the balancer from several threads; a node is
 * killed, then started again. Every answer is counted by second: which failed, and for how long.</li>
 * </ol>
 * The figures go to docs/reliability.md between the cluster-faults markers. Not a test: run by bench/cluster-faults.sh.
 *
 * <p>Usage: ClusterFaults balancerUrl adminEmail adminPassword clusterScript report secondsPerPhase threads
 */
public final class ClusterFaults {

    private static final String ROUTE_CHECK = "{\"notListed\":true,\"dataSubjects\":[\"CHILD\",\"PARENT_CARER\"],"
            + "\"dataCategories\":[\"IDENTIFIERS_CONTACT\",\"SOCIAL_CARE\"],\"purpose\":\"CHILD_IN_NEED\"}";

    /** One API call: when it started (ms since the load began), how long it took, and its status (0: no answer). */
    record Call(long startedMs, long tookMs, int status, String failure) {
    }

    private ClusterFaults() {
    }

    public static void main(String[] args) throws Exception {
        URI balancer = URI.create(args[0]);
        String script = args[3];
        Path report = Path.of(args[4]);
        int seconds = Integer.parseInt(args[5]);
        int threads = Integer.parseInt(args[6]);
        List<String> lines = new ArrayList<>();

        // 1. The session and the view outlive the node that made them.
        WebSession person = new WebSession(balancer);
        WebSession.Page signedIn = person.signIn(args[1], args[2]);
        require(signedIn.status() == 302 || signedIn.status() == 200, "sign-in answered " + signedIn.status());
        WebSession.Page account = person.open("/app/account.xhtml");
        require(account.status() == 200 && account.contains("tokens"), "account page: " + account.status());
        String node = person.cookie("CONCORDAT_NODE").map(HttpCookie::getValue)
                .orElseThrow(() -> new IllegalStateException("the balancer set no node cookie"));
        int nodeNumber = Integer.parseInt(node.replace("node", ""));
        System.out.println("account page served by " + node + "; killing it");
        long killedAt = System.nanoTime();
        cluster(script, "kill", nodeNumber);
        WebSession.Page afterKill = person.submit("/app/account.xhtml", "tokens",
                Map.of("name", List.of("cluster faults"), "validForDays", List.of("1")), "issue");
        long answeredMs = (System.nanoTime() - killedAt) / 1_000_000;
        Matcher issued = Pattern.compile("<code id=\"issuedToken\">([^<]+)</code>").matcher(afterKill.body());
        boolean sessionKept = issued.find();
        // The session's route (the suffix WildFly gives its id) names the node that now holds it.
        String servedBy = person.cookie("CONCORDAT_SESSION").map(HttpCookie::getValue)
                .map(id -> id.substring(id.lastIndexOf('.') + 1)).orElse("?");
        System.out.printf(Locale.ROOT, "form sent after the kill: HTTP %d from %s in %d ms, token issued: %s%n",
                afterKill.status(), servedBy, answeredMs, sessionKept);
        lines.add(String.format(Locale.ROOT, "- **A node killed under a signed-in person:** the account page came from %s;"
                        + " %s was killed (kill -9) and the page's form then sent: answered by %s (the session's route) in %d ms, HTTP %d, %s.",
                node, node, servedBy, answeredMs, afterKill.status(), sessionKept
                        ? "the same session and JSF view, the API token issued — nobody signed out"
                        : "**the session or the view was lost**"));
        require(sessionKept, "the form sent after the kill did not issue a token: HTTP " + afterKill.status());
        String token = issued.group(1);
        System.out.println("starting " + node + " again");
        cluster(script, "restart", nodeNumber);

        // 2. A node killed, then started again, under API load.
        ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        long began = System.nanoTime();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = BenchSupport.daemon("client-" + i, () -> load(balancer, token, began, running, calls));
            t.start();
            clients.add(t);
        }
        Thread.sleep(seconds * 1000L);
        long killMs = (System.nanoTime() - began) / 1_000_000;
        System.out.println("killing node1 under load");
        cluster(script, "kill", 1);
        Thread.sleep(seconds * 1000L);
        long restartMs = (System.nanoTime() - began) / 1_000_000;
        System.out.println("starting node1 again under load");
        cluster(script, "restart", 1);
        long upMs = (System.nanoTime() - began) / 1_000_000;
        Thread.sleep(seconds * 1000L);
        running.set(false);
        for (Thread t : clients) {
            t.join();
        }
        long endMs = (System.nanoTime() - began) / 1_000_000;
        lines.addAll(summary(new ArrayList<>(calls), threads, killMs, restartMs, upMs, endMs));
        lines.forEach(System.out::println);
        BenchSupport.writeSection(report, "cluster-faults", "Measured " + LocalDate.now() + " with `bash bench/cluster-faults.sh "
                + seconds + " " + threads + "` (two nodes and HAProxy on this machine: " + BenchSupport.machine() + "):\n\n"
                + String.join("\n", lines));
    }

    private static void load(URI balancer, String token, long began, AtomicBoolean running, ConcurrentLinkedQueue<Call> calls) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        while (running.get()) {
            long start = System.nanoTime();
            int status = 0;
            String failure = null;
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(balancer.resolve("/api/v1/route-checks"))
                        .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(ROUTE_CHECK)).build(), HttpResponse.BodyHandlers.ofString());
                status = r.statusCode();
            } catch (IOException e) {
                failure = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            calls.add(new Call((start - began) / 1_000_000, (System.nanoTime() - start) / 1_000_000, status, failure));
        }
    }

    static List<String> summary(List<Call> calls, int threads, long killMs, long restartMs, long upMs, long endMs) {
        List<String> lines = new ArrayList<>();
        long ok = calls.stream().filter(c -> c.status() == 200).count();
        List<Call> failed = calls.stream().filter(c -> c.status() != 200).toList();
        Map<String, Long> kinds = new TreeMap<>();
        failed.forEach(c -> kinds.merge(c.failure() != null ? c.failure() : "HTTP " + c.status(), 1L, Long::sum));
        long worst = calls.stream().mapToLong(Call::tookMs).max().orElse(0);
        long worstAfterKill = calls.stream().filter(c -> c.startedMs() >= killMs - 1000 && c.startedMs() < killMs + 5000)
                .mapToLong(Call::tookMs).max().orElse(0);
        lines.add(String.format(Locale.ROOT, "- **A node killed under load** (route checks through the balancer, %d client"
                        + " threads, %.0f s in all: node1 killed at %.1f s, started again at %.1f s and serving from %.1f s):"
                        + " %,d answers, %,d of them 200, %,d not (%s); the slowest answer %d ms, the slowest begun"
                        + " within 5 s of the kill %d ms.",
                threads, endMs / 1000.0, killMs / 1000.0, restartMs / 1000.0, upMs / 1000.0, calls.size(), ok,
                failed.size(), kinds.isEmpty() ? "none" : kinds.toString(), worst, worstAfterKill));
        if (!failed.isEmpty()) {
            long first = failed.stream().mapToLong(Call::startedMs).min().orElse(0);
            long last = failed.stream().mapToLong(c -> c.startedMs() + c.tookMs()).max().orElse(0);
            lines.add(String.format(Locale.ROOT, "  The failures fell between %.1f s and %.1f s of the run.", first / 1000.0,
                    last / 1000.0));
        }
        Map<Long, long[]> perSecond = new TreeMap<>();
        for (Call c : calls) {
            long[] counts = perSecond.computeIfAbsent(c.startedMs() / 1000, s -> new long[2]);
            counts[c.status() == 200 ? 0 : 1]++;
        }
        StringBuilder timeline = new StringBuilder("  Answers a second (200/other): ");
        perSecond.forEach((s, n) -> timeline.append(s).append("s ").append(n[0]).append(n[1] > 0 ? "/" + n[1] : "").append("; "));
        lines.add(timeline.toString().strip());
        return lines;
    }

    private static void cluster(String script, String command, int node) throws IOException, InterruptedException {
        BenchSupport.shell("bash " + script + " " + command + " " + node);
    }
}
