package org.concordat.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Route checks through the balancer to two nodes against the same checks sent straight to one of them, in the same
 * run, on the route-check benchmark's partnership (issue 21). Both nodes, the balancer, PostgreSQL and this client
 * share one machine, so on two cores the ratio shows what clustering costs (the balancer's hop, Infinispan, two JVMs
 * sharing the cores), not what a second machine would add. The phases alternate (one node, two nodes, one node, two
 * nodes) after a warm-up through the balancer, so that drift shows as a difference between rounds of the same kind.
 *
 * <p>Usage: ClusterThroughput balancerUrl nodeUrl jdbcUrl user password tokensFile report seconds threads
 */
public final class ClusterThroughput {

    private ClusterThroughput() {
    }

    public static void main(String[] args) throws Exception {
        URI balancer = URI.create(args[0]);
        URI node = URI.create(args[1]);
        Path report = Path.of(args[6]);
        int seconds = Integer.parseInt(args[7]);
        int threads = Integer.parseInt(args[8]);
        Map<Long, String> tokens = Files.readAllLines(Path.of(args[5])).stream().map(l -> l.split(","))
                .collect(Collectors.toMap(p -> Long.parseLong(p[0]), p -> p[1]));
        List<RouteCheckBenchmark.Question> questions = RouteCheckBenchmark.questions(args[2], args[3], args[4], tokens);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        RouteCheckBenchmark.Check throughBalancer = q -> outcome(RouteCheckBenchmark.answer(client, balancer, q));
        RouteCheckBenchmark.Check toOneNode = q -> outcome(RouteCheckBenchmark.answer(client, node, q));

        RouteCheckBenchmark.WarmUp warmUp = RouteCheckBenchmark.warmUp(throughBalancer, questions, threads);
        List<RouteCheckBenchmark.Figures> figures = new ArrayList<>();
        for (int round = 1; round <= 2; round++) {
            figures.add(RouteCheckBenchmark.run("one node, round " + round, toOneNode, questions, threads, seconds));
            figures.add(RouteCheckBenchmark.run("two nodes behind HAProxy, round " + round, throughBalancer, questions, threads, seconds));
        }
        write(report, figures, warmUp, questions.size(), seconds, threads, Arrays.asList(args));
    }

    private static String outcome(String body) {
        int at = body.indexOf("\"outcome\":\"");
        if (at < 0) {
            throw new IllegalStateException("not a route check's answer: " + body);
        }
        return body.substring(at + 11, body.indexOf('"', at + 11));
    }

    private static void write(Path report, List<RouteCheckBenchmark.Figures> figures, RouteCheckBenchmark.WarmUp warmUp,
                              int questions, int seconds, int threads, List<String> args) throws Exception {
        StringBuilder body = new StringBuilder();
        body.append(String.format(Locale.ROOT, "Measured %s with `bash bench/cluster-throughput.sh %d %d` (%s; two"
                        + " WildFly nodes of 1 GiB heap, HAProxy, PostgreSQL and the client on the same machine), %d distinct"
                        + " questions, %d client threads, after %s; phases of %d s in the order shown:%n%n",
                LocalDate.now(), seconds, threads, BenchSupport.machine(), questions, threads, warmUp.describe(), seconds));
        body.append("| Phase | checks/s | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|---:|\n");
        for (RouteCheckBenchmark.Figures f : figures) {
            body.append(String.format(Locale.ROOT, "| %s | %,.0f | %.2f | %.2f | %.2f |%n", f.name(), f.perSecond(), f.p50(),
                    f.p95(), f.p99()));
        }
        double one = figures.stream().filter(f -> f.name().startsWith("one")).mapToDouble(RouteCheckBenchmark.Figures::perSecond)
                .average().orElse(0);
        double two = figures.stream().filter(f -> f.name().startsWith("two")).mapToDouble(RouteCheckBenchmark.Figures::perSecond)
                .average().orElse(0);
        body.append(String.format(Locale.ROOT, "%nTwo nodes behind the balancer answered %.2f× the checks a second of one node"
                + " alone (mean of the rounds). On this one 2-core machine that is the cost of the extra hop and of two JVMs"
                + " sharing two cores, not the gain of a second machine.", one == 0 ? 0 : two / one));
        String text = Files.exists(report) ? Files.readString(report, StandardCharsets.UTF_8) : "";
        int from = text.indexOf("<!-- cluster-throughput:start -->");
        if (from < 0 || text.indexOf("<!-- cluster-throughput:end -->") <= from) {
            // docs/benchmarks.md gives each section its heading; a first run puts this one's above its markers.
            Files.writeString(report, "\n## Route checks on a cluster: two nodes behind HAProxy against one node (issue 21)\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        BenchSupport.writeSection(report, "cluster-throughput", body.toString());
    }
}
