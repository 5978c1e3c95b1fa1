package org.concordat.document.render.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.concordat.agreement.application.AgreementData;
import org.concordat.agreement.application.AgreementQueries;
import org.concordat.agreement.domain.VersionStatus;
import org.concordat.document.render.domain.AttachedFiles;
import org.concordat.document.render.domain.DocumentModel;
import org.concordat.document.render.domain.CommentCopy;
import org.concordat.document.render.domain.DocumentRenderer;
import org.concordat.document.render.domain.WordRenderer;
import org.concordat.legal.application.LegalCatalogue;
import org.concordat.legal.domain.Catalogue;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.shared.application.Settings;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.NotFoundException;
import org.concordat.template.application.TemplateLibrary;
import org.concordat.agreement.application.OutsideSignatories;
import org.concordat.shared.domain.Language;
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

    /** Whose choice the language of the fixed text and headings is: the lead organisation's. */
    @Inject
    OrganisationQueries organisations;

    @Inject
    WordRenderer wordRenderer;

    @Inject
    OutsideSignatories outsideSignatories;

    @Inject
    Jsonb jsonb;

    @Inject
    AttachedFiles attached;

    @Inject
    Settings settings;

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
     * The version as linked data (format {@value AgreementLinkedData#FORMAT}) as it stands now, named
     * DSA-2026-0042-v3.jsonld, for a version the caller may see.
     */
    public RenderedDocument linkedData(AgreementData data) {
        return new RenderedDocument(linkedDataName(data), linkedData(data, catalogue.current()));
    }

    /**
     * The linked data a rendered document of the version carries, byte for byte; empty when the document carries
     * none (rendered before the format existed).
     */
    public java.util.Optional<RenderedDocument> attachedLinkedData(AgreementData data, byte[] document) {
        String name = linkedDataName(data);
        return attached.read(document, name).map(content -> new RenderedDocument(name, content));
    }

    /** The name the version's linked data has, inside its PDF and as a download: DSA-2026-0042-v3.jsonld. */
    public static String linkedDataName(AgreementData data) {
        return safe(data.reference() + "-v" + data.number() + ".jsonld");
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
        Language language = organisations.documentLanguage(data.leadOrganisationId());
        // The template's and the catalogue's words in the document's language; the attached JSON stays as agreed.
        TemplateContent template = templates.content(templates.version(data.templateVersionId()), language);
        Catalogue law = catalogue.current();
        byte[] json = copy(data, law);
        DocumentModel model = DocumentModels.agreement(data, template, law, json, clock.instant(),
                linkedData(data, law), language, outsideSignatories.namedOutside(data.versionId()));
        return new Rendering(data, fileName(model), renderer.render(model, language), json);
    }

    /**
     * The version as it stands now as an editable Word file for comment (DSA-2026-0042-v3-draft-for-comment.docx): the
     * same model as the PDF, the findings of a draft with it, and "not the signed copy" on every page. Whoever may see
     * the version may have it: for a draft, the lead organisation's IG leads; afterwards, every party.
     */
    public RenderedDocument word(long versionId) {
        AgreementData data = agreements.version(versionId);
        return new RenderedDocument(wordFileName(data), word(data, clock.instant()));
    }

    /** The Word copy of a version already read, as produced at that moment (a comparison re-creates a partner's). */
    byte[] word(AgreementData data, java.time.Instant producedAt) {
        TemplateContent template = templates.version(data.templateVersionId()).content();
        Catalogue law = catalogue.current();
        DocumentModel model = DocumentModels.agreement(data, template, law, copy(data, law), producedAt);
        return wordRenderer.render(new CommentCopy(model, data.status() == VersionStatus.DRAFT ? findings(data) : List.of()));
    }

    private static List<CommentCopy.Finding> findings(AgreementData data) {
        return data.compliance() == null ? List.of() : data.compliance().findings().stream()
                .map(f -> new CommentCopy.Finding(f.severity().name(), f.flowId(), f.message(), f.action(), f.citation()))
                .toList();
    }

    private static String wordFileName(AgreementData data) {
        return safe(data.reference() + "-v" + data.number() + (data.status() == VersionStatus.DRAFT ? "-draft" : "")
                + "-for-comment.docx");
    }

    private byte[] copy(AgreementData data, Catalogue law) {
        return jsonb.toJson(AgreementVersionCopy.of(data, law.version())).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] linkedData(AgreementData data, Catalogue law) {
        return AgreementLinkedData.of(data, law, settings.baseUrl());
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
