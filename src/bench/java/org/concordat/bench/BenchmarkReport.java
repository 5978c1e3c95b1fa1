package org.concordat.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * docs/benchmarks.md and docs/reliability.md, one section per run between its own markers: a run replaces its section
 * and keeps the rest of the file (the prose around it).
 */
final class BenchmarkReport {

    private BenchmarkReport() {
    }

    static void replaceSection(Path report, String name, String body) throws IOException {
        String start = "<!-- " + name + ":start -->";
        String end = "<!-- " + name + ":end -->";
        String section = start + "\n\n" + body.strip() + "\n\n" + end;
        String existing = Files.exists(report) ? Files.readString(report) : "# Benchmarks\n\n";
        String updated = existing.contains(start)
                ? existing.substring(0, existing.indexOf(start)) + section + existing.substring(existing.indexOf(end) + end.length())
                : existing.stripTrailing() + "\n\n" + section + "\n";
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, updated);
        System.out.println(section);
    }

    /** The machine a figure was measured on: cores, processor, heap and Java. */
    static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(cpu);
        } catch (IOException e) {
            // Not Linux: the processor name is simply not reported.
        }
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB max heap, Java "
                + System.getProperty("java.version") + " (" + ManagementFactory.getRuntimeMXBean().getVmName() + ")";
    }
}
