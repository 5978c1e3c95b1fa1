package org.concordat.document.render.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.concordat.document.render.domain.DocumentRenderer;
import org.concordat.document.render.domain.DpiaDocumentModel;
import org.concordat.dpia.application.DpiaData;
import org.concordat.dpia.application.DpiaQueries;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.template.application.TemplateLibrary;
import org.concordat.shared.domain.Language;
import org.concordat.template.application.TemplateVersionData;

/**
 * DPIA versions as documents. Reading goes through the DPIA queries, so a version the caller may not see (a draft
 * outside the lead organisation's IG leads and DPOs, or any version of a DPIA their organisation takes no part in)
 * is "not found" here too.
 */
@ApplicationScoped
public class DpiaDocuments {

    @Inject
    DpiaQueries dpias;

    @Inject
    TemplateLibrary templates;

    @Inject
    DocumentRenderer renderer;

    /** Whose choice the language of the fixed text and headings is: the lead organisation's. */
    @Inject
    OrganisationQueries organisations;

    @Inject
    Jsonb jsonb;

    @Inject
    Clock clock;

    /**
     * The version as it stands now, as a PDF/A document with its JSON attached; until it is signed off it carries the
     * DRAFT mark on every page.
     */
    public RenderedDocument document(long versionId) {
        DpiaData data = dpias.version(versionId);
        TemplateVersionData template = templates.version(data.templateVersionId());
        Language language = organisations.documentLanguage(data.leadOrganisationId());
        byte[] json = jsonb.toJson(DpiaVersionCopy.of(data)).getBytes(StandardCharsets.UTF_8);
        // The template's words in the document's language; what the authors wrote, and the JSON, as they are.
        DpiaDocumentModel model = DpiaDocumentModels.dpia(data, templates.content(template, language),
                templates.screeningWords(template, language), json, clock.instant());
        return new RenderedDocument(fileName(model), renderer.render(model, language));
    }

    /** DPIA-2026-0007-v2.pdf (not yet signed off: -draft); only letters, digits, dots and hyphens reach the header. */
    private static String fileName(DpiaDocumentModel model) {
        return (model.reference() + "-v" + model.versionNumber() + (model.draft() ? "-draft" : "") + ".pdf")
                .replaceAll("[^A-Za-z0-9.-]", "-");
    }
}
