package org.concordat.document.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.concordat.agreement.domain.AgreementEvent;
import org.concordat.agreement.domain.PartyApproved;
import org.concordat.audit.application.AuditLog;
import org.concordat.document.domain.DocumentSignature;
import org.concordat.document.domain.DocumentSigner;
import org.concordat.document.domain.SignatureRequest;
import org.concordat.document.domain.SignedDocument;
import org.concordat.document.domain.SignedDocumentRepository;
import org.concordat.shared.domain.Messages;

/**
 * The document's life along the approval: rendered once when a version is submitted (each submission round anew),
 * then signed by each party as its signatory approves. Both happen inside the transaction of the submission or the
 * decision: an approval whose signature cannot be made is not recorded, and no signature exists without its
 * approval.
 */
@ApplicationScoped
public class DocumentSigning {

    static final String SIGNER_ROLE = "signatory";

    @Inject
    AgreementDocuments documents;

    @Inject
    SignedDocumentRepository repository;

    @Inject
    SigningCredentials credentials;

    @Inject
    DocumentSigner signer;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    void onSubmitted(@Observes AgreementEvent event) {
        if (event.kind() == AgreementEvent.Kind.SUBMITTED) {
            SignedDocument document = record(event.versionId());
            audit.change("DOCUMENT_RENDERED", "AgreementVersion", event.versionId(), Messages.text("document.DocumentSigning.renderedForApprovalRound",
                    event.reference(), event.number(), document.getRound(), document.getSha256()), null, null);
        }
    }

    void onApproved(@Observes PartyApproved approval) {
        // The version row is locked by the decision; the document's row is locked too, for whoever else writes it.
        SignedDocument document = repository.forUpdate(approval.versionId(), approval.round())
                .orElseGet(() -> record(approval.versionId()));
        List<DocumentSignature> earlier = repository.signatures(document.getId());
        SigningCredentials.Unsealed credential = credentials.keyFor(approval.organisationId(), approval.organisationName(),
                approval.signerEmail(), approval.decidedAt());
        SignatureRequest request = new SignatureRequest(approval.signerName(), approval.signerEmail(), SIGNER_ROLE,
                approval.organisationName(), approval.decidedAt(), earlier.isEmpty());
        DocumentSigner.Signed signed = signer.sign(document.content(), request, credential.key());
        byte[] pdf = signed.pdf();
        document.signed(pdf, clock.instant());
        DocumentSignature signature = repository.add(new DocumentSignature(document.getId(), earlier.size() + 1, request,
                approval.organisationId(), credential.credentialId(), signed.timestamped(), pdf));
        audit.change("DOCUMENT_SIGNED", "AgreementVersion", approval.versionId(), Messages.text("document.DocumentSigning.signed",
                approval.reference(), approval.number(), approval.signerName(), approval.organisationName(),
                signature.getSequenceNumber(), request.certify() ? Messages.text("document.DocumentSigning.certifyingTheDocument") : "",
                signed.timestamped() ? Messages.text("document.DocumentSigning.timestamped") : "", signature.getRevisionSha256()), null, null);
    }

    /**
     * Renders the version as submitted and records it. A version submitted before documents were recorded gets its
     * document at its first approval instead.
     */
    private SignedDocument record(long versionId) {
        AgreementDocuments.Rendering rendering = documents.render(versionId);
        SignedDocument document = repository.add(new SignedDocument(versionId, rendering.data().submissionRound(),
                rendering.pdf(), rendering.json(), rendering.fileName(), clock.instant()));
        repository.flush();
        return document;
    }
}
