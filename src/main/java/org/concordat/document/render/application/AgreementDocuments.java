package org.concordat.document.render.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.concordat.agreement.application.AgreementData;
import org.concordat.agreement.application.AgreementQueries;
import org.concordat.document.render.domain.DocumentModel;
import org.concordat.document.render.domain.DocumentRenderer;
import org.concordat.legal.application.LegalCatalogue;
import org.concordat.legal.domain.Catalogue;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.NotFoundException;
import org.concordat.template.application.TemplateLibrary;
import org.concordat.template.domain.TemplateContent;

/**
 * Agreement versions rendered as documents. Reading goes through the agreement queries, so a version the caller may
 * not see is "not found" here too. What was signed (the document of a submission and its signatures) is signing's:
 * see {@code document.signing.application.SignedDocuments}.
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
    Jsonb jsonb;

    @Inject
    Clock clock;

    /** A version rendered as it stands now, with the machine-readable copy the PDF carries. */
    public record Rendering(AgreementData data, String fileName, byte[] pdf, byte[] json) {
    }

    /** The version as it stands now, as a PDF; a draft carries the DRAFT mark on every page. */
    public RenderedDocument preview(long versionId) {
        Rendering rendering = render(versionId);
        return new RenderedDocument(rendering.fileName(), rendering.pdf());
    }

    /** The machine-readable copy of a version the caller may see, as it stands now, named DSA-2026-0042-v3.json. */
    public RenderedDocument copy(AgreementData data) {
        return new RenderedDocument(safe(data.reference() + "-v" + data.number() + ".json"), copy(data, catalogue.current()));
    }

    /**
     * A version someone without an account was let read (a signatory outside Concordat, whose access the agreement
     * feature checked), as it stands now, as a PDF.
     */
    public RenderedDocument preview(AgreementData data) {
        Rendering rendering = render(data);
        return new RenderedDocument(rendering.fileName(), rendering.pdf());
    }

    /** Renders a version the caller may see, as it stands now. */
    public Rendering render(long versionId) {
        return render(agreements.version(versionId));
    }

    private Rendering render(AgreementData data) {
        TemplateContent template = templates.version(data.templateVersionId()).content();
        Catalogue law = catalogue.current();
        byte[] json = copy(data, law);
        DocumentModel model = DocumentModels.agreement(data, template, law, json, clock.instant());
        return new Rendering(data, fileName(model), renderer.render(model), json);
    }

    private byte[] copy(AgreementData data, Catalogue law) {
        return jsonb.toJson(AgreementVersionCopy.of(data, law.version())).getBytes(StandardCharsets.UTF_8);
    }

    /** DSA-2026-0042-v3.pdf (draft previews say so); only letters, digits, dots and hyphens reach the header. */
    private static String fileName(DocumentModel model) {
        return safe(model.reference() + "-v" + model.versionNumber() + (model.draft() ? "-draft" : "") + ".pdf");
    }

    /** Only letters, digits, dots and hyphens reach a Content-Disposition header. */
    public static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9.-]", "-");
    }
}
