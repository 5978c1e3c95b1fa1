package org.concordat.document.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.concordat.document.domain.KeyUnavailableException;
import org.concordat.document.domain.SealedCredential;
import org.concordat.document.domain.SigningKey;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Concordat's authority, the credentials it issues, sealed keys, and the checks on uploaded PKCS#12 files. */
class SigningKeysTest {

    static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    static final BouncyCastleKeys keys = new BouncyCastleKeys("test-signing-password".toCharArray());
    static SealedCredential authority;
    static SigningKey authorityKey;

    @BeforeAll
    static void authority() {
        authority = keys.newAuthority("Concordat signing authority", NOW);
        authorityKey = keys.unseal(authority);
    }

    @Test
    void theAuthorityIsASelfSignedCertificationAuthorityForTenYears() throws Exception {
        X509Certificate ca = authority.signer();
        assertEquals(ca.getSubjectX500Principal(), ca.getIssuerX500Principal());
        ca.verify(ca.getPublicKey());
        assertEquals(0, ca.getBasicConstraints(), "a CA that issues end-entity certificates only");
        assertTrue(ca.getKeyUsage()[5], "keyCertSign");
        assertEquals(NOW.atZone(ZoneOffset.UTC).plusYears(10).toInstant(), ca.getNotAfter().toInstant());
        assertTrue(ca.getSubjectX500Principal().getName().contains("CN=Concordat signing authority"));
        assertEquals("EC", ca.getPublicKey().getAlgorithm());
    }

    @Test
    void anIssuedCredentialSignsForItsOrganisationForThreeYears() throws Exception {
        SealedCredential issued = keys.issue(authorityKey, "Northshire County Council, Children's Services", NOW);
        X509Certificate certificate = issued.signer();
        assertEquals(2, issued.chain().size());
        assertEquals(authority.signer(), issued.chain().get(1));
        certificate.verify(authority.signer().getPublicKey());
        X500Principal subject = certificate.getSubjectX500Principal();
        assertEquals("CN=Northshire County Council\\, Children's Services,O=Northshire County Council\\, Children's Services",
                subject.getName());
        boolean[] usage = certificate.getKeyUsage();
        assertTrue(usage[0] && usage[1], "digital signature and non-repudiation");
        assertFalse(usage[5], "it cannot issue certificates");
        assertEquals(-1, certificate.getBasicConstraints());
        assertEquals(NOW.atZone(ZoneOffset.UTC).plusYears(3).toInstant(), certificate.getNotAfter().toInstant());
        assertTrue(certificate.getNotBefore().toInstant().isBefore(NOW), "valid at once, whatever the clocks' skew");
        SigningKey key = keys.unseal(issued);
        assertEquals(certificate, key.certificate());
        assertFalse(key.toString().contains(key.privateKey().toString()), "the key never reaches a log");
    }

    @Test
    void keysAreSealedAsEncryptedPkcs8AndOnlyTheRightPasswordUnsealsThem() {
        SealedCredential issued = keys.issue(authorityKey, "Northshire Police", NOW);
        SigningKey key = keys.unseal(issued);
        byte[] clear = key.privateKey().getEncoded();
        byte[] sealed = issued.sealedKey();
        EncryptedPrivateKeyInfo info = EncryptedPrivateKeyInfo.getInstance(sealed);
        assertEquals("1.2.840.113549.1.5.13", info.getEncryptionAlgorithm().getAlgorithm().getId(), "PBES2");
        assertFalse(contains(sealed, java.util.Arrays.copyOfRange(clear, clear.length - 32, clear.length)),
                "no part of the key is stored in clear");
        assertNotEquals(new String(sealed, StandardCharsets.ISO_8859_1), new String(keys.issue(authorityKey, "Northshire Police",
                NOW).sealedKey(), StandardCharsets.ISO_8859_1));

        BouncyCastleKeys otherPassword = new BouncyCastleKeys("another-password".toCharArray());
        KeyUnavailableException refused = assertThrows(KeyUnavailableException.class, () -> otherPassword.unseal(issued));
        assertFalse(refused.getMessage().contains("test-signing-password"), "the password is never in a message");
        byte[] damaged = issued.sealedKey();
        damaged[damaged.length - 5] ^= 0x5a;
        assertThrows(KeyUnavailableException.class, () -> keys.unseal(new SealedCredential(issued.chain(), damaged)));
        SealedCredential mismatched = new SealedCredential(keys.issue(authorityKey, "Someone else", NOW).chain(), issued.sealedKey());
        assertThrows(KeyUnavailableException.class, () -> keys.unseal(mismatched), "a key and another's certificate");
    }

    @Test
    void aGoodPkcs12IsReadWithItsChainAndItsKeySealed() throws Exception {
        TestCertificates.Issued root = TestCertificates.root("Northshire Council Root CA", NOW.minus(Duration.ofDays(400)), NOW.plus(Duration.ofDays(3000)));
        TestCertificates.Issued leaf = TestCertificates.leaf(root, "Northshire County Council", NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(700)), KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
        byte[] p12 = TestCertificates.pkcs12(leaf.keys().getPrivate(), List.of(leaf.certificate(), root.certificate()), "p12-password");
        SealedCredential read = keys.readPkcs12(p12, "p12-password".toCharArray(), NOW);
        assertEquals(List.of(leaf.certificate(), root.certificate()), read.chain());
        assertArrayEquals(leaf.keys().getPrivate().getEncoded(), keys.unseal(read).privateKey().getEncoded());
    }

    @Test
    void aWrongPasswordIsRefusedOnThePasswordField() throws Exception {
        byte[] p12 = goodPkcs12();
        assertEquals(List.of(new FieldError("password", "This password does not open the file.")),
                refused(p12, "not-the-password", NOW));
    }

    @Test
    void anExpiredOrNotYetValidCertificateIsRefusedWithItsDate() throws Exception {
        TestCertificates.Issued root = TestCertificates.root("Old Root", NOW.minus(Duration.ofDays(4000)), NOW.plus(Duration.ofDays(4000)));
        TestCertificates.Issued expired = TestCertificates.leaf(root, "Expired Council", Instant.parse("2023-01-01T00:00:00Z"),
                Instant.parse("2025-03-31T00:00:00Z"), KeyUsage.digitalSignature);
        assertEquals(List.of(new FieldError("certificate", "The certificate expired on 31 March 2025.")),
                refused(TestCertificates.pkcs12(expired.keys().getPrivate(), List.of(expired.certificate(), root.certificate()), "pw"), "pw", NOW));
        TestCertificates.Issued early = TestCertificates.leaf(root, "Early Council", Instant.parse("2027-02-01T00:00:00Z"),
                Instant.parse("2029-02-01T00:00:00Z"), KeyUsage.digitalSignature);
        assertEquals(List.of(new FieldError("certificate", "The certificate is not valid until 1 February 2027.")),
                refused(TestCertificates.pkcs12(early.keys().getPrivate(), List.of(early.certificate(), root.certificate()), "pw"), "pw", NOW));
    }

    @Test
    void aCertificateWhoseKeyUsageDoesNotAllowSigningIsRefused() throws Exception {
        TestCertificates.Issued root = TestCertificates.root("Root", NOW.minus(Duration.ofDays(10)), NOW.plus(Duration.ofDays(4000)));
        TestCertificates.Issued encryption = TestCertificates.leaf(root, "Encrypting Council", NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(300)), KeyUsage.keyEncipherment | KeyUsage.dataEncipherment);
        List<FieldError> errors = refused(TestCertificates.pkcs12(encryption.keys().getPrivate(),
                List.of(encryption.certificate(), root.certificate()), "pw"), "pw", NOW);
        assertEquals(List.of(new FieldError("certificate", "The certificate's key usage does not allow signing: it needs"
                + " digital signature or non-repudiation.")), errors);
    }

    @Test
    void aFileWithoutTheIssuersCertificateIsRefusedAsAnIncompleteChain() throws Exception {
        TestCertificates.Issued root = TestCertificates.root("Missing Root", NOW.minus(Duration.ofDays(10)), NOW.plus(Duration.ofDays(4000)));
        TestCertificates.Issued leaf = TestCertificates.leaf(root, "Lonely Council", NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(300)), KeyUsage.digitalSignature);
        List<FieldError> errors = refused(TestCertificates.pkcs12(leaf.keys().getPrivate(), List.of(leaf.certificate()), "pw"), "pw", NOW);
        assertEquals(1, errors.size());
        assertEquals("certificate", errors.get(0).field());
        assertTrue(errors.get(0).message().startsWith("The file does not include the whole certificate chain: the issuer"
                + " CN=Missing Root,O=Missing Root is missing."), errors.get(0).message());
    }

    @Test
    void somethingThatIsNotPkcs12OrIsEmptyIsRefusedOnTheFileField() {
        assertEquals("file", refused("%PDF-1.7 not a key store".getBytes(StandardCharsets.US_ASCII), "pw", NOW).get(0).field());
        assertEquals(List.of(new FieldError("file", "Choose the PKCS#12 file (.p12 or .pfx) to upload.")),
                refused(new byte[0], "pw", NOW));
    }

    @Test
    void aSmallRsaKeyIsRefused() throws Exception {
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        java.security.KeyPair weak = generator.generateKeyPair();
        TestCertificates.Issued root = TestCertificates.root("Root", NOW.minus(Duration.ofDays(10)), NOW.plus(Duration.ofDays(4000)));
        X509Certificate certificate = TestCertificates.leaf(root, "Weak", NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30)),
                KeyUsage.digitalSignature).certificate();
        // The certificate's key is another one: the size is checked first, so the message is about the size.
        List<FieldError> errors = refused(TestCertificates.pkcs12(weak.getPrivate(), List.of(certificate, root.certificate()), "pw"), "pw", NOW);
        assertTrue(errors.get(0).message().contains("1024 bits"), errors.toString());
    }

    static byte[] goodPkcs12() throws Exception {
        TestCertificates.Issued root = TestCertificates.root("Root", NOW.minus(Duration.ofDays(10)), NOW.plus(Duration.ofDays(4000)));
        TestCertificates.Issued leaf = TestCertificates.leaf(root, "Good Council", NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(300)), KeyUsage.digitalSignature);
        return TestCertificates.pkcs12(leaf.keys().getPrivate(), List.of(leaf.certificate(), root.certificate()), "right-password");
    }

    private static List<FieldError> refused(byte[] p12, String password, Instant now) {
        return assertThrows(InvalidInputException.class, () -> keys.readPkcs12(p12, password.toCharArray(), now)).errors();
    }

    private static boolean contains(byte[] data, byte[] part) {
        outer:
        for (int i = 0; i <= data.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
