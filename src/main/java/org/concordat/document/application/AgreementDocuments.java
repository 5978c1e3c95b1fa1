package org.concordat.document.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.concordat.agreement.application.AgreementData;
import org.concordat.agreement.application.AgreementQueries;
import org.concordat.document.domain.DocumentModel;
import org.concordat.document.domain.DocumentRenderer;
import org.concordat.document.domain.SignedDocument;
import org.concordat.document.domain.SignedDocumentRepository;
import org.concordat.document.domain.SigningJob;
import org.concordat.document.domain.SigningOutboxRepository;
import org.concordat.legal.application.LegalCatalogue;
import org.concordat.legal.domain.Catalogue;
import org.concordat.shared.domain.NotFoundException;
import org.concordat.template.application.TemplateLibrary;
import org.concordat.template.domain.TemplateContent;

/**
 * Agreement versions as documents. Reading goes through the agreement queries, so a version the caller may not
 * see is "not found" here too.
 */
@ApplicationScoped
public class AgreementDocuments {

    @Inject
    AgreementQueries agreements;

    @Inject
    TemplateLibrary templates;

    @Inject
    LegalCatalogue catalogue;

    @Inject
    DocumentRenderer renderer;

    @Inject
    SignedDocumentRepository documents;

    @Inject
    SigningOutboxRepository outbox;

    @Inject
    Jsonb jsonb;

    @Inject
    Clock clock;

    /**
     * The signatures of a version's latest document still being made (SIGNING): how many are waiting, how often the
     * first of them was tried and why it failed last, if it did.
     */
    public record SigningProgress(int waiting, int attempts, String lastError) {
    }

    /** A version rendered as it stands now, with the machine-readable copy the PDF carries. */
    record Rendering(AgreementData data, String fileName, byte[] pdf, byte[] json) {
    }

    /** The version as it stands now, as a PDF; a draft carries the DRAFT mark on every page. */
    public RenderedDocument preview(long versionId) {
        Rendering rendering = render(versionId);
        return new RenderedDocument(rendering.fileName(), rendering.pdf());
    }

    /**
     * The document of the version's latest submission, with every signature made on it so far: what the parties
     * file and send on. A draft has none (its preview is the document as it stands).
     */
    @Transactional
    public RenderedDocument signed(long versionId) {
        AgreementData data = agreements.version(versionId);
        SignedDocument document = documents.latest(versionId).orElseThrow(() -> new NotFoundException("A signed document of "
                + data.reference() + " version " + data.number() + " (it has not been submitted)"));
        return new RenderedDocument(document.getFileName(), document.content());
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
        String name = data.reference() + "-v" + data.number() + ".json";
        return documents.latest(versionId).map(d -> new RenderedDocument(safe(name), d.json()))
                .orElseGet(() -> new RenderedDocument(safe(name), copy(data)));
    }

    /** Renders a version the caller may see, as it stands now. */
    Rendering render(long versionId) {
        AgreementData data = agreements.version(versionId);
        TemplateContent template = templates.version(data.templateVersionId()).content();
        Catalogue law = catalogue.current();
        byte[] json = copy(data, law);
        DocumentModel model = DocumentModels.agreement(data, template, law, json, clock.instant());
        return new Rendering(data, fileName(model), renderer.render(model), json);
    }

    private byte[] copy(AgreementData data) {
        return copy(data, catalogue.current());
    }

    private byte[] copy(AgreementData data, Catalogue law) {
        return jsonb.toJson(AgreementVersionCopy.of(data, law.version())).getBytes(StandardCharsets.UTF_8);
    }

    /** DSA-2026-0042-v3.pdf (draft previews say so); only letters, digits, dots and hyphens reach the header. */
    private static String fileName(DocumentModel model) {
        return safe(model.reference() + "-v" + model.versionNumber() + (model.draft() ? "-draft" : "") + ".pdf");
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9.-]", "-");
    }
}
