package org.concordat.document.signing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
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
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.concordat.document.signing.domain.CertificateAuthority;
import org.concordat.document.signing.domain.KeySealer;
import org.concordat.document.signing.domain.SealedCredential;
import org.concordat.document.signing.domain.SigningKey;

/**
 * Concordat's certification authority, with BouncyCastle: its own self-signed certificate (ten years) and the
 * organisations' signing certificates it issues (three years, never beyond its own). Keys are elliptic-curve P-256,
 * sealed by the {@link KeySealer} as soon as they are made.
 */
@ApplicationScoped
public class BouncyCastleAuthority implements CertificateAuthority {

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final SecureRandom random = new SecureRandom();

    @Inject
    KeySealer sealer;

    public BouncyCastleAuthority() {
    }

    /** With a sealer of the caller's choosing (tests, tools). */
    public BouncyCastleAuthority(KeySealer sealer) {
        this.sealer = sealer;
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
            return sealer.seal(SealedCredential.Holder.authority(), List.of(certificate), pair.getPrivate());
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
            return sealer.seal(SealedCredential.Holder.organisation(organisationId), chain, pair.getPrivate());
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("A signing certificate for " + organisation + " could not be issued", e);
        }
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
                builder.build(new JcaContentSignerBuilder(KeyPairs.signatureAlgorithm(key)).build(key)));
    }
}
