package org.concordat.document.signing.infrastructure;

import static org.concordat.document.signing.infrastructure.SigningFixture.INSPECTOR;
import static org.concordat.document.signing.infrastructure.SigningFixture.KEYS;
import static org.concordat.document.signing.infrastructure.SigningFixture.LARGE;
import static org.concordat.document.signing.infrastructure.SigningFixture.LARGE_RENDERED;
import static org.concordat.document.signing.infrastructure.SigningFixture.LARGE_SIGNED;
import static org.concordat.document.signing.infrastructure.SigningFixture.SAMPLES;
import static org.concordat.document.signing.infrastructure.SigningFixture.SMALL;
import static org.concordat.document.signing.infrastructure.SigningFixture.SMALL_RENDERED;
import static org.concordat.document.signing.infrastructure.SigningFixture.SMALL_SIGNED;
import static org.concordat.document.signing.infrastructure.SigningFixture.TRUST;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.concordat.document.render.domain.DocumentModel;
import org.concordat.document.signing.domain.DocumentSigner;
import org.concordat.document.verification.domain.Inspection;
import org.concordat.document.verification.domain.Inspection.Later;
import org.concordat.document.signing.domain.SigningKey;
import org.concordat.document.render.infrastructure.VeraPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Render, sign with two parties, verify: with Concordat's own inspector and with independent tools (poppler's pdfsig,
 * qpdf, veraPDF). The signed documents are left in target/pdf-samples/.
 */
class SignedDocumentTest {

    @Test
    void bothSignaturesAreIntactAndTrustedTheFirstCertifiesAndOnlyTheLastCoversTheWholeFile() {
        for (byte[] signed : List.of(SMALL_SIGNED, LARGE_SIGNED)) {
            Inspection inspection = INSPECTOR.inspect(signed, TRUST, Instant.now());
            assertTrue(inspection.readable(), inspection.problem());
            assertEquals(2, inspection.signatures().size());
            Inspection.Signature council = inspection.signatures().get(0);
            Inspection.Signature police = inspection.signatures().get(1);
            for (Inspection.Signature s : inspection.signatures()) {
                assertTrue(s.intact(), s.intactProblem());
                assertTrue(s.trusted(), s.trustProblem());
            }
            assertEquals("Helen Carter", council.name());
            assertEquals("Approved on behalf of Northshire County Council", council.reason());
            assertEquals(SigningFixture.COUNCIL_APPROVED, council.claimedAt());
            assertTrue(council.certification());
            assertEquals(2, council.permission(), "DocMDP P=2: only form filling and signing afterwards");
            assertEquals(Later.SIGNATURES_ONLY, council.later());
            assertEquals("Approved on behalf of Northshire Constabulary", police.reason());
            assertFalse(police.certification());
            assertEquals(Later.NOTHING, police.later());
            assertEquals(signed.length, police.revisionLength());
            assertArrayEquals(SMALL_SIGNED == signed ? SMALL.json() : LARGE.json(), inspection.attachment());
        }
    }

    @Test
    void eachSignatureIsAnIncrementalUpdateThatKeepsTheRenderingIntact() {
        assertArrayEquals(SMALL_RENDERED, Arrays.copyOf(SMALL_SIGNED, SMALL_RENDERED.length));
        assertArrayEquals(LARGE_RENDERED, Arrays.copyOf(LARGE_SIGNED, LARGE_RENDERED.length));
    }

    @Test
    void theCmsSignatureIsPadesBaselineSigningCertificateV2AndNoSigningTime() throws Exception {
        try (PDDocument document = Loader.loadPDF(SMALL_SIGNED)) {
            for (PDSignature signature : document.getSignatureDictionaries()) {
                assertEquals("ETSI.CAdES.detached", signature.getSubFilter());
                assertEquals("Adobe.PPKLite", signature.getFilter());
                SignerInformation signer = cms(signature.getContents(SMALL_SIGNED)).getSignerInfos().getSigners().iterator().next();
                assertNull(signer.getSignedAttributes().get(CMSAttributes.signingTime), "PAdES forbids signingTime");
                assertNotNull(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2));
                assertEquals(NISTObjectIdentifiers.id_sha256.getId(), signer.getDigestAlgOID());
            }
            COSDictionary permissions = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PERMS);
            assertNotNull(permissions.getItem(COSName.DOCMDP), "the catalogue points at the certifying signature");
        }
    }

    @Test
    void pdfsigFindsBothSignaturesValidAndTrustedAndOnlyTheLastCoveringTheWholeFile(@TempDir Path temp) throws Exception {
        Path nss = SigningFixture.nssTrustingTheAuthority(temp.resolve("nss"));
        for (String sample : List.of("dsa-signed-2-parties.pdf", "dsa-100-flows-signed.pdf")) {
            String report = SigningFixture.run(List.of("pdfsig", "-nssdir", "sql:" + nss, SAMPLES.resolve(sample).toString()));
            assertEquals(2, count(report, "Signature Validation: Signature is Valid."), report);
            assertEquals(2, count(report, "Certificate Validation: Certificate is Trusted."), report);
            assertEquals(2, count(report, "Signature Type: ETSI.CAdES.detached"), report);
            int first = report.indexOf("Signature #1");
            int second = report.indexOf("Signature #2");
            assertTrue(report.substring(first, second).contains("Not total document signed"), report);
            assertTrue(report.substring(second).contains("- Total document signed"), report);
        }
        // Without the authority in its trust store, pdfsig still finds the signatures valid, but not trusted.
        String untrusting = SigningFixture.run(List.of("pdfsig", SAMPLES.resolve("dsa-signed-2-parties.pdf").toString()));
        assertEquals(2, count(untrusting, "Signature is Valid."), untrusting);
        assertEquals(0, count(untrusting, "Certificate is Trusted."), untrusting);
    }

    @Test
    void qpdfFindsNoProblemInTheSignedDocuments() throws Exception {
        for (String sample : List.of("dsa-signed-2-parties.pdf", "dsa-100-flows-signed.pdf")) {
            Process qpdf = new ProcessBuilder("qpdf", "--check", SAMPLES.resolve(sample).toString()).redirectErrorStream(true).start();
            String output = new String(qpdf.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, qpdf.waitFor(), sample + ": " + output);
            assertTrue(output.contains("No syntax or stream encoding errors found"), output);
        }
    }

    @Test
    void veraPdfFindsTheSignedDocumentsStillValidTaggedPdfA3aAndPdfUa1() throws Exception {
        // Each signature adds a widget (invisible, no area) and an incremental update: the tags must survive both.
        VeraPdf.assertTaggedPdfA3aAndPdfUa1("the agreement of 3 flows signed by both parties", SMALL_SIGNED);
        VeraPdf.assertTaggedPdfA3aAndPdfUa1("the agreement of 100 flows signed by both parties", LARGE_SIGNED);
    }

    @Test
    void aCopyWithOneByteOfPageContentChangedFailsVerification() throws Exception {
        byte[] tampered = SMALL_SIGNED.clone();
        int at = insideContentStreamOfPage(SMALL_SIGNED, 2);
        tampered[at] ^= 0x01;
        Inspection inspection = INSPECTOR.inspect(tampered, TRUST, Instant.now());
        assertTrue(inspection.readable(), inspection.problem());
        assertEquals(2, inspection.signatures().size());
        for (Inspection.Signature s : inspection.signatures()) {
            assertFalse(s.intact(), "signature " + s.index() + " must break");
            assertTrue(s.intactProblem().contains("changed after signing"), s.intactProblem());
        }
    }

    @Test
    void anythingButASignatureAddedAfterSigningIsReportedAgainstEverySignatureBeforeIt() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = Loader.loadPDF(SMALL_SIGNED)) {
            document.getDocumentInformation().setTitle("A different agreement");
            document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            document.saveIncremental(out);
        }
        Inspection inspection = INSPECTOR.inspect(out.toByteArray(), TRUST, Instant.now());
        for (Inspection.Signature s : inspection.signatures()) {
            assertTrue(s.intact(), "the signed bytes are untouched: " + s.intactProblem());
            assertEquals(Later.OTHER_CHANGES, s.later());
        }
    }

    @Test
    void aSignatureWhoseCertificateNobodyRegisteredIsIntactButNotTrusted() throws Exception {
        TestCertificates.Issued root = TestCertificates.root("Someone's Root", Instant.now().minus(Duration.ofDays(10)),
                Instant.now().plus(Duration.ofDays(400)));
        TestCertificates.Issued leaf = TestCertificates.leaf(root, "Someone", Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(300)), KeyUsage.digitalSignature);
        byte[] signed = SigningFixture.SIGNER.sign(SMALL_RENDERED, SigningFixture.council(true),
                new SigningKey(leaf.keys().getPrivate(), List.of(leaf.certificate(), root.certificate()))).pdf();
        Inspection.Signature only = INSPECTOR.inspect(signed, TRUST, Instant.now()).signatures().get(0);
        assertTrue(only.intact(), only.intactProblem());
        assertFalse(only.trusted());
        assertTrue(only.trustProblem().contains("neither issued by Concordat's certification authority nor registered"),
                only.trustProblem());
    }

    @Test
    void textExtractionFromTheSignedDocumentFindsEveryFlowsLawfulBasis() throws Exception {
        for (var sample : List.of(new Object[] {SMALL, SMALL_SIGNED}, new Object[] {LARGE, LARGE_SIGNED})) {
            DocumentModel model = (DocumentModel) sample[0];
            String text;
            try (PDDocument document = Loader.loadPDF((byte[]) sample[1])) {
                text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            }
            for (DocumentModel.Flow flow : model.flows()) {
                for (DocumentModel.LegalBasis basis : flow.legalBasis()) {
                    assertTrue(text.contains(basis.provision().title()), flow.key() + ": " + basis.provision().title());
                    assertTrue(text.contains(basis.provision().citation()), flow.key() + ": " + basis.provision().citation());
                }
            }
        }
    }

    @Test
    void withATimeStampingAuthorityEachSignatureCarriesItsTimestamp() throws Exception {
        TestCertificates.Issued root = TestCertificates.root("Test TSA Root", Instant.now().minus(Duration.ofDays(10)),
                Instant.now().plus(Duration.ofDays(400)));
        TestCertificates.Issued tsa = TestCertificates.timestamping(root, "Test Time-Stamping Authority",
                Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(300)));
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                .build("SHA256withRSA", tsa.keys().getPrivate(), tsa.certificate()),
                new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
        tokens.addCertificates(new JcaCertStore(List.of(tsa.certificate())));
        TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
        Instant stampedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        AtomicLong serial = new AtomicLong();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/tsa", exchange -> {
            try {
                TimeStampRequest request = new TimeStampRequest(exchange.getRequestBody().readAllBytes());
                byte[] answer = responses.generate(request, BigInteger.valueOf(serial.incrementAndGet()), Date.from(stampedAt)).getEncoded();
                exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                exchange.sendResponseHeaders(200, answer.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(answer);
                }
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
            }
        });
        server.start();
        try {
            PadesSigner stamping = new PadesSigner(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa"));
            DocumentSigner.Signed once = stamping.sign(SMALL_RENDERED, SigningFixture.council(true), KEYS.unseal(SigningFixture.COUNCIL));
            DocumentSigner.Signed twice = stamping.sign(once.pdf(), SigningFixture.police(), KEYS.unseal(SigningFixture.POLICE));
            assertTrue(once.timestamped() && twice.timestamped());
            assertEquals(2, serial.get(), "one timestamp per signature");
            Inspection inspection = INSPECTOR.inspect(twice.pdf(), TRUST, Instant.now());
            for (Inspection.Signature s : inspection.signatures()) {
                assertTrue(s.intact(), s.intactProblem());
                assertTrue(s.trusted(), s.trustProblem());
                assertEquals(stampedAt, s.timestampedAt());
            }
            Files.write(SAMPLES.resolve("dsa-signed-2-parties-timestamped.pdf"), twice.pdf());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anUnreachableTimeStampingAuthorityLeavesTheSignatureWithoutATimestamp() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        DocumentSigner.Signed signed = new PadesSigner(URI.create("http://127.0.0.1:" + closed + "/tsa"))
                .sign(SMALL_RENDERED, SigningFixture.council(true), KEYS.unseal(SigningFixture.COUNCIL));
        assertFalse(signed.timestamped());
        Inspection.Signature only = INSPECTOR.inspect(signed.pdf(), TRUST, Instant.now()).signatures().get(0);
        assertTrue(only.intact() && only.trusted());
        assertNull(only.timestampedAt());
    }

    /** The offset of a byte in the middle of the (compressed) content stream of a page, counted from 1. */
    static int insideContentStreamOfPage(byte[] pdf, int page) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSObject contents = (COSObject) document.getPage(page - 1).getCOSObject().getItem(COSName.CONTENTS);
            long offset = document.getDocument().getXrefTable().get(contents.getKey());
            String tail = new String(pdf, (int) offset, 400, StandardCharsets.ISO_8859_1);
            Matcher length = Pattern.compile("/Length (\\d+)").matcher(tail);
            assertTrue(length.find(), tail);
            int start = (int) offset + tail.indexOf("stream") + "stream".length();
            start += pdf[start] == '\r' ? 2 : 1;
            return start + Integer.parseInt(length.group(1)) / 2;
        }
    }

    private static CMSSignedData cms(byte[] contents) throws Exception {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            return new CMSSignedData(ContentInfo.getInstance(in.readObject()));
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
