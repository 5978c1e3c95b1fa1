package org.concordat.document.signing.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.concordat.document.signing.domain.KeyDerivation;
import org.concordat.document.signing.domain.KeySealing;
import org.concordat.document.signing.domain.KeyUnavailableException;
import org.concordat.document.signing.domain.SealedCredential;
import org.concordat.document.signing.domain.SigningKey;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Concordat's authority, the credentials it issues, sealed keys, and the checks on uploaded PKCS#12 files. */
class SigningKeysTest {

    static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    static final BouncyCastleKeys keys = new BouncyCastleKeys("test-signing-password".toCharArray());
    static final KeyDerivation derivation = keys.newDerivation();
    static SealedCredential authority;
    static SigningKey authorityKey;

    @BeforeAll
    static void authority() {
        keys.unlock(derivation);
        authority = new BouncyCastleAuthority(keys).newAuthority("Concordat signing authority", NOW);
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
        SealedCredential issued = new BouncyCastleAuthority(keys).issue(authorityKey, 7, "Northshire County Council, Children's Services", NOW);
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
    void newKeysAreSealedWithAesGcmInAVersionedFormatAndUnsealToThemselves() {
        SealedCredential issued = new BouncyCastleAuthority(keys).issue(authorityKey, 7, "Northshire Police", NOW);
        assertEquals(SealedCredential.Holder.organisation(7), issued.holder());
        SigningKey key = keys.unseal(issued);
        byte[] clear = key.privateKey().getEncoded();
        byte[] sealed = issued.sealedKey();
        assertArrayEquals(new byte[] {'C', 'S', 'K', 2}, Arrays.copyOf(sealed, 4), "the format's header");
        assertEquals(4 + 12 + clear.length + 16, sealed.length, "header, 96-bit nonce, the PKCS#8 key encrypted, 128-bit tag");
        assertFalse(contains(sealed, Arrays.copyOfRange(clear, clear.length - 32, clear.length)),
                "no part of the key is stored in clear");
        assertEquals(issued.signer(), key.certificate());
        assertTrue(keys.resealed(issued, key).isEmpty(), "a key in the current format is left as it is");

        SealedCredential earlier = new SealedCredential(issued.holder(), issued.chain(),
                legacySeal(key.privateKey(), "test-signing-password"));
        byte[] once = keys.resealed(earlier, key).orElseThrow().sealedKey();
        byte[] twice = keys.resealed(earlier, key).orElseThrow().sealedKey();
        assertFalse(Arrays.equals(Arrays.copyOfRange(once, 4, 16), Arrays.copyOfRange(twice, 4, 16)),
                "a fresh random nonce each time");
        assertFalse(Arrays.equals(once, twice));
        assertArrayEquals(clear, keys.unseal(new SealedCredential(issued.holder(), issued.chain(), twice)).privateKey().getEncoded());
        assertArrayEquals(new byte[] {'C', 'S', 'K', 2}, Arrays.copyOf(authority.sealedKey(), 4), "the authority's too");
    }

    @Test
    void aTamperedSealedKeyOrOneMovedToAnotherCredentialIsRefused() {
        SealedCredential issued = new BouncyCastleAuthority(keys).issue(authorityKey, 7, "Northshire Police", NOW);
        byte[] sealed = issued.sealedKey();
        for (int at : new int[] {5, 20, sealed.length / 2, sealed.length - 1}) {
            byte[] damaged = sealed.clone();
            damaged[at] ^= 0x01;
            assertThrows(KeyUnavailableException.class, () -> keys.unseal(new SealedCredential(issued.holder(), issued.chain(),
                    damaged)), "one bit changed at byte " + at + " (nonce, ciphertext, tag)");
        }
        assertThrows(KeyUnavailableException.class, () -> keys.unseal(new SealedCredential(issued.holder(), issued.chain(),
                Arrays.copyOf(sealed, sealed.length - 1))), "truncated");
        assertThrows(KeyUnavailableException.class, () -> keys.unseal(new SealedCredential(
                SealedCredential.Holder.organisation(8), issued.chain(), sealed)), "the same key claimed by another organisation");
        assertThrows(KeyUnavailableException.class, () -> keys.unseal(new SealedCredential(
                SealedCredential.Holder.authority(), issued.chain(), sealed)), "the organisation's key as the authority's");
        SealedCredential other = new BouncyCastleAuthority(keys).issue(authorityKey, 7, "Northshire Police", NOW);
        KeyUnavailableException moved = assertThrows(KeyUnavailableException.class, () -> keys.unseal(new SealedCredential(
                issued.holder(), other.chain(), sealed)), "the key put on another certificate of the same organisation");
        assertTrue(moved.getMessage().contains("cannot be unsealed"), moved.getMessage());
        byte[] headerChanged = sealed.clone();
        headerChanged[3] = 3;
        assertThrows(KeyUnavailableException.class, () -> keys.unseal(new SealedCredential(issued.holder(), issued.chain(),
                headerChanged)), "an unknown format");
    }

    @Test
    void aWrongPasswordIsRefusedClearlyWithTheSameInstallationSalt() {
        SealedCredential issued = new BouncyCastleAuthority(keys).issue(authorityKey, 7, "Northshire Police", NOW);
        BouncyCastleKeys otherPassword = new BouncyCastleKeys("another-password".toCharArray());
        otherPassword.unlock(derivation);
        KeyUnavailableException refused = assertThrows(KeyUnavailableException.class, () -> otherPassword.unseal(issued));
        assertTrue(refused.getMessage().contains(BouncyCastleKeys.PASSWORD_VARIABLE + " differs from the password"),
                refused.getMessage());
        assertFalse(refused.getMessage().contains("test-signing-password"), "the password is never in a message");
        assertFalse(refused.getMessage().contains("another-password"), "the password is never in a message");
        byte[] legacy = legacySeal(keys.unseal(issued).privateKey(), "test-signing-password");
        assertThrows(KeyUnavailableException.class, () -> otherPassword.unseal(new SealedCredential(issued.holder(),
                issued.chain(), legacy)), "a key of the earlier format, under another password");
        assertThrows(KeyUnavailableException.class, () -> keys.unseal(new SealedCredential(issued.holder(), issued.chain(),
                new byte[] {0x30, 0x03, 0x02, 0x01, 0x00})), "damaged");
        SealedCredential mismatched = new SealedCredential(issued.holder(), new BouncyCastleAuthority(keys).issue(authorityKey, 7, "Someone else", NOW).chain(),
                legacy);
        assertThrows(KeyUnavailableException.class, () -> keys.unseal(mismatched), "an earlier key and another's certificate");
    }

    @Test
    void aKeySealedInTheEarlierFormatStillOpensThroughTheJdkAndIsSealedAnew() throws Exception {
        SealedCredential issued = new BouncyCastleAuthority(keys).issue(authorityKey, 7, "Northshire Police", NOW);
        PrivateKey original = keys.unseal(issued).privateKey();
        byte[] legacy = legacySeal(original, "test-signing-password");
        EncryptedPrivateKeyInfo info = EncryptedPrivateKeyInfo.getInstance(legacy);
        assertEquals("1.2.840.113549.1.5.13", info.getEncryptionAlgorithm().getAlgorithm().getId(), "PBES2");

        // The same stored bytes, both ways: BouncyCastle's PBKDF2 (as Concordat unsealed them before) and the JDK's.
        PrivateKeyInfo byBouncyCastle = new PKCS8EncryptedPrivateKeyInfo(legacy).decryptPrivateKeyInfo(
                new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(new BouncyCastleProvider())
                        .build("test-signing-password".toCharArray()));
        SealedCredential stored = new SealedCredential(issued.holder(), issued.chain(), legacy);
        BouncyCastleKeys restarted = new BouncyCastleKeys("test-signing-password".toCharArray());
        SigningKey byJdk = restarted.unseal(stored);
        assertArrayEquals(byBouncyCastle.getEncoded(), byJdk.privateKey().getEncoded());
        assertArrayEquals(original.getEncoded(), byJdk.privateKey().getEncoded());

        SealedCredential resealed = keys.resealed(stored, byJdk).orElseThrow();
        assertArrayEquals(new byte[] {'C', 'S', 'K', 2}, Arrays.copyOf(resealed.sealedKey(), 4));
        assertEquals(stored.holder(), resealed.holder());
        assertEquals(stored.chain(), resealed.chain());
        assertArrayEquals(original.getEncoded(), keys.unseal(resealed).privateKey().getEncoded());
        assertThrows(IllegalStateException.class, () -> restarted.resealed(stored, byJdk),
                "nothing is sealed before the key-encryption key is derived");
    }

    @Test
    void theInstallationSaltOpensTheKeysAgainAfterARestartAndOnlyIt() {
        assertEquals("PBKDF2WithHmacSHA256", derivation.algorithm());
        assertTrue(derivation.iterations() >= 600_000, "OWASP 2023: 600,000 for PBKDF2-HMAC-SHA256");
        assertEquals(32, derivation.salt().length);
        assertFalse(Arrays.equals(derivation.salt(), keys.newDerivation().salt()), "a random salt per installation");
        SealedCredential issued = new BouncyCastleAuthority(keys).issue(authorityKey, 7, "Northshire Police", NOW);
        byte[] clear = keys.unseal(issued).privateKey().getEncoded();

        // As stored at first start and read back at the next one.
        KeyDerivation stored = new KeySealing(derivation, NOW).derivation();
        BouncyCastleKeys restarted = new BouncyCastleKeys("test-signing-password".toCharArray());
        assertThrows(IllegalStateException.class, () -> restarted.unseal(issued), "not before the key is derived");
        restarted.unlock(stored);
        restarted.unlock(stored);
        assertArrayEquals(clear, restarted.unseal(issued).privateKey().getEncoded());
        assertArrayEquals(keys.unseal(authority).privateKey().getEncoded(), restarted.unseal(authority).privateKey().getEncoded());
        assertThrows(IllegalStateException.class, () -> restarted.unlock(restarted.newDerivation()),
                "one installation's key per process");

        BouncyCastleKeys anotherSalt = new BouncyCastleKeys("test-signing-password".toCharArray());
        anotherSalt.unlock(anotherSalt.newDerivation());
        assertThrows(KeyUnavailableException.class, () -> anotherSalt.unseal(issued), "the same password with another salt");
        assertThrows(IllegalStateException.class, () -> new BouncyCastleKeys("x".toCharArray())
                .unlock(new KeyDerivation("PBKDF2WithHmacSHA256", 1_000, derivation.salt())), "too few iterations");
    }

    static byte[] legacySeal(PrivateKey key, String password) {
        return TestCertificates.legacySealed(key, password);
    }

    @Test
    void aGoodPkcs12IsReadWithItsChainAndItsKeySealed() throws Exception {
        TestCertificates.Issued root = TestCertificates.root("Northshire Council Root CA", NOW.minus(Duration.ofDays(400)), NOW.plus(Duration.ofDays(3000)));
        TestCertificates.Issued leaf = TestCertificates.leaf(root, "Northshire County Council", NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(700)), KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
        byte[] p12 = TestCertificates.pkcs12(leaf.keys().getPrivate(), List.of(leaf.certificate(), root.certificate()), "p12-password");
        SealedCredential read = new Pkcs12Importer(keys).readPkcs12(7, p12, "p12-password".toCharArray(), NOW);
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
        return assertThrows(InvalidInputException.class, () -> new Pkcs12Importer(keys).readPkcs12(7, p12, password.toCharArray(), now)).errors();
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
