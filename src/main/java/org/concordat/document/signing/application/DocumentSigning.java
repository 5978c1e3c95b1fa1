package org.concordat.document.signing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import org.concordat.agreement.domain.AgreementEvent;
import org.concordat.agreement.domain.PartyApproved;
import org.concordat.audit.application.AuditLog;
import org.concordat.document.signing.domain.SignedDocument;
import org.concordat.document.signing.domain.SignedDocumentRepository;
import org.concordat.document.signing.domain.SigningJob;
import org.concordat.document.signing.domain.SigningOutboxRepository;
import org.concordat.document.render.application.AgreementDocuments;
import org.concordat.shared.domain.Messages;

/**
 * The document's life along the approval: rendered once when a version is submitted (each submission round anew),
 * then signed by each party as its signatory approves. Rendering happens in the submission's transaction, so the
 * document is the version exactly as submitted. An approval does not sign: its transaction records the decision and
 * queues the signature in the durable outbox ({@link SigningJob}), and {@link OutboxSigning} makes it once that has
 * committed, outside the version's row lock. An approval is refused only when the organisation's certificate is out
 * of date at that instant; a key that cannot be unsealed, or any other failure, leaves the approval standing and the
 * signature waiting (SIGNING), tried again until it is made.
 */
@ApplicationScoped
public class DocumentSigning {

    static final String SIGNER_ROLE = "signatory";

    @Inject
    AgreementDocuments documents;

    @Inject
    SignedDocumentRepository repository;

    @Inject
    SigningOutboxRepository outbox;

    @Inject
    SigningCredentials credentials;

    @Inject
    Event<SigningQueued> queued;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    void onSubmitted(@Observes AgreementEvent event) {
        if (event.kind() == AgreementEvent.Kind.SUBMITTED) {
            SignedDocument document = record(event.versionId());
            audit.change("DOCUMENT_RENDERED", "AgreementVersion", event.versionId(),
                    Messages.text("document.DocumentSigning.renderedForApprovalRound", event.reference(), event.number(),
                            document.getRound(), document.getSha256()), null, null);
        }
    }

    void onApproved(@Observes PartyApproved approval) {
        if (repository.latest(approval.versionId()).filter(d -> d.getRound() == approval.round()).isEmpty()) {
            record(approval.versionId());
        }
        credentials.checkUsable(approval.organisationId(), approval.organisationName(), approval.decidedAt());
        outbox.add(new SigningJob(approval.versionId(), approval.round(), approval.reference(), approval.number(),
                approval.organisationId(), approval.organisationName(), approval.signerName(), approval.signerEmail(),
                approval.decidedAt(), clock.instant(), approval.identifiedBy()));
        queued.fire(new SigningQueued(approval.versionId()));
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
