package org.concordat.document.domain;

/** Turns a document model into a PDF/A file (with its machine-readable copy attached). */
public interface DocumentRenderer {

    byte[] render(DocumentModel model);
}
