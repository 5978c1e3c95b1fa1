package org.concordat.document.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;
import org.concordat.document.domain.KeyUnavailableException;
import org.concordat.document.domain.SealedCredential;
import org.concordat.document.domain.SigningKey;
import org.concordat.document.domain.SigningKeys;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;

/**
 * Keys and certificates with the JDK and BouncyCastle. Keys are elliptic-curve P-256; private keys are sealed as
 * encrypted PKCS#8 (PBES2: PBKDF2-HMAC-SHA256 with a random salt, AES-256-CBC) under the password in the
 * environment variable {@value #PASSWORD_VARIABLE}. The password is never logged, and without it a demo password
 * is used, with a warning at start-up, so that trying Concordat needs no setup.
 */
@ApplicationScoped
public class BouncyCastleKeys implements SigningKeys {

    static final String PASSWORD_VARIABLE = "CONCORDAT_CA_PASSWORD";
    /** For demonstrations and development only (listed in the README); production sets the variable. */
    static final String DEMO_PASSWORD = "concordat-demo-only-signing-password";

    private static final Logger LOG = Logger.getLogger(BouncyCastleKeys.class.getName());
    private static final int ITERATIONS = 100_000;
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZoneOffset.UTC);
    /** Extended key usages that allow signing documents: any, email protection, document signing (RFC 9336), Adobe's and Microsoft's. */
    private static final Set<String> SIGNING_PURPOSES = Set.of("2.5.29.37.0", "1.3.6.1.5.5.7.3.4", "1.3.6.1.5.5.7.3.36",
            "1.2.840.113583.1.1.5", "1.3.6.1.4.1.311.10.3.12");

    private final SecureRandom random = new SecureRandom();
    private final char[] password;
    private final boolean demoPassword;

    public BouncyCastleKeys() {
        String configured = System.getenv(PASSWORD_VARIABLE);
        demoPassword = configured == null || configured.isBlank();
        password = (demoPassword ? DEMO_PASSWORD : configured).toCharArray();
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
            return new SealedCredential(List.of(certificate), seal(pair.getPrivate()));
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("The certification authority could not be created", e);
        }
    }

    @Override
    public SealedCredential issue(SigningKey authority, String organisation, Instant now) {
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
            return new SealedCredential(chain, seal(pair.getPrivate()));
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("A signing certificate for " + organisation + " could not be issued", e);
        }
    }

    @Override
    public SealedCredential readPkcs12(byte[] pkcs12, char[] filePassword, Instant now) {
        if (pkcs12 == null || pkcs12.length == 0) {
            throw new InvalidInputException("file", "Choose the PKCS#12 file (.p12 or .pfx) to upload.");
        }
        char[] secret = filePassword == null ? new char[0] : filePassword;
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(pkcs12), secret);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new InvalidInputException("password", "This password does not open the file.");
            }
            throw new InvalidInputException("file", "This is not a PKCS#12 file (.p12 or .pfx), or it is damaged.");
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new InvalidInputException("file", "This is not a PKCS#12 file (.p12 or .pfx), or it is damaged.");
        }
        try {
            List<String> keys = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    keys.add(alias);
                }
            }
            if (keys.isEmpty()) {
                throw new InvalidInputException("file", "The file holds no private key: export the certificate together"
                        + " with its private key.");
            }
            if (keys.size() > 1) {
                throw new InvalidInputException("file", "The file holds " + keys.size() + " private keys: export only the"
                        + " one your organisation signs with.");
            }
            PrivateKey key;
            try {
                key = (PrivateKey) store.getKey(keys.get(0), secret);
            } catch (UnrecoverableKeyException e) {
                throw new InvalidInputException("password", "This password does not open the private key in the file.");
            }
            Certificate[] stored = store.getCertificateChain(keys.get(0));
            if (key == null || stored == null || stored.length == 0) {
                throw new InvalidInputException("file", "The file holds no certificate for its private key.");
            }
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate c : stored) {
                chain.add((X509Certificate) c);
            }
            check(key, chain, now);
            return new SealedCredential(chain, seal(key));
        } catch (GeneralSecurityException | IOException | OperatorCreationException | ClassCastException e) {
            throw new InvalidInputException("file", "The key or certificates in the file could not be read.");
        }
    }

    /** Everything that keeps a key and chain from signing, field by field. */
    private void check(PrivateKey key, List<X509Certificate> chain, Instant now) throws CertificateParsingException {
        List<FieldError> problems = new ArrayList<>();
        X509Certificate signer = chain.get(0);
        String algorithm = key.getAlgorithm();
        boolean rsa = key instanceof RSAKey && "RSA".equals(algorithm);
        if (!(rsa || key instanceof ECKey) || (rsa && ((RSAKey) key).getModulus().bitLength() < 2048)) {
            throw new InvalidInputException("certificate", "The key is " + algorithm + (rsa ? " of "
                    + ((RSAKey) key).getModulus().bitLength() + " bits" : "") + ": Concordat signs with RSA keys of 2,048"
                    + " bits or more, or elliptic-curve keys.");
        }
        if (!belongTogether(key, signer.getPublicKey())) {
            throw new InvalidInputException("certificate", "The private key does not belong to the certificate.");
        }
        boolean[] usage = signer.getKeyUsage();
        if (usage != null && !(usage[0] || usage[1])) {
            problems.add(new FieldError("certificate", "The certificate's key usage does not allow signing: it needs"
                    + " digital signature or non-repudiation."));
        }
        List<String> purposes = signer.getExtendedKeyUsage();
        if (purposes != null && purposes.stream().noneMatch(SIGNING_PURPOSES::contains)) {
            problems.add(new FieldError("certificate", "The certificate is meant for other purposes (" + String.join(", ",
                    purposes) + "), not for signing documents."));
        }
        for (X509Certificate c : chain) {
            String who = c == signer ? "The certificate" : "The issuing certificate " + c.getSubjectX500Principal().getName();
            if (now.isBefore(c.getNotBefore().toInstant())) {
                problems.add(new FieldError("certificate", who + " is not valid until " + DAY.format(c.getNotBefore().toInstant()) + "."));
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
                return java.util.Optional.of("The file does not include the whole certificate chain: the issuer "
                        + c.getIssuerX500Principal().getName() + " is missing. Export the certificate with all the"
                        + " certificates in its certification path.");
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
        PrivateKey key;
        try {
            PKCS8EncryptedPrivateKeyInfo sealed = new PKCS8EncryptedPrivateKeyInfo(credential.sealedKey());
            PrivateKeyInfo info = sealed.decryptPrivateKeyInfo(new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(BC)
                    .build(password));
            key = new JcaPEMKeyConverter().getPrivateKey(info);
        } catch (IOException | PKCSException | OperatorCreationException | RuntimeException e) {
            throw new KeyUnavailableException("The private key of " + credential.signer().getSubjectX500Principal().getName()
                    + " cannot be unsealed: " + PASSWORD_VARIABLE + " differs from the password it was sealed with, or the"
                    + " stored key is damaged", e);
        }
        if (!belongTogether(key, credential.signer().getPublicKey())) {
            throw new KeyUnavailableException("The stored private key of " + credential.signer().getSubjectX500Principal().getName()
                    + " does not belong to its certificate", null);
        }
        return new SigningKey(key, credential.chain());
    }

    private byte[] seal(PrivateKey key) throws OperatorCreationException, IOException {
        var encryptor = new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC).setProvider(BC)
                .setPRF(PKCS8Generator.PRF_HMACSHA256).setIterationCount(ITERATIONS).setRandom(random)
                .setPassword(password).build();
        return new JcaPKCS8Generator(key, encryptor).generate().getContent();
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
