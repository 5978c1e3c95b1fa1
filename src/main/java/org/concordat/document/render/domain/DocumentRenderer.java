package org.concordat.document.render.domain;

/** Turns a document (an agreement or a DPIA version) into a PDF/A file, with its machine-readable copy attached. */
public interface DocumentRenderer {

    byte[] render(RenderableDocument document);
}
