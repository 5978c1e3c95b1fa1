package org.concordat.document.verification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.concordat.document.signing.domain.Certificates;
import org.concordat.document.verification.domain.DocumentInspector;
import org.concordat.document.verification.domain.Inspection;
import org.concordat.document.verification.domain.Inspection.Later;
import org.concordat.document.verification.domain.TrustAnchors;
import org.concordat.shared.domain.Messages;

/**
 * Inspects PDFs defensively: the file must look like a PDF (a header, an end-of-file marker), its compressed
 * streams must not inflate beyond a budget, it must open without a password and not be encrypted; then each
 * signature is checked — its byte range (from the start of the file, leaving out exactly its own signature value),
 * its CMS signature over those bytes, its signing certificate attribute, an RFC 3161 timestamp if it has one, its
 * certificate chain against the trust anchors, and what the file holds besides the revision it signed.
 */
@ApplicationScoped
public class PdfInspector implements DocumentInspector {

    static final long INFLATION_BUDGET = 256L * 1024 * 1024;
    static final int MAX_SIGNATURES = 50;
    static final int MAX_OBJECTS = 500_000;
    static final int MAX_ATTACHMENT = 5 * 1024 * 1024;

    private static final String NOT_A_PDF = Messages.text("document.PdfInspector.thisIsNotAValid");

    private final RevisionFingerprint fingerprints = new RevisionFingerprint(MAX_OBJECTS);

    @Override
    public Inspection inspect(byte[] pdf, TrustAnchors trust, Instant now) {
        if (pdf.length == 0) {
            return Inspection.unreadable(Messages.text("document.PdfInspector.theFileIsEmpty"), pdf);
        }
        if (indexOf(pdf, "%PDF-", 0, Math.min(pdf.length, 1024)) < 0) {
            return Inspection.unreadable(Messages.text("document.PdfInspector.thisIsNotAPdf"), pdf);
        }
        if (indexOf(pdf, "%%EOF", Math.max(0, pdf.length - 1024), pdf.length) < 0) {
            return Inspection.unreadable(Messages.text("document.PdfInspector.thisIsNotAComplete"), pdf);
        }
        if (!InflationGuard.withinBudget(pdf, INFLATION_BUDGET)) {
            return Inspection.unreadable(Messages.text("document.PdfInspector.tooMuchToInflate",
                    INFLATION_BUDGET / (1024 * 1024)), pdf);
        }
        try (PDDocument document = Loader.loadPDF(pdf, "", null, null, IOUtils.createMemoryOnlyStreamCache())) {
            if (document.isEncrypted()) {
                return Inspection.unreadable(Messages.text("document.PdfInspector.thisPdfIsEncryptedSo"), pdf);
            }
            List<PDSignature> dictionaries = document.getSignatureDictionaries();
            if (dictionaries.size() > MAX_SIGNATURES) {
                return Inspection.unreadable(Messages.text("document.PdfInspector.thisPdfHas",
                        dictionaries.size(), MAX_SIGNATURES), pdf);
            }
            String whole = fingerprints.of(document);
            List<Inspection.Signature> signatures = new ArrayList<>();
            List<PDSignature> ordered = new ArrayList<>(dictionaries);
            ordered.sort(Comparator.comparingLong(PdfInspector::revisionEnd));
            for (PDSignature signature : ordered) {
                signatures.add(signature(signatures.size() + 1, signature, pdf, whole, trust, now));
            }
            return new Inspection(true, null, pdf.length, Certificates.sha256(pdf), attachment(document), signatures);
        } catch (InvalidPasswordException e) {
            return Inspection.unreadable(Messages.text("document.PdfInspector.thisPdfIsProtectedBy"), pdf);
        } catch (RevisionFingerprint.TooComplexException e) {
            return Inspection.unreadable(Messages.text("document.PdfInspector.thisPdfIsNotChecked", MAX_OBJECTS), pdf);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // A parser meeting a hostile file may fail anywhere, even by nesting too deep: the verdict is the same.
            return Inspection.unreadable(NOT_A_PDF, pdf);
        }
    }

    private static long revisionEnd(PDSignature signature) {
        int[] range = signature.getByteRange();
        return range != null && range.length == 4 ? (long) range[2] + range[3] : Long.MAX_VALUE;
    }

    private Inspection.Signature signature(int index, PDSignature signature, byte[] pdf, String whole, TrustAnchors trust,
                                           Instant now) {
        Instant claimed = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
        boolean certification = false;
        int permission = 0;
        COSArray references = signature.getCOSObject().getCOSArray(COSName.REFERENCE);
        if (references != null) {
            for (int i = 0; i < references.size(); i++) {
                if (references.getObject(i) instanceof COSDictionary reference
                        && COSName.DOCMDP.equals(reference.getCOSName(COSName.TRANSFORM_METHOD))) {
                    certification = true;
                    COSBase parameters = reference.getDictionaryObject(COSName.TRANSFORM_PARAMS);
                    permission = parameters instanceof COSDictionary p ? p.getInt(COSName.P, 2) : 2;
                }
            }
        }
        Check check = new Check();
        int[] range = signature.getByteRange();
        long end = revisionEnd(signature);
        String rangeProblem = rangeProblem(range, pdf, signature);
        if (rangeProblem != null) {
            check.intactProblem = rangeProblem;
            return result(index, signature, claimed, check, certification, permission, Math.min(end, pdf.length), null, Later.OTHER_CHANGES);
        }
        byte[] revision = Arrays.copyOf(pdf, (int) end);
        cms(signature, pdf, range, check);
        if (check.certificate != null) {
            trust(check, trust, check.timestampedAt != null ? check.timestampedAt : claimed != null ? claimed : now);
        }
        Later later = end == pdf.length ? Later.NOTHING : later(revision, whole);
        return result(index, signature, claimed, check, certification, permission, end, Certificates.sha256(revision), later);
    }

    private Later later(byte[] revision, String whole) {
        try (PDDocument earlier = Loader.loadPDF(revision, "", null, null, IOUtils.createMemoryOnlyStreamCache())) {
            return fingerprints.of(earlier).equals(whole) ? Later.SIGNATURES_ONLY : Later.OTHER_CHANGES;
        } catch (IOException | RuntimeException e) {
            return Later.OTHER_CHANGES;
        }
    }

    private static Inspection.Signature result(int index, PDSignature signature, Instant claimed, Check check,
                                               boolean certification, int permission, long end, String revisionSha256,
                                               Later later) {
        X509Certificate certificate = check.certificate;
        return new Inspection.Signature(index, signature.getName(), signature.getReason(), signature.getLocation(),
                signature.getContactInfo(), claimed, check.timestampedAt, certification, permission,
                check.intactProblem == null, check.intactProblem, check.trustProblem == null && certificate != null,
                certificate == null ? Messages.text("document.PdfInspector.theSignatureHoldsNoCertificate") : check.trustProblem,
                certificate == null ? null : certificate.getSubjectX500Principal().getName(),
                certificate == null ? null : Certificates.fingerprint(certificate), end, revisionSha256, later);
    }

    /** What one signature's checks found; a null problem means the check passed. */
    private static final class Check {
        String intactProblem;
        String trustProblem;
        X509Certificate certificate;
        List<X509Certificate> certificates = List.of();
        Instant timestampedAt;
    }

    /**
     * The byte range must start the file, end inside it, and leave out exactly the signature's own value, written
     * as hexadecimal between angle brackets: nothing else of the file may escape the signature.
     */
    private static String rangeProblem(int[] range, byte[] pdf, PDSignature signature) {
        if (range == null || range.length != 4 || range[0] != 0 || range[1] <= 0 || range[2] <= range[1] + 1
                || range[3] < 0 || (long) range[2] + range[3] > pdf.length) {
            return Messages.text("document.PdfInspector.itsByteRangeIsMalformed");
        }
        if (pdf[range[1]] != '<' || pdf[range[2] - 1] != '>') {
            return Messages.text("document.PdfInspector.itsByteRangeLeavesOut");
        }
        for (int i = range[1] + 1; i < range[2] - 1; i++) {
            if (Character.digit(pdf[i], 16) < 0) {
                return Messages.text("document.PdfInspector.itsByteRangeLeavesOut");
            }
        }
        try {
            if (!Arrays.equals(signature.getContents(pdf), signature.getContents())) {
                return Messages.text("document.PdfInspector.theSignatureValueInIts");
            }
        } catch (IOException | RuntimeException e) {
            return Messages.text("document.PdfInspector.itsSignatureValueCannotBe");
        }
        return null;
    }

    private static void cms(PDSignature signature, byte[] pdf, int[] range, Check check) {
        try {
            byte[] covered = new byte[range[1] + range[3]];
            System.arraycopy(pdf, 0, covered, 0, range[1]);
            System.arraycopy(pdf, range[2], covered, range[1], range[3]);
            // The value is padded with zeros to the space reserved for it: only its first DER object is the signature.
            ContentInfo value;
            try (ASN1InputStream in = new ASN1InputStream(signature.getContents(pdf))) {
                value = ContentInfo.getInstance(in.readObject());
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(covered), value);
            if (cms.getSignerInfos().size() != 1) {
                check.intactProblem = Messages.text("document.PdfInspector.itHolds", cms.getSignerInfos().size());
                return;
            }
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            List<X509Certificate> certificates = new ArrayList<>();
            for (X509CertificateHolder holder : cms.getCertificates().getMatches(null)) {
                certificates.add(converter.getCertificate(holder));
            }
            check.certificates = certificates;
            @SuppressWarnings("unchecked")
            java.util.Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                check.intactProblem = Messages.text("document.PdfInspector.itDoesNotIncludeThe");
                return;
            }
            X509Certificate certificate = converter.getCertificate(matches.iterator().next());
            check.certificate = certificate;
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                check.intactProblem = Messages.text("document.PdfInspector.itsSignatureDoesNotMatch");
                return;
            }
            String namedCertificate = signingCertificateProblem(signer, certificate);
            if (namedCertificate != null) {
                check.intactProblem = namedCertificate;
                return;
            }
            check.timestampedAt = timestamp(signer);
        } catch (org.bouncycastle.cms.CMSSignerDigestMismatchException e) {
            check.intactProblem = Messages.text("document.PdfInspector.itsSignatureDoesNotMatch");
        } catch (Exception e) {
            // BouncyCastle reports malformed signatures with many exception types, checked and not.
            check.intactProblem = Messages.text("document.PdfInspector.itsSignatureValueIsNot");
        }
    }

    /** PAdES signs the certificate too (signing-certificate-v2): it must name the certificate that verifies. */
    private static String signingCertificateProblem(SignerInformation signer, X509Certificate certificate)
            throws GeneralSecurityException {
        AttributeTable signed = signer.getSignedAttributes();
        Attribute attribute = signed == null ? null : signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            return null;
        }
        ESSCertIDv2[] ids = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0)).getCerts();
        if (ids.length == 0) {
            return Messages.text("document.PdfInspector.itsSigningCertificateAttributeIs");
        }
        String algorithm = ids[0].getHashAlgorithm().getAlgorithm().getId();
        byte[] hash = MessageDigest.getInstance(algorithm).digest(certificate.getEncoded());
        return Arrays.equals(hash, ids[0].getCertHash()) ? null
                : Messages.text("document.PdfInspector.itsSigningCertificateAttributeNames");
    }

    /** The time of an RFC 3161 timestamp over the signature value, if one is there and checks out. */
    private static Instant timestamp(SignerInformation signer) throws Exception {
        AttributeTable unsigned = signer.getUnsignedAttributes();
        Attribute attribute = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) {
            return null;
        }
        TimeStampToken token = new TimeStampToken(ContentInfo.getInstance(attribute.getAttrValues().getObjectAt(0)));
        String algorithm = token.getTimeStampInfo().getMessageImprintAlgOID().getId();
        byte[] imprint = MessageDigest.getInstance(algorithm).digest(signer.getSignature());
        var authority = token.getCertificates().getMatches(token.getSID());
        if (!Arrays.equals(imprint, token.getTimeStampInfo().getMessageImprintDigest()) || authority.isEmpty()) {
            return null;
        }
        token.validate(new JcaSimpleSignerInfoVerifierBuilder().build((X509CertificateHolder) authority.iterator().next()));
        return token.getTimeStampInfo().getGenTime().toInstant();
    }

    /**
     * Trusted: the certificate is one an organisation registered (checked along its registered chain), or it chains
     * to Concordat's certification authority — valid at the time of signing, its key usage allowing signatures.
     */
    private static void trust(Check check, TrustAnchors anchors, Instant at) {
        X509Certificate signer = check.certificate;
        boolean[] usage = signer.getKeyUsage();
        if (usage != null && !(usage[0] || usage[1])) {
            check.trustProblem = Messages.text("document.PdfInspector.itsCertificateSKeyUsage");
            return;
        }
        List<X509Certificate> registered = anchors.registered().get(Certificates.fingerprint(signer));
        List<X509Certificate> path;
        X509Certificate anchor;
        if (registered != null) {
            path = registered.subList(0, Math.max(1, registered.size() - 1));
            anchor = registered.get(registered.size() - 1);
        } else if (anchors.authority() != null && signer.getIssuerX500Principal().equals(anchors.authority().getSubjectX500Principal())) {
            path = List.of(signer);
            anchor = anchors.authority();
        } else {
            check.trustProblem = Messages.text("document.PdfInspector.itsCertificate",
                    signer.getSubjectX500Principal().getName(), signer.getIssuerX500Principal().getName());
            return;
        }
        try {
            if (registered != null && registered.size() == 1) {
                signer.checkValidity(Date.from(at));
            } else {
                PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(anchor, null)));
                parameters.setRevocationEnabled(false);
                parameters.setDate(Date.from(at));
                CertPathValidator.getInstance("PKIX").validate(CertificateFactory.getInstance("X.509").generateCertPath(path),
                        parameters);
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            check.trustProblem = Messages.text("document.PdfInspector.itsCertificateDoesNotChain", e.getMessage());
        }
    }

    /** The document's machine-readable copy: an attached JSON file (PDF/A's associated file of the document). */
    private static byte[] attachment(PDDocument document) {
        try {
            PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
            PDEmbeddedFilesNameTreeNode tree = names == null ? null : names.getEmbeddedFiles();
            if (tree == null) {
                return null;
            }
            Map<String, PDComplexFileSpecification> files = tree.getNames();
            if (files == null) {
                return null;
            }
            for (PDComplexFileSpecification spec : files.values()) {
                PDEmbeddedFile file = spec.getEmbeddedFile();
                String name = spec.getFileUnicode() == null ? spec.getFile() : spec.getFileUnicode();
                if (file != null && ("application/json".equals(file.getSubtype()) || (name != null && name.endsWith(".json")))) {
                    try (InputStream in = file.createInputStream()) {
                        byte[] json = in.readNBytes(MAX_ATTACHMENT + 1);
                        return json.length > MAX_ATTACHMENT ? null : json;
                    }
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static int indexOf(byte[] data, String text, int from, int to) {
        byte[] pattern = text.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = from; i <= to - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
