package org.concordat.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** What the fault and soak runs share: their report sections, the signed PDF they wait for, threads and commands. */
final class BenchSupport {

    private BenchSupport() {
    }

    /**
     * Puts a run's figures into its report between {@code <!-- marker:start -->} and {@code <!-- marker:end -->},
     * replacing the previous run's (or at the end, the first time), so that the page keeps its prose around them.
     */
    static void writeSection(Path report, String marker, String body) throws IOException {
        String start = "<!-- " + marker + ":start -->";
        String end = "<!-- " + marker + ":end -->";
        String section = start + "\n\n" + body.strip() + "\n\n" + end;
        String text = Files.exists(report) ? Files.readString(report, StandardCharsets.UTF_8) : "";
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        text = from >= 0 && to > from ? text.substring(0, from) + section + text.substring(to + end.length())
                : text + "\n" + section + "\n";
        Files.writeString(report, text, StandardCharsets.UTF_8);
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
