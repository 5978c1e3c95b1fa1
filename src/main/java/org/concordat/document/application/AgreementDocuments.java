package org.concordat.document.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.concordat.agreement.application.AgreementData;
import org.concordat.agreement.application.AgreementQueries;
import org.concordat.document.domain.DocumentModel;
import org.concordat.document.domain.DocumentRenderer;
import org.concordat.legal.application.LegalCatalogue;
import org.concordat.legal.domain.Catalogue;
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
    Jsonb jsonb;

    @Inject
    Clock clock;

    /** The version as it stands now, as a PDF; a draft carries the DRAFT mark on every page. */
    public RenderedDocument preview(long versionId) {
        DocumentModel model = model(versionId);
        return new RenderedDocument(fileName(model), renderer.render(model));
    }

    private DocumentModel model(long versionId) {
        AgreementData data = agreements.version(versionId);
        TemplateContent template = templates.version(data.templateVersionId()).content();
        Catalogue law = catalogue.current();
        byte[] json = jsonb.toJson(AgreementVersionCopy.of(data, law.version())).getBytes(StandardCharsets.UTF_8);
        return DocumentModels.agreement(data, template, law, json, clock.instant());
    }

    /** DSA-2026-0042-v3.pdf (draft previews say so); only letters, digits, dots and hyphens reach the header. */
    private static String fileName(DocumentModel model) {
        String name = model.reference() + "-v" + model.versionNumber() + (model.draft() ? "-draft" : "");
        return name.replaceAll("[^A-Za-z0-9.-]", "-") + ".pdf";
    }
}
