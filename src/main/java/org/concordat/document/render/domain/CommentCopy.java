package org.concordat.document.render.domain;

import java.util.List;

/**
 * An agreement version as an editable Word file for comment: the same document model the PDF is rendered from, in the
 * same order, plus — for a draft — the compliance findings its authors are still working on. It is never the signed
 * copy, and says so on every page.
 *
 * @param document the version's document model, exactly as the PDF gets it
 * @param findings the findings of a draft as they stand now (none for a version that is no longer a draft)
 */
public record CommentCopy(DocumentModel document, List<Finding> findings) {

    public CommentCopy {
        findings = List.copyOf(findings);
    }

    /**
     * A compliance finding in words.
     *
     * @param severity ERROR, WARNING or INFO, which the renderer puts into words
     * @param flow     the key of the flow it is about, or null for the agreement as a whole
     * @param action   what to do about it, or null
     * @param citation the provision it rests on, or null
     */
    public record Finding(String severity, String flow, String message, String action, String citation) {
    }
}
