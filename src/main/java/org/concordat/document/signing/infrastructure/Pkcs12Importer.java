package org.concordat.document.signing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.concordat.document.signing.domain.KeySealer;
import org.concordat.document.signing.domain.Pkcs12Import;
import org.concordat.document.signing.domain.SealedCredential;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.ReaderLanguage;

/**
 * The import of an organisation's own credential from a PKCS#12 file (.p12, .pfx): read with the JDK, checked field
 * by field (a key that can sign, its certificate and whole chain, valid now), its key sealed by the {@link KeySealer}.
 * The file's password is used once and never kept.
 */
@ApplicationScoped
public class Pkcs12Importer implements Pkcs12Import {

    /** Extended key usages that allow signing documents: any, email protection, document signing (RFC 9336), Adobe's and Microsoft's. */
    private static final Set<String> SIGNING_PURPOSES = Set.of("2.5.29.37.0", "1.3.6.1.5.5.7.3.4", "1.3.6.1.5.5.7.3.36",
            "1.2.840.113583.1.1.5", "1.3.6.1.4.1.311.10.3.12");

    /** A certificate's day, with the month in the reader's language. */
    private static DateTimeFormatter day() {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", ReaderLanguage.current().locale()).withZone(ZoneOffset.UTC);
    }

    @Inject
    KeySealer sealer;

    public Pkcs12Importer() {
    }

    /** With a sealer of the caller's choosing (tests, tools). */
    public Pkcs12Importer(KeySealer sealer) {
        this.sealer = sealer;
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
                throw new InvalidInputException("file", Messages.text("document.BouncyCastleKeys.theFileHolds", keys.size()));
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
            return sealer.seal(SealedCredential.Holder.organisation(organisationId), chain, key);
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
            throw new InvalidInputException("certificate", Messages.text("document.BouncyCastleKeys.theKeyIs", algorithm, rsa ? Messages.text("document.BouncyCastleKeys.ofBits",
                    ((RSAKey) key).getModulus().bitLength()) : ""));
        }
        if (!KeyPairs.belongTogether(key, signer.getPublicKey())) {
            throw new InvalidInputException("certificate", Messages.text("document.BouncyCastleKeys.thePrivateKeyDoesNot"));
        }
        boolean[] usage = signer.getKeyUsage();
        if (usage != null && !(usage[0] || usage[1])) {
            problems.add(new FieldError("certificate", Messages.text("document.BouncyCastleKeys.theCertificateSKeyUsage")));
        }
        List<String> purposes = signer.getExtendedKeyUsage();
        if (purposes != null && purposes.stream().noneMatch(SIGNING_PURPOSES::contains)) {
            problems.add(new FieldError("certificate", Messages.text("document.BouncyCastleKeys.theCertificateIsMeantFor", String.join(", ", purposes))));
        }
        for (X509Certificate c : chain) {
            String who = c == signer ? Messages.text("document.BouncyCastleKeys.theCertificate")
                    : Messages.text("document.BouncyCastleKeys.theIssuingCertificate", c.getSubjectX500Principal().getName());
            if (now.isBefore(c.getNotBefore().toInstant())) {
                problems.add(new FieldError("certificate", Messages.text("document.BouncyCastleKeys.isNotValidUntil", who, day().format(c.getNotBefore().toInstant()))));
            } else if (now.isAfter(c.getNotAfter().toInstant())) {
                problems.add(new FieldError("certificate", Messages.text("document.BouncyCastleKeys.expiredOn", who, day().format(c.getNotAfter().toInstant()))));
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
                return java.util.Optional.of(Messages.text("document.BouncyCastleKeys.theFileDoesNotInclude", c.getIssuerX500Principal().getName()));
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

}
