package org.concordat.document.render.domain;

import org.concordat.shared.domain.Language;

/**
 * Turns a document (an agreement or a DPIA version) into a PDF/A file, with its machine-readable copy attached. The
 * fixed text and headings are in the given language (the lead organisation's choice); the machine-readable copy is
 * the same in every language (codes).
 */
public interface DocumentRenderer {

    byte[] render(RenderableDocument document, Language language);

    /** In English. */
    default byte[] render(RenderableDocument document) {
        return render(document, Language.ENGLISH);
    }
}
