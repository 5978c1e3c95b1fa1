package org.concordat.document.verification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.concordat.agreement.application.AgreementQueries;
import org.concordat.agreement.domain.VersionStatus;
import org.concordat.document.verification.application.Verdict.DocumentFacts;
import org.concordat.document.verification.application.Verdict.Outcome;
import org.concordat.document.verification.application.Verdict.SignatureFacts;
import org.concordat.document.signing.domain.Certificates;
import org.concordat.document.verification.domain.DocumentInspector;
import org.concordat.document.signing.domain.DocumentSignature;
import org.concordat.document.verification.domain.Inspection;
import org.concordat.document.signing.domain.SignedDocument;
import org.concordat.document.signing.domain.SignedDocumentRepository;
import org.concordat.document.signing.domain.SigningAuthority;
import org.concordat.document.signing.domain.SigningCredential;
import org.concordat.document.signing.domain.SigningRepository;
import org.concordat.document.verification.domain.TrustAnchors;
import org.concordat.document.verification.domain.VerificationThrottle;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.shared.application.CurrentCaller;
import org.concordat.shared.domain.Messages;

/**
 * Verification of any PDF, for anyone, signed in or not: is it a document Concordat recorded, of which agreement
 * version, and does each signature hold? Limited per source address; the file is only read, never kept.
 */
@ApplicationScoped
public class Verifications {

    /** The largest file checked: Concordat's own documents are far smaller. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private final VerificationThrottle throttle = VerificationThrottle.standard();

    @Inject
    DocumentInspector inspector;

    @Inject
    SigningRepository signing;

    @Inject
    SignedDocumentRepository documents;

    @Inject
    AgreementQueries agreements;

    @Inject
    OrganisationQueries organisations;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    /**
     * @throws TooManyVerificationsException when the caller's address has used up its verifications for now
     */
    @Transactional
    public Verdict verify(byte[] pdf) {
        throttle.take(caller.sourceAddress(), clock.instant()).ifPresent(wait -> {
            throw new TooManyVerificationsException(wait);
        });
        if (pdf.length > MAX_BYTES) {
            return new Verdict(Outcome.NOT_A_VALID_PDF, Messages.text("document.Verifications.tooLarge",
                    MAX_BYTES / (1024 * 1024)), pdf.length,
                    Certificates.sha256(pdf), null, List.of());
        }
        List<SigningCredential> credentials = signing.all();
        Inspection inspection = inspector.inspect(pdf, anchors(credentials), clock.instant());
        if (!inspection.readable()) {
            return new Verdict(Outcome.NOT_A_VALID_PDF, inspection.problem(), inspection.size(), inspection.sha256(), null,
                    List.of());
        }
        Claim claim = Claim.of(inspection.attachment());
        Optional<SignedDocument> record = recordOf(pdf, inspection, claim);
        DocumentFacts document = facts(pdf, inspection, claim, record.orElse(null));
        Map<String, SigningCredential> byCertificate = credentials.stream()
                .collect(Collectors.toMap(SigningCredential::getCertificateSha256, Function.identity()));
        List<SignatureFacts> signatures = inspection.signatures().stream()
                .map(s -> signature(s, byCertificate, record.orElse(null))).toList();
        Outcome outcome = outcome(signatures);
        return new Verdict(outcome, summary(outcome, document, signatures), inspection.size(), inspection.sha256(),
                document, signatures);
    }

    private TrustAnchors anchors(List<SigningCredential> credentials) {
        return new TrustAnchors(signing.authority().map(SigningAuthority::certificate).orElse(null), credentials.stream()
                .collect(Collectors.toMap(SigningCredential::getCertificateSha256, SigningCredential::chain)));
    }

    /** What the attached machine-readable copy says the document is, if it is Concordat's format. */
    private record Claim(String reference, String title, Integer number, Long versionId, String status) {

        static Claim of(byte[] json) {
            if (json == null) {
                return null;
            }
            try (JsonReader reader = Json.createReader(new ByteArrayInputStream(json))) {
                JsonValue value = reader.readValue();
                if (!(value instanceof JsonObject copy) || !(copy.get("format") instanceof JsonString format)
                        || !format.getString().startsWith("concordat.agreement-version/")) {
                    return null;
                }
                return new Claim(text(copy, "reference"), text(copy, "title"),
                        copy.get("number") instanceof JsonNumber n ? n.intValue() : null,
                        copy.get("versionId") instanceof JsonNumber v ? v.longValue() : null, status(text(copy, "status")));
            } catch (RuntimeException e) {
                // Anyone can attach anything: JSON that does not parse is simply not Concordat's.
                return null;
            }
        }

        /** Only a status Concordat knows: anyone can attach anything. */
        private static String status(String claimed) {
            return java.util.Arrays.stream(VersionStatus.values()).map(Enum::name).filter(n -> n.equals(claimed)).findFirst()
                    .orElse(null);
        }

        private static String text(JsonObject copy, String key) {
            return copy.get(key) instanceof JsonString s ? s.getString() : null;
        }
    }

    /**
     * Concordat's record of this document: one whose rendering, current content or signed revision is this very file,
     * or failing that, the one of the version the attached copy names whose rendering the file begins with.
     */
    private Optional<SignedDocument> recordOf(byte[] pdf, Inspection inspection, Claim claim) {
        Optional<SignedDocument> exact = documents.withSha256(inspection.sha256()).stream().findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        for (Inspection.Signature s : inspection.signatures()) {
            if (s.revisionSha256() != null) {
                Optional<SignedDocument> signed = documents.signaturesWithRevision(s.revisionSha256()).stream().findFirst()
                        .flatMap(r -> documents.find(r.getSignedDocumentId()));
                if (signed.isPresent() && signed.get().startsWithRendering(pdf)) {
                    return signed;
                }
            }
        }
        if (claim != null && claim.versionId() != null) {
            return documents.ofVersion(claim.versionId()).stream().filter(d -> d.startsWithRendering(pdf))
                    .max(Comparator.comparingInt(SignedDocument::getRound));
        }
        return Optional.empty();
    }

    private DocumentFacts facts(byte[] pdf, Inspection inspection, Claim claim, SignedDocument record) {
        if (record == null) {
            if (claim == null) {
                return null;
            }
            return new DocumentFacts(false, Messages.text("document.Verifications.itsAttachedDataNames",
                    claim.reference(), claim.number()), claim.reference(), claim.title(), claim.number(), null, claim.status(), null, null, 0);
        }
        List<DocumentSignature> recorded = documents.signatures(record.getId());
        String sha256 = inspection.sha256();
        String comparison;
        if (sha256.equals(record.getContentSha256())) {
            comparison = recorded.isEmpty() ? Messages.text("document.Verifications.itIsExactlyTheDocument")
                    : Messages.text("document.Verifications.itIsExactlyTheDocument2", recorded.size());
        } else if (sha256.equals(record.getSha256())) {
            comparison = Messages.text("document.Verifications.itIsExactlyTheDocument3", recorded.size());
        } else {
            Optional<DocumentSignature> revision = recorded.stream().filter(r -> r.getRevisionSha256().equals(sha256)).findFirst();
            comparison = revision.map(r -> Messages.text("document.Verifications.itIsTheDocumentAs",
                    r.getSequenceNumber(), recorded.size()))
                    .orElse(Messages.text("document.Verifications.itBeginsWithTheDocument"));
        }
        var summary = agreements.summary(record.getVersionId());
        return new DocumentFacts(true, comparison, summary.map(AgreementQueries.VersionSummary::reference).orElse(null),
                summary.map(AgreementQueries.VersionSummary::title).orElse(claim == null ? null : claim.title()),
                summary.map(AgreementQueries.VersionSummary::number).orElse(null), record.getVersionId(),
                claim == null ? null : claim.status(), summary.map(s -> s.status().name()).orElse(null), record.getRound(),
                recorded.size());
    }

    private SignatureFacts signature(Inspection.Signature s, Map<String, SigningCredential> byCertificate,
                                     SignedDocument record) {
        SigningCredential credential = s.certificateSha256() == null ? null : byCertificate.get(s.certificateSha256());
        String organisation = credential != null
                ? organisations.findByIdAnyState(credential.getOrganisationId()).map(OrganisationData::name).orElse(null)
                : organisationOf(s.certificateSubject());
        boolean recorded = record != null && s.revisionSha256() != null && documents.signatures(record.getId()).stream()
                .anyMatch(r -> r.getRevisionSha256().equals(s.revisionSha256()));
        return new SignatureFacts(s.index(), s.name(), organisation, s.reason(), s.claimedAt(), s.timestampedAt(),
                s.certification(), s.intact(), s.intactProblem(), s.trusted(), s.trustProblem(),
                s.later() == Inspection.Later.NOTHING, s.later().name(), recorded, s.certificateSubject());
    }

    /** The certificate subject's organisation (O), else its common name (CN). */
    private static String organisationOf(String subject) {
        if (subject == null) {
            return null;
        }
        try {
            List<Rdn> rdns = new LdapName(subject).getRdns();
            return rdns.stream().filter(r -> r.getType().equalsIgnoreCase("O")).map(r -> r.getValue().toString()).findFirst()
                    .or(() -> rdns.stream().filter(r -> r.getType().equalsIgnoreCase("CN")).map(r -> r.getValue().toString()).findFirst())
                    .orElse(subject);
        } catch (InvalidNameException e) {
            return subject;
        }
    }

    private static Outcome outcome(List<SignatureFacts> signatures) {
        if (signatures.isEmpty()) {
            return Outcome.UNSIGNED;
        }
        if (signatures.stream().anyMatch(s -> !s.intact())) {
            return Outcome.SIGNATURE_BROKEN;
        }
        if (signatures.stream().anyMatch(s -> Inspection.Later.OTHER_CHANGES.name().equals(s.changesAfter()))) {
            return Outcome.CHANGED_AFTER_SIGNING;
        }
        if (signatures.stream().anyMatch(s -> !s.trusted())) {
            return Outcome.UNTRUSTED_SIGNATURE;
        }
        return Outcome.VALID;
    }

    private static String summary(Outcome outcome, DocumentFacts document, List<SignatureFacts> signatures) {
        boolean recorded = document != null && document.recorded();
        String what = !recorded ? Messages.text("document.Verifications.thisDocument")
                : document.title() == null
                ? Messages.text("document.Verifications.versionOf", document.reference(), document.versionNumber())
                : Messages.text("document.Verifications.versionOfTitled",
                        document.reference(), document.versionNumber(),
                        document.title());
        int n = signatures.size();
        return switch (outcome) {
            case NOT_A_VALID_PDF -> Messages.text("document.Verifications.thisIsNotAValid");
            case UNSIGNED -> Messages.text(recorded ? "document.Verifications.unsignedRecorded" : "document.Verifications.unsigned",
                    what);
            case SIGNATURE_BROKEN -> Messages.text("document.Verifications.aSignatureNoLongerMatches", what);
            case CHANGED_AFTER_SIGNING -> Messages.text("document.Verifications.theSignaturesAreIntactBut", what);
            case UNTRUSTED_SIGNATURE -> Messages.text("document.Verifications.theSignaturesAreIntactBut2", what);
            case VALID -> Messages.text(recorded
                    ? n == 1 ? "document.Verifications.validRecordedOne" : "document.Verifications.validRecordedMany"
                    : n == 1 ? "document.Verifications.validOne" : "document.Verifications.validMany", what, n);
        };
    }
}
