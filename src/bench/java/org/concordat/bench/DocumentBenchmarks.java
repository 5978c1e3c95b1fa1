package org.concordat.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.concordat.document.render.infrastructure.OfficeDocument;
import org.concordat.document.signing.infrastructure.SigningFixture;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * The document benchmark (issue 6), side by side in one run: Concordat rendering and signing the agreement of 100
 * flows ({@link DocumentBenchmark}, JMH), and what IG leads do today — LibreOffice headless converting the same
 * agreement, as a DOCX, to PDF. Both documents are kept in target/document-bench/ and their pages counted with
 * pdfinfo; Concordat's signatures are checked once with pdfsig. The figures go to docs/benchmarks.md.
 *
 * <pre>java -cp ... org.concordat.bench.DocumentBenchmarks docs/benchmarks.md [fresh-process runs] [new-profile runs]</pre>
 */
public final class DocumentBenchmarks {

    private static final Path OUT = DocumentBenchmark.OUTPUT;
    private static final double TARGET_MS = 300;
    private static final double TARGET_RATIO = 20;
    /** Documents converted by one LibreOffice process for the warm figure (the first one included). */
    private static final int WARM_BATCH = 11;

    private DocumentBenchmarks() {
    }

    /** One timed LibreOffice process: wall time, and the peak RSS that GNU time reports for it and its children. */
    record Conversion(double millis, long peakKb) {
    }

    record Row(String name, int samples, double median, double p90, String memory) {
    }

    public static void main(String[] args) throws Exception {
        Path report = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
        int freshRuns = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int newProfileRuns = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Files.createDirectories(OUT);

        // Concordat's document, once, to count its pages and check its signatures.
        Path signed = OUT.resolve("concordat-100-flows-signed.pdf");
        Files.write(signed, DocumentBenchmark.renderAndSign());
        int concordatPages = pages(signed);
        Path nss = OUT.resolve("nss");
        delete(nss); // certutil -N does not answer on a database that exists
        String pdfsig = run(List.of("pdfsig", "-nssdir", "sql:" + SigningFixture.nssTrustingTheAuthority(nss), signed.toString()));
        Files.writeString(OUT.resolve("pdfsig.txt"), pdfsig);
        long valid = pdfsig.lines().filter(l -> l.contains("Signature Validation: Signature is Valid.")).count();
        long trusted = pdfsig.lines().filter(l -> l.contains("Certificate Validation: Certificate is Trusted.")).count();
        long signatures = pdfsig.lines().filter(l -> l.matches("Signature #\\d+:")).count();
        System.out.println(pdfsig);

        // The baseline's input, untimed: the same agreement as flat ODT, made a DOCX by LibreOffice itself.
        Path fodt = OUT.resolve("agreement-100-flows.fodt");
        Files.writeString(fodt, OfficeDocument.flatOdt(SigningFixture.LARGE));
        Path profile = OUT.resolve("lo-profile").toAbsolutePath();
        delete(profile);
        run(List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore", "--convert-to",
                "docx:MS Word 2007 XML", "--outdir", OUT.toString(), fodt.toString()));
        Path docx = OUT.resolve("agreement-100-flows.docx");
        if (!Files.isRegularFile(docx)) {
            throw new IllegalStateException("LibreOffice did not write " + docx);
        }
        String libreOffice = run(List.of("soffice", "--version")).strip();

        // Concordat, in-process and warm.
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(DocumentBenchmark.class.getName() + "\\.").addProfiler(GCProfiler.class).build()).run();

        // LibreOffice: a fresh process per conversion, the profile already set up (it was, by the DOCX step above).
        List<Conversion> fresh = new ArrayList<>();
        Path pdf = OUT.resolve("agreement-100-flows.pdf");
        for (int i = 0; i < freshRuns; i++) {
            Files.deleteIfExists(pdf);
            fresh.add(convert(profile, List.of(docx)));
            if (!Files.isRegularFile(pdf)) {
                throw new IllegalStateException("LibreOffice did not write " + pdf);
            }
        }
        int officePages = pages(pdf);
        // A brand-new profile each time: a first conversion on a machine (or in a container).
        List<Conversion> firstEver = new ArrayList<>();
        for (int i = 0; i < newProfileRuns; i++) {
            Path empty = OUT.resolve("lo-profile-new").toAbsolutePath();
            delete(empty);
            firstEver.add(convert(empty, List.of(docx)));
        }
        // Warm: one process converting WARM_BATCH copies; the extra documents' time, per document.
        Path batch = OUT.resolve("batch");
        delete(batch);
        Files.createDirectories(batch);
        List<Path> copies = new ArrayList<>();
        for (int i = 1; i <= WARM_BATCH; i++) {
            copies.add(Files.copy(docx, batch.resolve(String.format(Locale.ROOT, "agreement-%02d.docx", i))));
        }
        List<Conversion> batches = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            batches.add(convert(profile, copies));
        }

        // The figures.
        RunResult whole = result(results, "renderAndSignTwice");
        double concordatMedian = percentile(whole, 50);
        double freshMedian = median(fresh.stream().map(Conversion::millis).toList());
        double batchMedian = median(batches.stream().map(Conversion::millis).toList());
        double warmPerDocument = (batchMedian - freshMedian) / (WARM_BATCH - 1);
        double ratio = freshMedian / concordatMedian;
        double warmRatio = warmPerDocument / concordatMedian;

        StringBuilder concordat = new StringBuilder();
        for (String name : List.of("renderAndSignTwice", "render", "signTwice", "unsealOneKey")) {
            RunResult r = result(results, name);
            concordat.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %s | %s |%n", name,
                    r.getPrimaryResult().getStatistics().getN(), percentile(r, 50), percentile(r, 90),
                    mebibytes(allocatedPerOp(r)), mebibytes(rssKb(name) * 1024)));
        }
        String office = String.join("\n",
                officeRow("fresh process, profile set up (an IG lead's conversion) — **the baseline**", fresh),
                officeRow("fresh process, new profile (first conversion on a machine)", firstEver),
                officeRow("one process converting " + WARM_BATCH + " copies (whole batch)", batches),
                String.format(Locale.ROOT, "| warm: each further document in that process ((batch − fresh) / %d) | — | %.0f | — | — |",
                        WARM_BATCH - 1, warmPerDocument));

        BenchmarkReport.replaceSection(report, "document", "## Documents: render and sign an agreement of 100 flows, against LibreOffice\n\n"
                + "- Machine: " + BenchmarkReport.machine() + " (the JMH forks: `-Xms64m -Xmx512m`, WildFly's default heap)\n"
                + "- Date: " + LocalDate.now() + "\n"
                + "- Command: `bash bench/document.sh` (JMH 1.37, sample time: every call timed; 1 fork per benchmark,"
                + " 5 × 2 s warm-up, 10 × 2 s measurement; GC profiler for the bytes allocated per call), then LibreOffice"
                + " in the same run, one conversion at a time\n"
                + "- Concordat: `SigningFixture.LARGE` (100 flows, the agreement the signing tests check) rendered to PDF/A by"
                + " `PdfBoxRenderer`, then signed by `PadesSigner` twice, incrementally — the council's certification, then"
                + " the police's approval — each key unsealed first, as at each approval; in-process, warm. " + concordatPages
                + " pages, " + kib(Files.size(signed)) + ". pdfsig: " + signatures + " signatures, " + valid + " valid, "
                + trusted + " trusted (Concordat's authority in its NSS store); output in `target/document-bench/pdfsig.txt`.\n"
                + "- Baseline: " + libreOffice + ", `soffice --headless --convert-to pdf` of the same agreement as a DOCX"
                + " (written from the same document model and words as flat ODT by `OfficeDocument`, turned into DOCX by"
                + " LibreOffice once, untimed): cover, contents, the sections, the 100 flows as a table, lawful basis, annex,"
                + " signature page. " + officePages + " pages, " + kib(Files.size(pdf)) + "; a plain PDF, neither PDF/A nor"
                + " signed (the baseline does less). Memory: peak RSS of the process and its children (GNU time).\n"
                + "- Target: median under " + (int) TARGET_MS + " ms and at least " + (int) TARGET_RATIO + "× faster than"
                + " the baseline.\n\n"
                + "| Concordat (JMH) | calls timed | median ms | p90 ms | allocated per call | peak RSS of the fork |\n"
                + "|---|---|---|---|---|---|\n" + concordat
                + "\n| LibreOffice | runs | median ms | p90 ms | peak RSS |\n|---|---|---|---|---|\n" + office + "\n\n"
                + String.format(Locale.ROOT, "Pages (pdfinfo): Concordat %d, LibreOffice %d. Ratio LibreOffice (fresh process) /"
                        + " Concordat, medians: **%.1f×** (%.0f ms / %.1f ms); against LibreOffice's warm per-document figure:"
                        + " %.1f×.%n%n", concordatPages, officePages, ratio, freshMedian, concordatMedian, warmRatio)
                + String.format(Locale.ROOT, "Target: median under %d ms — %s (%.1f ms); at least %d× faster — %s (%.1f×).%n",
                (int) TARGET_MS, concordatMedian < TARGET_MS ? "met" : "**missed**", concordatMedian, (int) TARGET_RATIO,
                ratio >= TARGET_RATIO ? "met" : "**missed**", ratio));
    }

    private static String officeRow(String name, List<Conversion> runs) {
        List<Double> millis = runs.stream().map(Conversion::millis).toList();
        long peak = runs.stream().mapToLong(Conversion::peakKb).max().orElse(0);
        return String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %s |", name, runs.size(), median(millis),
                percentile(millis, 90), mebibytes(peak * 1024));
    }

    /** One LibreOffice process converting the given documents to PDF, timed from the outside. */
    private static Conversion convert(Path profile, List<Path> documents) throws IOException, InterruptedException {
        Path rss = OUT.resolve("lo-rss.txt");
        List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-f", "%M", "-o", rss.toString(), "soffice",
                "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore", "--convert-to", "pdf", "--outdir",
                documents.get(0).getParent().toString()));
        documents.forEach(d -> command.add(d.toString()));
        long start = System.nanoTime();
        run(command);
        double millis = (System.nanoTime() - start) / 1e6;
        String[] lines = Files.readString(rss).strip().split("\n");
        return new Conversion(millis, Long.parseLong(lines[lines.length - 1].strip()));
    }

    private static RunResult result(Collection<RunResult> results, String method) {
        return results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + method)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No result for " + method));
    }

    private static double percentile(RunResult result, double p) {
        Statistics statistics = result.getPrimaryResult().getStatistics();
        return statistics.getPercentile(p);
    }

    private static double allocatedPerOp(RunResult result) {
        return result.getSecondaryResults().entrySet().stream().filter(e -> e.getKey().endsWith("gc.alloc.rate.norm"))
                .map(e -> ((Result<?>) e.getValue()).getScore()).findFirst().orElse(Double.NaN);
    }

    private static long rssKb(String method) {
        try {
            return Long.parseLong(Files.readString(OUT.resolve("rss-" + method + ".kb")).strip());
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    private static int pages(Path pdf) throws IOException, InterruptedException {
        Matcher m = Pattern.compile("(?m)^Pages:\\s+(\\d+)").matcher(run(List.of("pdfinfo", pdf.toString())));
        if (!m.find()) {
            throw new IllegalStateException("pdfinfo found no page count in " + pdf);
        }
        return Integer.parseInt(m.group(1));
    }

    private static double median(List<Double> values) {
        return percentile(values, 50);
    }

    /** Linear interpolation between the closest ranks (as JMH's percentiles). */
    private static double percentile(List<Double> values, double p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double rank = p / 100 * (sorted.length - 1);
        int low = (int) Math.floor(rank);
        int high = Math.min(low + 1, sorted.length - 1);
        return sorted[low] + (rank - low) * (sorted[high] - sorted[low]);
    }

    private static String mebibytes(double bytes) {
        return bytes <= 0 || Double.isNaN(bytes) ? "—" : String.format(Locale.ROOT, "%.1f MiB", bytes / (1024 * 1024));
    }

    private static String kib(long bytes) {
        return String.format(Locale.ROOT, "%d KiB", Math.round(bytes / 1024.0));
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish");
        }
        if (process.exitValue() != 0 && !command.get(0).equals("pdfsig")) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "): " + output);
        }
        return output;
    }

    private static void delete(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }
}
