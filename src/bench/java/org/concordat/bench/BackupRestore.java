package org.concordat.bench;

import static org.concordat.bench.BenchSupport.shell;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.concordat.it.support.Api;
import org.concordat.it.support.Partnership;

/**
 * A backup taken while Concordat is in use, restored into an empty database, and a new installation started on it
 * (issue 21): everything committed before the backup began must be there — every agreement version, approval,
 * signed document and signature, sharing decision and audit entry, by id — every signed PDF must come back byte for
 * byte and verify on the new installation, and the new installation must still sign (its keys are sealed under
 * CONCORDAT_CA_PASSWORD, which is kept apart from the database). Not a test: run by bench/backup-restore.sh.
 *
 * <p>Usage: BackupRestore balancerUrl adminEmail adminPassword sourceJdbcUrl restoredJdbcUrl backupCommand
 * restoreCommand startRestoredCommand report
 */
public final class BackupRestore {

    /** The tables whose rows must all come back: what people did and what was signed. */
    private static final List<String> KEPT = List.of("agreement_version", "agreement_decision", "signed_document",
            "document_signature", "sharing_decision", "audit_event");
    private static final int SIGNED_AGREEMENTS = 6;

    private BackupRestore() {
    }

    public static void main(String[] args) throws Exception {
        URI balancer = URI.create(args[0]);
        String sourceJdbc = args[3];
        String restoredJdbc = args[4];
        List<String> lines = new ArrayList<>();

        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        FaultPartnership backup = FaultPartnership.create(balancer, args[1], args[2], "Backup");
        Partnership.Member lead = backup.lead();
        Partnership.Member teacher = backup.teacher();
        Map<Long, byte[]> signed = new LinkedHashMap<>();
        for (int i = 0; i < SIGNED_AGREEMENTS; i++) {
            long versionId = backup.approved("Backed up " + i);
            signed.put(versionId, signedPdf(client, balancer, lead, versionId));
        }
        System.out.printf("%d agreements approved and signed%n", signed.size());

        // In use while the backup is taken: a practitioner records decisions all the while.
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger number = new AtomicInteger();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Thread decisions = BenchSupport.daemon("decisions", () -> {
            while (running.get()) {
                String reference = "BR-2026-" + (1000 + number.incrementAndGet());
                Api.Response r = teacher.api().send("POST", "/api/v1/sharing-decisions",
                        backup.decision(signed.keySet().iterator().next(), reference));
                if (r.status() == 201) {
                    acknowledged.add(reference);
                }
            }
        });
        decisions.start();
        Thread.sleep(3000);
        // What was committed before the backup began: every id of every kept table.
        Map<String, Set<Long>> before = ids(sourceJdbc);
        Set<String> acknowledgedBefore = new TreeSet<>(acknowledged);
        long backupStarted = System.nanoTime();
        shell(args[5]);
        long backupMs = (System.nanoTime() - backupStarted) / 1_000_000;
        Thread.sleep(2000);
        running.set(false);
        decisions.join(30_000);
        System.out.printf("backup taken in %d ms while %d decisions were recorded%n", backupMs, acknowledged.size());

        long restoreStarted = System.nanoTime();
        shell(args[6]);
        long restoreMs = (System.nanoTime() - restoreStarted) / 1_000_000;
        System.out.println("restored; starting a new installation on the restored database");
        shell(args[7]);

        // The restored installation: the same people, the same tokens (stored as hashes), the same documents.
        Map<String, Set<Long>> after = ids(restoredJdbc);
        List<String> missing = new ArrayList<>();
        StringBuilder counts = new StringBuilder();
        for (String table : KEPT) {
            Set<Long> lost = new TreeSet<>(before.get(table));
            lost.removeAll(after.get(table));
            counts.append(table).append(' ').append(before.get(table).size()).append(" → ").append(after.get(table).size())
                    .append("; ");
            if (!lost.isEmpty()) {
                missing.add(table + ": " + lost.size() + " rows missing");
            }
        }
        Set<String> decisionsAfter = caseReferences(restoredJdbc);
        Set<String> decisionsLost = new TreeSet<>(acknowledgedBefore);
        decisionsLost.removeAll(decisionsAfter);
        int sameBytes = 0;
        int verified = 0;
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<Long, byte[]> document : signed.entrySet()) {
            byte[] restored = signedPdf(client, balancer, lead, document.getKey());
            boolean same = sha256(restored).equals(sha256(document.getValue()));
            sameBytes += same ? 1 : 0;
            String outcome = verify(balancer, restored);
            verified += "VALID".equals(outcome) ? 1 : 0;
            if (!same || !"VALID".equals(outcome)) {
                wrong.add("version " + document.getKey() + ": " + (same ? "same bytes" : "different bytes") + ", " + outcome);
            }
        }
        long afterRestore = backup.approved("After the restore");
        int newSignatures = BenchSupport.signatures(signedPdf(client, balancer, lead, afterRestore));

        lines.add(String.format(Locale.ROOT, "- **Backup while in use, restored into an empty database, a new installation"
                        + " started on it:** `pg_dump` took %.1f s while a practitioner recorded decisions (%d acknowledged"
                        + " before it began, %d in all); `pg_restore` %.1f s. Rows committed before the backup began, by"
                        + " table (then → restored): %s%s. Acknowledged decisions %s. Of %d signed PDFs, %d came back byte"
                        + " for byte and %d verify as VALID on the new installation%s. An agreement approved on the new"
                        + " installation was signed by both parties (%d signatures): the sealed keys opened with the same"
                        + " CONCORDAT_CA_PASSWORD.",
                backupMs / 1000.0, acknowledgedBefore.size(), acknowledged.size(), restoreMs / 1000.0, counts.toString().strip(),
                missing.isEmpty() ? " — none missing" : " — **" + String.join(", ", missing) + "**",
                decisionsLost.isEmpty() ? "before the backup: all there" : "**missing: " + decisionsLost.size() + "**",
                signed.size(), sameBytes, verified, wrong.isEmpty() ? "" : ": **" + String.join("; ", wrong) + "**",
                newSignatures));
        lines.forEach(System.out::println);
        BenchSupport.writeSection(Path.of(args[8]), "backup-restore", "Measured " + LocalDate.now()
                + " with `bash bench/backup-restore.sh` (PostgreSQL and WildFly on this machine: " + BenchSupport.machine()
                + "):\n\n" + String.join("\n", lines));
        if (!missing.isEmpty() || !decisionsLost.isEmpty() || !wrong.isEmpty() || newSignatures != 2) {
            throw new IllegalStateException("the restored installation lost something (see above)");
        }
    }

    /** A signed PDF is what the run compares after the restore: one not signed in time ends the run. */
    private static byte[] signedPdf(HttpClient client, URI base, Partnership.Member reader, long versionId)
            throws IOException, InterruptedException {
        byte[] pdf = BenchSupport.signedPdf(client, base, reader.token(), versionId, 2, 120);
        BenchSupport.require(pdf != null, "version " + versionId + " was not signed within two minutes");
        return pdf;
    }

    /** The verification endpoint's outcome (VALID, …) for a PDF; waits when the per-address limit is reached. */
    private static String verify(URI base, byte[] pdf) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        for (int attempt = 0; attempt < 10; attempt++) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/verifications"))
                    .header("Content-Type", "application/pdf").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 429) {
                Thread.sleep(1000L * Long.parseLong(r.headers().firstValue("Retry-After").orElse("10")));
                continue;
            }
            if (r.statusCode() != 200) {
                return "HTTP " + r.statusCode();
            }
            try (var reader = Json.createReader(new StringReader(r.body()))) {
                JsonObject verdict = reader.readObject();
                return verdict.getString("outcome");
            }
        }
        return "rate-limited";
    }

    private static Map<String, Set<Long>> ids(String jdbcUrl) throws SQLException {
        Map<String, Set<Long>> ids = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres"); Statement s = db.createStatement()) {
            for (String table : KEPT) {
                Set<Long> rows = new TreeSet<>();
                try (ResultSet rs = s.executeQuery("SELECT id FROM " + table)) {
                    while (rs.next()) {
                        rows.add(rs.getLong(1));
                    }
                }
                ids.put(table, rows);
            }
        }
        return ids;
    }

    private static Set<String> caseReferences(String jdbcUrl) throws SQLException {
        Set<String> references = new TreeSet<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres"); Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT case_reference FROM sharing_decision WHERE case_reference LIKE 'BR-2026-%'")) {
            while (rs.next()) {
                references.add(rs.getString(1));
            }
        }
        return references;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
