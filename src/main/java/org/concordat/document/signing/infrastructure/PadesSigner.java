package org.concordat.document.signing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.concordat.document.signing.domain.DocumentSigner;
import org.concordat.document.signing.domain.SignatureRequest;
import org.concordat.document.signing.domain.SigningKey;
import org.concordat.shared.application.Settings;
import org.concordat.shared.domain.Messages;

/**
 * PAdES baseline signatures with PDFBox and BouncyCastle: a detached CMS signature (SubFilter ETSI.CAdES.detached)
 * whose signed attributes carry the signing certificate (signing-certificate-v2) and no signing time (the time is
 * the signature dictionary's M, or a timestamp's), saved as an incremental update so that every earlier signature
 * stays valid. The first signature certifies the document (DocMDP, P=2: only form filling and signing afterwards).
 * With {@value #TSA_VARIABLE} set, each signature also gets an RFC 3161 timestamp from that authority; if the
 * authority cannot be reached, the signature is made without one and a warning is logged.
 */
@ApplicationScoped
public class PadesSigner implements DocumentSigner {

    static final String TSA_VARIABLE = "CONCORDAT_TSA_URL";
    /** Bytes reserved in the file for the CMS signature (written as hex, so twice as many characters). */
    static final int SIGNATURE_SPACE = 20_000;

    private static final Logger LOG = Logger.getLogger(PadesSigner.class.getName());

    private final TimestampClient timestamps;

    /** For the container's proxy only. */
    protected PadesSigner() {
        timestamps = null;
    }

    /** With the time-stamping authority of the settings ({@value #TSA_VARIABLE}), if any. */
    @Inject
    public PadesSigner(Settings settings) {
        timestamps = settings.timestampAuthority().map(url -> new TimestampClient(URI.create(url))).orElse(null);
    }

    /** With a time-stamping authority of the caller's choosing, or none (tests, benchmarks). */
    public PadesSigner(URI timestampAuthority) {
        timestamps = timestampAuthority == null ? null : new TimestampClient(timestampAuthority);
    }

    @Override
    public Signed sign(byte[] pdf, SignatureRequest request, SigningKey key) {
        boolean[] timestamped = {false};
        try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(request.signerName());
            signature.setReason(request.reason());
            signature.setLocation(request.location());
            signature.setContactInfo(request.contactInfo());
            signature.setSignDate(GregorianCalendar.from(request.signedAt().atZone(ZoneOffset.UTC)));
            if (request.certify()) {
                certify(document, signature);
            }
            options.setPreferredSignatureSize(SIGNATURE_SPACE);
            document.addSignature(signature, content -> {
                CmsResult result = cms(content, key);
                timestamped[0] = result.timestamped();
                return result.encoded();
            }, options);
            printable(document, signature, request);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SPACE + 8192);
            document.saveIncremental(out);
            return new Signed(out.toByteArray(), timestamped[0]);
        } catch (IOException e) {
            throw new UncheckedIOException("The document could not be signed for " + request.organisation(), e);
        }
    }

    /**
     * Makes this signature the document's certification: DocMDP with P=2 in its reference dictionary, and the
     * catalogue's permissions pointing at it.
     */
    private static void certify(PDDocument document, PDSignature signature) {
        COSDictionary parameters = new COSDictionary();
        parameters.setItem(COSName.TYPE, COSName.getPDFName("TransformParams"));
        parameters.setInt(COSName.P, 2);
        parameters.setName(COSName.V, "1.2");
        COSDictionary reference = new COSDictionary();
        reference.setItem(COSName.TYPE, COSName.getPDFName("SigRef"));
        reference.setItem(COSName.TRANSFORM_METHOD, COSName.DOCMDP);
        reference.setItem(COSName.TRANSFORM_PARAMS, parameters);
        COSArray references = new COSArray();
        references.add(reference);
        signature.getCOSObject().setItem(COSName.REFERENCE, references);
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        COSDictionary permissions = new COSDictionary();
        permissions.setItem(COSName.DOCMDP, signature);
        catalog.setItem(COSName.PERMS, permissions);
        catalog.setNeedToBeUpdated(true);
    }

    /**
     * The signature's widget is invisible (no area) and, as PDF/A wants of every annotation, marked printable; its
     * field is named after the organisation.
     */
    private static void printable(PDDocument document, PDSignature signature, SignatureRequest request) throws IOException {
        for (PDSignatureField field : document.getSignatureFields()) {
            PDSignature value = field.getSignature();
            if (value != null && value.getCOSObject() == signature.getCOSObject()) {
                field.setPartialName(fieldName(document, request.organisation()));
                for (PDAnnotationWidget widget : field.getWidgets()) {
                    widget.setPrinted(true);
                    widget.setLocked(true);
                }
            }
        }
    }

    /** "Approval by Northshire County Council": no dots (they would nest the field), unique in the form. */
    private static String fieldName(PDDocument document, String organisation) throws IOException {
        String base = Messages.text("document.PadesSigner.approvalBy", organisation.replace('.', ' ').strip());
        String name = base;
        List<String> taken = document.getSignatureFields().stream().map(PDSignatureField::getPartialName).toList();
        for (int n = 2; taken.contains(name); n++) {
            name = base + " " + n;
        }
        return name;
    }

    private record CmsResult(byte[] encoded, boolean timestamped) {
    }

    /** The detached CMS signature of the bytes the byte range covers. */
    private CmsResult cms(InputStream content, SigningKey key) throws IOException {
        try {
            X509Certificate certificate = key.certificate();
            ASN1EncodableVector attributes = new ASN1EncodableVector(1);
            attributes.add(signingCertificate(certificate));
            AttributeTable extra = new AttributeTable(attributes);
            // The standard attributes (content type, message digest, algorithm protection) without a signing time.
            CMSAttributeTableGenerator signedAttributes = parameters ->
                    new DefaultSignedAttributeTableGenerator(extra).getAttributes(parameters).remove(CMSAttributes.signingTime);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(signedAttributes)
                    .build(new JcaContentSignerBuilder(KeyPairs.signatureAlgorithm(key.privateKey()))
                            .build(key.privateKey()), certificate));
            generator.addCertificates(new JcaCertStore(key.chain()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false);
            boolean timestamped = false;
            if (timestamps != null) {
                CMSSignedData stamped = timestamp(signed);
                timestamped = stamped != signed;
                signed = stamped;
            }
            byte[] encoded = signed.getEncoded(ASN1Encoding.DER);
            if (encoded.length > SIGNATURE_SPACE) {
                throw new IOException("The signature takes " + encoded.length + " bytes, more than the " + SIGNATURE_SPACE
                        + " reserved for it");
            }
            return new CmsResult(encoded, timestamped);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("The CMS signature could not be made", e);
        }
    }

    /** signing-certificate-v2 (RFC 5035): the SHA-256 of the signer's certificate, and its issuer and serial. */
    private static Attribute signingCertificate(X509Certificate certificate) throws GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(
                X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))), certificate.getSerialNumber());
        ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash, issuerSerial);
        return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id})));
    }

    /** Adds the authority's timestamp over the signature value, as an unsigned attribute; unchanged if it fails. */
    private CMSSignedData timestamp(CMSSignedData signed) throws GeneralSecurityException {
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        try {
            TimeStampToken token = timestamps.stamp(MessageDigest.getInstance("SHA-256").digest(signer.getSignature()));
            Attribute attribute = new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                    new DERSet(ASN1Primitive.fromByteArray(token.getEncoded())));
            ASN1EncodableVector unsigned = new ASN1EncodableVector(1);
            unsigned.add(attribute);
            SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(unsigned));
            return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
        } catch (IOException | TSPException e) {
            LOG.warning("event=timestamp_unavailable tsa=" + timestamps.url() + " detail=\"" + e.getMessage()
                    + "\" outcome=signed_without_timestamp");
            return signed;
        }
    }
}
