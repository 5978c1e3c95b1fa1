package org.concordat.document.signing.infrastructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.concordat.document.signing.domain.Certificates;
import org.concordat.document.render.domain.DocumentModel;
import org.concordat.document.signing.domain.SealedCredential;
import org.concordat.document.signing.domain.SignatureRequest;
import org.concordat.document.signing.domain.SigningKey;
import org.concordat.document.verification.domain.TrustAnchors;
import org.concordat.document.render.infrastructure.PdfBoxRenderer;
import org.concordat.document.verification.infrastructure.PdfInspector;
import org.concordat.document.render.infrastructure.SampleDocuments;

/**
 * What the signing tests share, made once: Concordat's authority, credentials for two organisations, and two
 * documents rendered and signed by both (a three-flow agreement and one of 100 flows), left in target/pdf-samples/.
 * Public for the document benchmark (src/bench/java), which renders and signs exactly as these tests check.
 */
public final class SigningFixture {

    public static final Path SAMPLES = Path.of("target", "pdf-samples");
    /** Real time (a day ago): pdfsig checks the certificates as of today. */
    public static final Instant NOW = Instant.now().minus(java.time.Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    public static final Instant COUNCIL_APPROVED = NOW.plus(java.time.Duration.ofMinutes(75));
    public static final Instant POLICE_APPROVED = NOW.plus(java.time.Duration.ofHours(20));

    public static final BouncyCastleKeys KEYS = unlocked(new BouncyCastleKeys("fixture-signing-password".toCharArray()));
    public static final BouncyCastleAuthority AUTHORITY_CA = new BouncyCastleAuthority(KEYS);
    public static final PdfBoxRenderer RENDERER = new PdfBoxRenderer();
    public static final PadesSigner SIGNER = new PadesSigner((java.net.URI) null);
    public static final PdfInspector INSPECTOR = new PdfInspector();

    public static final SealedCredential AUTHORITY = AUTHORITY_CA.newAuthority("Concordat signing authority", NOW);
    public static final SigningKey AUTHORITY_KEY = KEYS.unseal(AUTHORITY);
    public static final SealedCredential COUNCIL = AUTHORITY_CA.issue(AUTHORITY_KEY, 1, "Northshire County Council", NOW);
    public static final SealedCredential POLICE = AUTHORITY_CA.issue(AUTHORITY_KEY, 2, "Northshire Constabulary", NOW);
    public static final TrustAnchors TRUST = new TrustAnchors(AUTHORITY.signer(), Map.of(
            Certificates.fingerprint(COUNCIL.signer()), COUNCIL.chain(), Certificates.fingerprint(POLICE.signer()), POLICE.chain()));

    public static final DocumentModel SMALL = SampleDocuments.agreement(3, false);
    public static final DocumentModel LARGE = SampleDocuments.agreement(100, false);
    public static final byte[] SMALL_RENDERED = RENDERER.render(SMALL);
    public static final byte[] SMALL_SIGNED = signedByBoth(SMALL_RENDERED);
    public static final byte[] LARGE_RENDERED = RENDERER.render(LARGE);
    public static final byte[] LARGE_SIGNED = signedByBoth(LARGE_RENDERED);

    static {
        try {
            Files.createDirectories(SAMPLES);
            Files.write(SAMPLES.resolve("dsa-signed-2-parties.pdf"), SMALL_SIGNED);
            Files.write(SAMPLES.resolve("dsa-100-flows-signed.pdf"), LARGE_SIGNED);
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private SigningFixture() {
    }

    /** Keys unlocked with a new installation's derivation, as SigningCredentials does at start-up. */
    public static BouncyCastleKeys unlocked(BouncyCastleKeys keys) {
        keys.unlock(keys.newDerivation());
        return keys;
    }

    public static SignatureRequest council(boolean certify) {
        return new SignatureRequest("Helen Carter", "signatory@council.northshire.example", "signatory",
                "Northshire County Council", COUNCIL_APPROVED, certify);
    }

    public static SignatureRequest police() {
        return new SignatureRequest("Chief Supt. Dan Hughes", "signatory@police.northshire.example", "signatory",
                "Northshire Constabulary", POLICE_APPROVED, false);
    }

    /** The council signs first (certifying the document), then the police. */
    public static byte[] signedByBoth(byte[] rendered) {
        byte[] once = SIGNER.sign(rendered, council(true), KEYS.unseal(COUNCIL)).pdf();
        return SIGNER.sign(once, police(), KEYS.unseal(POLICE)).pdf();
    }

    /**
     * An NSS database (what pdfsig reads) that trusts Concordat's authority. pdfsig checks a signer's certificate for
     * e-mail (S/MIME) signing, so the authority is trusted as an issuer for that use too ("C,C,"): "C,," alone trusts
     * it for TLS only, and pdfsig then reports the issuer as not trusted.
     */
    public static Path nssTrustingTheAuthority(Path directory) throws IOException, InterruptedException {
        Files.createDirectories(directory);
        Path pem = directory.resolve("concordat-ca.pem");
        Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes())
                .encodeToString(Certificates.encode(AUTHORITY.signer())) + "\n-----END CERTIFICATE-----\n");
        run(List.of("certutil", "-N", "--empty-password", "-d", "sql:" + directory));
        run(List.of("certutil", "-A", "-n", "concordat-ca", "-t", "C,C,", "-i", pem.toString(), "-d", "sql:" + directory));
        return directory;
    }

    public static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        int status = process.waitFor();
        if (status != 0 && !command.get(0).equals("pdfsig")) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + status + "): " + output);
        }
        return output;
    }
}
