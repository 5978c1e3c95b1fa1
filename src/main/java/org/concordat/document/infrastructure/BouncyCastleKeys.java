package org.concordat.document.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.concordat.document.domain.Certificates;
import org.concordat.document.domain.KeyDerivation;
import org.concordat.document.domain.KeyUnavailableException;
import org.concordat.document.domain.SealedCredential;
import org.concordat.document.domain.SigningKey;
import org.concordat.document.domain.SigningKeys;
import org.concordat.shared.application.Settings;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;

/**
 * Keys and certificates with the JDK and BouncyCastle. Keys are elliptic-curve P-256. Private keys are sealed with
 * AES-256-GCM under a key-encryption key derived once per server start, with the JDK's PBKDF2-HMAC-SHA256 (600,000
 * iterations), from the password in the environment variable {@value #PASSWORD_VARIABLE} and the installation's random
 * salt (stored beside Concordat's authority), and kept in memory only: unsealing is then a matter of microseconds. Each
 * sealed key ({@value #FORMAT_NAME}) is the format's 4-byte header, a random 96-bit nonce and the encrypted PKCS#8 key
 * with its 128-bit tag; the header, the holder and the certificate's SHA-256 are authenticated with it, so a sealed
 * key opens only as the key of the credential it was sealed for. Keys sealed before (encrypted PKCS#8, PBES2:
 * PBKDF2-HMAC-SHA256 with a per-key salt, AES-256-CBC, under the same password) still open, with the JDK's PBKDF2.
 * The password is never logged, and without it a demo password is used, with a warning at start-up, so that trying
 * Concordat needs no setup.
 */
@ApplicationScoped
public class BouncyCastleKeys implements SigningKeys {

    static final String PASSWORD_VARIABLE = "CONCORDAT_CA_PASSWORD";
    /** For demonstrations and development only (listed in the README); production sets the variable. */
    static final String DEMO_PASSWORD = "concordat-demo-only-signing-password";

    private static final Logger LOG = Logger.getLogger(BouncyCastleKeys.class.getName());
    /** The key-encryption key's derivation for new installations (OWASP's 2023 figure for PBKDF2-HMAC-SHA256). */
    static final String KDF = "PBKDF2WithHmacSHA256";
    static final int KDF_ITERATIONS = 600_000;
    /** A stored derivation outside these bounds is not one Concordat wrote (the schema refuses fewer, too). */
    private static final int KDF_MIN_ITERATIONS = 310_000;
    private static final int KDF_MAX_ITERATIONS = 10_000_000;
    static final String FORMAT_NAME = "concordat-sealed-key/2";
    /** "CSK" and the format's number: never the first byte of DER (0x30), which the PBES2 keys of format 1 begin with. */
    private static final byte[] HEADER = {'C', 'S', 'K', 2};
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** Format 1, as it was written: PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC (100,000 iterations; over a million is damage). */
    private static final String PBES2 = "1.2.840.113549.1.5.13";
    private static final String PBKDF2 = "1.2.840.113549.1.5.12";
    private static final String HMAC_SHA256 = "1.2.840.113549.2.9";
    private static final String AES_256_CBC = "2.16.840.1.101.3.4.1.42";
    private static final int LEGACY_MAX_ITERATIONS = 1_000_000;
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZoneOffset.UTC);
    /** Extended key usages that allow signing documents: any, email protection, document signing (RFC 9336), Adobe's and Microsoft's. */
    private static final Set<String> SIGNING_PURPOSES = Set.of("2.5.29.37.0", "1.3.6.1.5.5.7.3.4", "1.3.6.1.5.5.7.3.36",
            "1.2.840.113583.1.1.5", "1.3.6.1.4.1.311.10.3.12");

    private final SecureRandom random = new SecureRandom();
    private final char[] password;
    private final boolean demoPassword;
    private volatile Unlocked unlocked;

    /** The key-encryption key and the parameters it was derived with. */
    private record Unlocked(KeyDerivation derivation, SecretKey key) {
    }

    /** For the container's proxy only. */
    protected BouncyCastleKeys() {
        password = new char[0];
        demoPassword = false;
    }

    /** With the password of the settings ({@value #PASSWORD_VARIABLE}), or the demonstration one when it is unset. */
    @Inject
    public BouncyCastleKeys(Settings settings) {
        Optional<char[]> configured = settings.signingKeyPassword();
        demoPassword = configured.isEmpty();
        password = configured.orElseGet(DEMO_PASSWORD::toCharArray);
    }

    /** With a password of the caller's choosing (tests, tools). */
    public BouncyCastleKeys(char[] password) {
        this.password = password.clone();
        this.demoPassword = false;
    }

    @PostConstruct
    void warnAboutTheDemoPassword() {
        if (demoPassword) {
            LOG.warning("event=signing_password_default variable=" + PASSWORD_VARIABLE + " detail=\"signing keys are sealed"
                    + " with the demonstration password; set " + PASSWORD_VARIABLE + " in production\"");
        }
    }

    @Override
    public KeyDerivation newDerivation() {
        byte[] salt = new byte[32];
        random.nextBytes(salt);
        return new KeyDerivation(KDF, KDF_ITERATIONS, salt);
    }

    @Override
    public synchronized void unlock(KeyDerivation derivation) {
        if (unlocked != null) {
            if (!unlocked.derivation().equals(derivation)) {
                throw new IllegalStateException("The key-encryption key was derived with other parameters");
            }
            return;
        }
        if (!KDF.equals(derivation.algorithm()) || derivation.iterations() < KDF_MIN_ITERATIONS
                || derivation.iterations() > KDF_MAX_ITERATIONS || derivation.salt().length < 16) {
            throw new IllegalStateException("The stored key derivation is not one Concordat writes: " + derivation);
        }
        byte[] bytes = pbkdf2(password, derivation.salt(), derivation.iterations(), 32);
        try {
            unlocked = new Unlocked(derivation, new SecretKeySpec(bytes, "AES"));
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    @Override
    public SealedCredential newAuthority(String name, Instant now) {
        KeyPair pair = keyPair();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "Concordat").addRDN(BCStyle.CN, name).build();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial(),
                    Date.from(now.minus(CLOCK_SKEW)), Date.from(now.atZone(ZoneOffset.UTC).plusYears(10).toInstant()),
                    subject, pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(pair.getPublic()));
            X509Certificate certificate = sign(builder, pair.getPrivate());
            return sealed(SealedCredential.Holder.authority(), List.of(certificate), pair.getPrivate());
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("The certification authority could not be created", e);
        }
    }

    @Override
    public SealedCredential issue(SigningKey authority, long organisationId, String organisation, Instant now) {
        KeyPair pair = keyPair();
        X509Certificate issuer = authority.certificate();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, organisation).addRDN(BCStyle.CN, organisation).build();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            Instant until = now.atZone(ZoneOffset.UTC).plusYears(3).toInstant();
            if (until.isAfter(issuer.getNotAfter().toInstant())) {
                until = issuer.getNotAfter().toInstant();
            }
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, serial(),
                    Date.from(now.minus(CLOCK_SKEW)), Date.from(until), subject, pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(pair.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(issuer));
            X509Certificate certificate = sign(builder, authority.privateKey());
            List<X509Certificate> chain = new ArrayList<>();
            chain.add(certificate);
            chain.addAll(authority.chain());
            return sealed(SealedCredential.Holder.organisation(organisationId), chain, pair.getPrivate());
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("A signing certificate for " + organisation + " could not be issued", e);
        }
    }

    @Override
    public SealedCredential readPkcs12(long organisationId, byte[] pkcs12, char[] filePassword, Instant now) {
        if (pkcs12 == null || pkcs12.length == 0) {
            throw new InvalidInputException("file", Messages.text("document.BouncyCastleKeys.chooseThePkcs12File"));
        }
        char[] secret = filePassword == null ? new char[0] : filePassword;
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(pkcs12), secret);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new InvalidInputException("password", Messages.text("document.BouncyCastleKeys.thisPasswordDoesNotOpen"));
            }
            throw new InvalidInputException("file", Messages.text("document.BouncyCastleKeys.thisIsNotAPkcs"));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new InvalidInputException("file", Messages.text("document.BouncyCastleKeys.thisIsNotAPkcs"));
        }
        try {
            List<String> keys = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    keys.add(alias);
                }
            }
            if (keys.isEmpty()) {
                throw new InvalidInputException("file", Messages.text("document.BouncyCastleKeys.theFileHoldsNoPrivate"));
            }
            if (keys.size() > 1) {
                throw new InvalidInputException("file", Messages.text("document.BouncyCastleKeys.theFileHolds",
                        keys.size()));
            }
            PrivateKey key;
            try {
                key = (PrivateKey) store.getKey(keys.get(0), secret);
            } catch (UnrecoverableKeyException e) {
                throw new InvalidInputException("password", Messages.text("document.BouncyCastleKeys.thisPasswordDoesNotOpen2"));
            }
            Certificate[] stored = store.getCertificateChain(keys.get(0));
            if (key == null || stored == null || stored.length == 0) {
                throw new InvalidInputException("file", Messages.text("document.BouncyCastleKeys.theFileHoldsNoCertificate"));
            }
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate c : stored) {
                chain.add((X509Certificate) c);
            }
            check(key, chain, now);
            return sealed(SealedCredential.Holder.organisation(organisationId), chain, key);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new InvalidInputException("file", Messages.text("document.BouncyCastleKeys.theKeyOrCertificatesIn"));
        }
    }

    /** Everything that keeps a key and chain from signing, field by field. */
    private void check(PrivateKey key, List<X509Certificate> chain, Instant now) throws CertificateParsingException {
        List<FieldError> problems = new ArrayList<>();
        X509Certificate signer = chain.get(0);
        String algorithm = key.getAlgorithm();
        boolean rsa = key instanceof RSAKey && "RSA".equals(algorithm);
        if (!(rsa || key instanceof ECKey) || (rsa && ((RSAKey) key).getModulus().bitLength() < 2048)) {
            throw new InvalidInputException("certificate", Messages.text("document.BouncyCastleKeys.theKeyIs",
                    algorithm, (rsa ? Messages.text("document.BouncyCastleKeys.ofBits",
                            ((RSAKey) key).getModulus().bitLength()) : "")));
        }
        if (!belongTogether(key, signer.getPublicKey())) {
            throw new InvalidInputException("certificate", Messages.text("document.BouncyCastleKeys.thePrivateKeyDoesNot"));
        }
        boolean[] usage = signer.getKeyUsage();
        if (usage != null && !(usage[0] || usage[1])) {
            problems.add(new FieldError("certificate", Messages.text("document.BouncyCastleKeys.theCertificateSKeyUsage")));
        }
        List<String> purposes = signer.getExtendedKeyUsage();
        if (purposes != null && purposes.stream().noneMatch(SIGNING_PURPOSES::contains)) {
            problems.add(new FieldError("certificate", Messages.text("document.BouncyCastleKeys.theCertificateIsMeantFor",
                    String.join(", ", purposes))));
        }
        for (X509Certificate c : chain) {
            String who = c == signer ? Messages.text("document.BouncyCastleKeys.theCertificate") : Messages.text("document.BouncyCastleKeys.theIssuingCertificate",
                    c.getSubjectX500Principal().getName());
            if (now.isBefore(c.getNotBefore().toInstant())) {
                problems.add(new FieldError("certificate", Messages.text("document.BouncyCastleKeys.isNotValidUntil",
                        who, DAY.format(c.getNotBefore().toInstant()))));
            } else if (now.isAfter(c.getNotAfter().toInstant())) {
                problems.add(new FieldError("certificate", who + " expired on " + DAY.format(c.getNotAfter().toInstant()) + "."));
            }
        }
        chainProblem(chain).ifPresent(message -> problems.add(new FieldError("certificate", message)));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Each certificate is signed by the next, and the last is a self-signed root. */
    private static java.util.Optional<String> chainProblem(List<X509Certificate> chain) {
        for (int i = 0; i < chain.size(); i++) {
            X509Certificate c = chain.get(i);
            boolean last = i == chain.size() - 1;
            X509Certificate issuer = last ? c : chain.get(i + 1);
            if (!c.getIssuerX500Principal().equals(issuer.getSubjectX500Principal()) || !signedBy(c, issuer.getPublicKey())) {
                return java.util.Optional.of(Messages.text("document.BouncyCastleKeys.theFileDoesNotInclude",
                        c.getIssuerX500Principal().getName()));
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean signedBy(X509Certificate certificate, PublicKey issuer) {
        try {
            certificate.verify(issuer);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    @Override
    public SigningKey unseal(SealedCredential credential) {
        byte[] sealed = credential.sealedKey();
        boolean current = isCurrent(sealed);
        SecretKey keyEncryptionKey = current ? keyEncryptionKey() : null;
        byte[] clear = null;
        PrivateKey key;
        try {
            clear = current ? open(sealed, keyEncryptionKey, associatedData(credential.holder(), credential.signer()))
                    : openLegacy(sealed);
            key = new JcaPEMKeyConverter().getPrivateKey(PrivateKeyInfo.getInstance(clear));
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            throw new KeyUnavailableException(Messages.text("document.BouncyCastleKeys.thePrivateKeyOf",
                    credential.signer().getSubjectX500Principal().getName(), PASSWORD_VARIABLE), e);
        } finally {
            if (clear != null) {
                Arrays.fill(clear, (byte) 0);
            }
        }
        if (!belongTogether(key, credential.signer().getPublicKey())) {
            throw new KeyUnavailableException(Messages.text("document.BouncyCastleKeys.theStoredPrivateKeyOf",
                    credential.signer().getSubjectX500Principal().getName()), null);
        }
        return new SigningKey(key, credential.chain());
    }

    @Override
    public Optional<SealedCredential> resealed(SealedCredential credential, SigningKey key) {
        if (isCurrent(credential.sealedKey())) {
            return Optional.empty();
        }
        try {
            SealedCredential fresh = sealed(credential.holder(), credential.chain(), key.privateKey());
            if (!Arrays.equals(unseal(fresh).privateKey().getEncoded(), key.privateKey().getEncoded())) {
                throw new IllegalStateException("A key sealed anew did not unseal to itself");
            }
            return Optional.of(fresh);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A key could not be sealed anew", e);
        }
    }

    private static boolean isCurrent(byte[] sealed) {
        return sealed.length > HEADER.length && Arrays.equals(sealed, 0, HEADER.length, HEADER, 0, HEADER.length);
    }

    private SealedCredential sealed(SealedCredential.Holder holder, List<X509Certificate> chain, PrivateKey key)
            throws GeneralSecurityException {
        byte[] clear = key.getEncoded();
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keyEncryptionKey(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(holder, chain.get(0)));
            byte[] encrypted = cipher.doFinal(clear);
            byte[] sealed = new byte[HEADER.length + NONCE_BYTES + encrypted.length];
            System.arraycopy(HEADER, 0, sealed, 0, HEADER.length);
            System.arraycopy(nonce, 0, sealed, HEADER.length, NONCE_BYTES);
            System.arraycopy(encrypted, 0, sealed, HEADER.length + NONCE_BYTES, encrypted.length);
            return new SealedCredential(holder, chain, sealed);
        } finally {
            Arrays.fill(clear, (byte) 0);
        }
    }

    private static byte[] open(byte[] sealed, SecretKey keyEncryptionKey, byte[] associatedData) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, keyEncryptionKey, new GCMParameterSpec(TAG_BITS, sealed, HEADER.length, NONCE_BYTES));
        cipher.updateAAD(associatedData);
        return cipher.doFinal(sealed, HEADER.length + NONCE_BYTES, sealed.length - HEADER.length - NONCE_BYTES);
    }

    /** The format's header, the holder and the certificate: what a sealed key is bound to. */
    private static byte[] associatedData(SealedCredential.Holder holder, X509Certificate signer) {
        byte[] identity = (FORMAT_NAME + "\n" + holder.name() + "\n" + Certificates.fingerprint(signer))
                .getBytes(StandardCharsets.UTF_8);
        byte[] data = new byte[HEADER.length + identity.length];
        System.arraycopy(HEADER, 0, data, 0, HEADER.length);
        System.arraycopy(identity, 0, data, HEADER.length, identity.length);
        return data;
    }

    private SecretKey keyEncryptionKey() {
        Unlocked current = unlocked;
        if (current == null) {
            throw new IllegalStateException("The key-encryption key has not been derived: SigningCredentials.ensureAuthority"
                    + " unlocks the keys at start-up");
        }
        return current.key();
    }

    /**
     * Format 1: the encrypted PKCS#8 this class used to write, decrypted with the JDK's PBKDF2 and AES (the same
     * parameters, read from the key itself), not BouncyCastle's pure-Java SHA-256: a third of the time.
     */
    private byte[] openLegacy(byte[] sealed) throws GeneralSecurityException {
        EncryptedPrivateKeyInfo info = EncryptedPrivateKeyInfo.getInstance(sealed);
        AlgorithmIdentifier scheme = info.getEncryptionAlgorithm();
        if (!PBES2.equals(scheme.getAlgorithm().getId())) {
            throw new GeneralSecurityException(Messages.text("document.BouncyCastleKeys.notPbes2",
                    scheme.getAlgorithm()));
        }
        PBES2Parameters pbes2 = PBES2Parameters.getInstance(scheme.getParameters());
        if (!PBKDF2.equals(pbes2.getKeyDerivationFunc().getAlgorithm().getId())
                || !AES_256_CBC.equals(pbes2.getEncryptionScheme().getAlgorithm().getId())) {
            throw new GeneralSecurityException(Messages.text("document.BouncyCastleKeys.notPbkdf2WithAes256"));
        }
        PBKDF2Params kdf = PBKDF2Params.getInstance(pbes2.getKeyDerivationFunc().getParameters());
        if (!HMAC_SHA256.equals(kdf.getPrf().getAlgorithm().getId())) {
            throw new GeneralSecurityException(Messages.text("document.BouncyCastleKeys.notHmacSha256",
                    kdf.getPrf().getAlgorithm()));
        }
        int iterations = kdf.getIterationCount().intValueExact();
        if (iterations < 1 || iterations > LEGACY_MAX_ITERATIONS) {
            throw new GeneralSecurityException(Messages.text("document.BouncyCastleKeys.iterationCountOutOfRange",
                    iterations));
        }
        byte[] iv = ASN1OctetString.getInstance(pbes2.getEncryptionScheme().getParameters()).getOctets();
        byte[] bytes = pbkdf2(password, kdf.getSalt(), iterations, 32);
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(bytes, "AES"), new IvParameterSpec(iv));
            return cipher.doFinal(info.getEncryptedData());
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** PBKDF2-HMAC-SHA256 by the JDK's own provider (SunJCE), which uses the processor's SHA instructions. */
    private static byte[] pbkdf2(char[] password, byte[] salt, int iterations, int bytes) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bytes * 8);
        try {
            return SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has " + KDF, e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Signs a challenge with the private key and checks it with the public one. */
    private boolean belongTogether(PrivateKey key, PublicKey publicKey) {
        try {
            String algorithm = signatureAlgorithm(key);
            byte[] challenge = new byte[32];
            random.nextBytes(challenge);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(challenge);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(publicKey);
            verifier.update(challenge);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /**
     * By the key's type, not its algorithm name: a provider may call an elliptic-curve key "EC" or "ECDSA" (on the
     * server, another provider than the JDK's may have made it).
     */
    static String signatureAlgorithm(PrivateKey key) {
        return key instanceof ECKey ? "SHA256withECDSA" : "SHA256withRSA";
    }

    private KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime can make P-256 keys", e);
        }
    }

    private BigInteger serial() {
        return new BigInteger(127, random).add(BigInteger.ONE);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder(signatureAlgorithm(key)).build(key)));
    }
}
