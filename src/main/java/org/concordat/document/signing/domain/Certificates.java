package org.concordat.document.signing.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;

/** X.509 certificates as the database keeps them (DER, one after another) and as people compare them (SHA-256). */
public final class Certificates {

    private Certificates() {
    }

    public static byte[] encode(X509Certificate... chain) {
        return encode(List.of(chain));
    }

    public static byte[] encode(List<X509Certificate> chain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (X509Certificate certificate : chain) {
            out.writeBytes(der(certificate));
        }
        return out.toByteArray();
    }

    public static List<X509Certificate> decode(byte[] der) {
        try {
            return CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(der)).stream()
                    .map(X509Certificate.class::cast).toList();
        } catch (CertificateException e) {
            throw new IllegalStateException("Stored certificates could not be read", e);
        }
    }

    /** The SHA-256 of the certificate's DER encoding, in lower-case hex: how certificates are matched. */
    public static String fingerprint(X509Certificate certificate) {
        return sha256(der(certificate));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    public static String sha256(byte[] bytes, int length) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes, 0, length);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("A parsed certificate always has its encoding", e);
        }
    }
}
