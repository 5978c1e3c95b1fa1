package org.concordat.document.signing.infrastructure;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Certificates and PKCS#12 files made the way an organisation's own CA would, for the unit and integration tests. */
public final class TestCertificates {

    private TestCertificates() {
    }

    public record Issued(KeyPair keys, X509Certificate certificate) {
    }

    public static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    public static Issued root(String name, Instant from, Instant until) throws Exception {
        KeyPair keys = rsa();
        X500Name subject = new X500Name("O=" + name + ",CN=" + name);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(System.nanoTime()),
                Date.from(from), Date.from(until), subject, keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(1))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        return new Issued(keys, sign(builder, keys.getPrivate()));
    }

    public static Issued leaf(Issued issuer, String name, Instant from, Instant until, int keyUsage) throws Exception {
        KeyPair keys = rsa();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer.certificate(),
                BigInteger.valueOf(System.nanoTime()), Date.from(from), Date.from(until),
                new X500Name("O=" + name + ",CN=" + name), keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
        return new Issued(keys, sign(builder, issuer.keys().getPrivate()));
    }

    /** A time-stamping authority's certificate: its only purpose, time stamping, marked critical as RFC 3161 requires. */
    public static Issued timestamping(Issued issuer, String name, Instant from, Instant until) throws Exception {
        KeyPair keys = rsa();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer.certificate(),
                BigInteger.valueOf(System.nanoTime()), Date.from(from), Date.from(until),
                new X500Name("O=" + name + ",CN=" + name), keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .addExtension(Extension.extendedKeyUsage, true,
                        new org.bouncycastle.asn1.x509.ExtendedKeyUsage(org.bouncycastle.asn1.x509.KeyPurposeId.id_kp_timeStamping));
        return new Issued(keys, sign(builder, issuer.keys().getPrivate()));
    }

    public static byte[] pkcs12(PrivateKey key, List<X509Certificate> chain, String password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("signing", key, password.toCharArray(), chain.toArray(new Certificate[0]));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, password.toCharArray());
        return out.toByteArray();
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key) throws Exception {
        return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(key)));
    }

    /**
     * A private key sealed exactly as Concordat sealed keys before schema version 17: encrypted PKCS#8 by BouncyCastle,
     * PBES2 with PBKDF2-HMAC-SHA256 (100,000 iterations, a random salt) and AES-256-CBC, under the signing password.
     */
    public static byte[] legacySealed(PrivateKey key, String password) {
        try {
            var encryptor = new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC).setProvider(new BouncyCastleProvider())
                    .setPRF(PKCS8Generator.PRF_HMACSHA256).setIterationCount(100_000).setRandom(new SecureRandom())
                    .setPassword(password.toCharArray()).build();
            return new JcaPKCS8Generator(key, encryptor).generate().getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
