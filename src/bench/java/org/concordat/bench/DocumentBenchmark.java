package org.concordat.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.concordat.document.signing.domain.SigningKey;
import org.concordat.document.signing.infrastructure.SigningFixture;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Concordat's document path as it happens in the application, in-process and warm: the agreement of 100 flows
 * ({@link SigningFixture#LARGE}, the one the signing tests check with pdfsig, qpdf and veraPDF) rendered to PDF/A by
 * {@code PdfBoxRenderer}, then signed twice by {@code PadesSigner} as two parties approve — the council's
 * certification signature, then the police's approval signature, each an incremental update, each with its sealed
 * key unsealed first as {@code SigningCredentials} does at every approval. The other benchmarks split that time.
 * Sample time: every call is timed, so the report gives the median and the 90th percentile. The fork runs with
 * WildFly's own default heap ({@code -Xms64m -Xmx512m}, bin/standalone.conf).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms64m", "-Xmx512m"})
public class DocumentBenchmark {

    /** Where each fork leaves its peak resident set size (VmHWM), for the report. */
    static final Path OUTPUT = Path.of("target", "document-bench");

    byte[] rendered;

    @Setup
    public void setUp() {
        rendered = SigningFixture.RENDERER.render(SigningFixture.LARGE);
    }

    /** The whole path: render, certify (council), approve (police). */
    @Benchmark
    public byte[] renderAndSignTwice() {
        return renderAndSign();
    }

    /** Only the rendering to PDF/A. */
    @Benchmark
    public byte[] render() {
        return SigningFixture.RENDERER.render(SigningFixture.LARGE);
    }

    /** Only the two signatures on the rendered document, keys unsealed as at each approval. */
    @Benchmark
    public byte[] signTwice() {
        return SigningFixture.signedByBoth(rendered);
    }

    /** Unsealing one party's key (AES-256-GCM under the key-encryption key derived at start-up): part of each signature. */
    @Benchmark
    public SigningKey unsealOneKey() {
        return SigningFixture.KEYS.unseal(SigningFixture.COUNCIL);
    }

    @TearDown(Level.Trial)
    public void peakMemory(BenchmarkParams params) throws IOException {
        String status = Files.readString(Path.of("/proc/self/status"));
        String peak = status.lines().filter(l -> l.startsWith("VmHWM:")).findFirst().orElse("VmHWM: 0 kB")
                .replaceAll("\\D", "");
        Files.createDirectories(OUTPUT);
        Files.writeString(OUTPUT.resolve("rss-" + params.getBenchmark().replaceAll(".*\\.", "") + ".kb"), peak);
    }

    static byte[] renderAndSign() {
        return SigningFixture.signedByBoth(SigningFixture.RENDERER.render(SigningFixture.LARGE));
    }
}
