package org.concordat.document.render.domain;

import java.time.Instant;

/**
 * What every document has, whatever it sets out: what kind of document it is, the title, reference and version the
 * running header and the footer show, whether it carries the DRAFT mark, and the machine-readable copy it attaches.
 * An agreement version ({@link DocumentModel}) and a DPIA version ({@link DpiaDocumentModel}) are rendered by the
 * same machinery.
 */
public sealed interface RenderableDocument permits DocumentModel, DpiaDocumentModel {

    /** The template's title ("Data sharing agreement", "Data protection impact assessment"). */
    String documentType();

    String title();

    String reference();

    int versionNumber();

    /** The status as a code (DRAFT, COMPLETED, ...) that the renderer puts into words. */
    String status();

    /** Whether every page carries the DRAFT mark. */
    boolean draft();

    /** The machine-readable copy of the version, attached to the PDF as it is. */
    byte[] json();

    /**
     * The version as linked data (JSON-LD), attached beside the JSON as an alternative representation of it, or null
     * when the document carries none.
     */
    default byte[] linkedData() {
        return null;
    }

    /** When the document was produced (metadata and cover). */
    Instant producedAt();
}
