package org.concordat.document.signing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.concordat.agreement.application.AgreementData;
import org.concordat.agreement.application.AgreementImports;
import org.concordat.agreement.application.AgreementQueries;
import org.concordat.document.render.application.AgreementDocuments;
import org.concordat.document.render.application.RenderedDocument;
import org.concordat.document.signing.domain.SignedDocument;
import org.concordat.document.signing.domain.SignedDocumentRepository;
import org.concordat.document.signing.domain.SigningJob;
import org.concordat.document.signing.domain.SigningOutboxRepository;
import org.concordat.shared.domain.NotFoundException;
import org.concordat.shared.domain.Messages;

/**
 * What was signed, as the parties download it: the document of a version's latest submission with the signatures
 * made on it so far, its machine-readable copy, and whether signatures are still being made (Signing…). Reading goes
 * through the agreement queries, so a version the caller may not see is "not found" here too.
 */
@ApplicationScoped
public class SignedDocuments {

    @Inject
    AgreementImports imports;

    @Inject
    AgreementQueries agreements;

    @Inject
    AgreementDocuments rendering;

    @Inject
    SignedDocumentRepository documents;

    @Inject
    SigningOutboxRepository outbox;

    /**
     * The signatures of a version's latest document still being made (SIGNING): how many are waiting, how often the
     * first of them was tried and why it failed last, if it did.
     */
    public record SigningProgress(int waiting, int attempts, String lastError) {
    }

    /**
     * The document of the version's latest submission, with every signature made on it so far: what the parties
     * file and send on. A draft has none (its preview is the document as it stands).
     */
    @Transactional
    public RenderedDocument signed(long versionId) {
        AgreementData data = agreements.version(versionId);
        Optional<SignedDocument> document = documents.latest(versionId);
        if (document.isEmpty() && imports.status(versionId).isPresent()) {
            // Signed outside Concordat and brought in (issue 20): its signed document is the PDF uploaded with it.
            AgreementImports.Template kept = imports.document(versionId);
            return new RenderedDocument(kept.fileName(), kept.content());
        }
        SignedDocument signed = document.orElseThrow(() -> new NotFoundException(
                Messages.text("document.AgreementDocuments.aSignedDocumentOf", data.reference(), data.number())));
        return new RenderedDocument(signed.getFileName(), signed.content());
    }

    /**
     * Whether signatures of the version's latest document are still being made, for a caller who may see the version.
     * Until none is, its signed document does not yet carry every approval.
     */
    @Transactional
    public Optional<SigningProgress> signing(long versionId) {
        agreements.version(versionId);
        return documents.latest(versionId).flatMap(d -> {
            List<SigningJob> waiting = outbox.waiting(versionId, d.getRound());
            return waiting.isEmpty() ? Optional.empty() : Optional.of(new SigningProgress(waiting.size(),
                    waiting.get(0).getAttempts(), waiting.get(0).getLastError()));
        });
    }

    /**
     * The machine-readable copy of the version: the one attached to its latest submitted document, byte for byte,
     * or for a draft the copy as it stands now.
     */
    @Transactional
    public RenderedDocument json(long versionId) {
        AgreementData data = agreements.version(versionId);
        String name = AgreementDocuments.safe(data.reference() + "-v" + data.number() + ".json");
        return documents.latest(versionId).map(d -> new RenderedDocument(name, d.json()))
                .orElseGet(() -> rendering.copy(data));
    }

    /**
     * The version as linked data (JSON-LD): the file attached to its latest submitted document, byte for byte, or —
     * for a draft, or a document rendered before the format existed — the version as it stands now.
     */
    @Transactional
    public RenderedDocument linkedData(long versionId) {
        AgreementData data = agreements.version(versionId);
        return documents.latest(versionId).flatMap(d -> rendering.attachedLinkedData(data, d.content()))
                .orElseGet(() -> rendering.linkedData(data));
    }
}
