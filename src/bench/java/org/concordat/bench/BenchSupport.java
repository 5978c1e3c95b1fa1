package org.concordat.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** What the fault and soak runs share: their report sections, the signed PDF they wait for, threads and commands. */
final class BenchSupport {

    private BenchSupport() {
    }

    /** Puts a run's figures into its report between its markers (docs/reliability.md, as {@link BenchmarkReport}). */
    static void writeSection(Path report, String marker, String body) throws IOException {
        BenchmarkReport.replaceSection(report, marker, body);
    }

    /**
     * What a JSON POST got back: its status (0 when no answer came), content type, whether it said when to try again,
     * and the exception's name when nothing came back.
     */
    record Answer(int status, String type, boolean retryAfter, String failure) {

        boolean success() {
            return status / 100 == 2;
        }

        /** A refusal a client can act on: 503 with Retry-After, as problem JSON (the API) or the try-again page. */
        boolean cleanRefusal() {
            return status == 503 && retryAfter && (type.startsWith("application/problem+json") || type.startsWith("text/html"));
        }
    }

    /** A JSON POST with a bearer token, as a partner system sends one, waiting at most 30 s for the answer. */
    static Answer post(HttpClient client, URI uri, String token, String json) throws InterruptedException {
        try {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri).timeout(java.time.Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Retry-After").isPresent(), null);
        } catch (IOException e) {
            return new Answer(0, "", false, e.getClass().getSimpleName());
        }
    }

    /** "2 cores, Linux": the machine a figure was measured on, as the reports name it. */
    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name");
    }

    /**
     * A version's signed PDF once it carries {@code wanted} signatures (the signing outbox works after the approvals
     * commit: 202 until then); null if it does not within the time given.
     */
    static byte[] signedPdf(HttpClient client, URI base, String token, long versionId, int wanted, long seconds)
            throws IOException, InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < until) {
            HttpResponse<byte[]> pdf = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/agreements/versions/"
                    + versionId + "/document.pdf")).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (pdf.statusCode() == 200 && signatures(pdf.body()) >= wanted) {
                return pdf.body();
            }
            Thread.sleep(500);
        }
        return null;
    }

    /**
     * How many signatures a version's PDF carries when it is first served signed; -1 if it is not within the time
     * given. The reconciling runs count rather than wait for two, so that a missing or doubled signature shows at once.
     */
    static int signatureCount(HttpClient client, URI base, String token, long versionId, long seconds)
            throws IOException, InterruptedException {
        byte[] pdf = signedPdf(client, base, token, versionId, 0, seconds);
        return pdf == null ? -1 : signatures(pdf);
    }

    /** How many signatures a PDF carries. */
    static int signatures(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getSignatureDictionaries().size();
        }
    }

    /** A daemon thread: if a step of the run fails, the program ends instead of loading the cluster for ever. */
    static Thread daemon(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        return t;
    }

    static void pause(long ms) {
        if (ms <= 0) {
            return;
        }
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs a shell command (a database stopped, a backup taken), its output shown; fails the run if it fails. */
    static void shell(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "-c", command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("failed: " + command);
        }
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
