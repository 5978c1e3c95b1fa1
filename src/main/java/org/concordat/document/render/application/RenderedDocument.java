package org.concordat.document.render.application;

/** A rendered PDF and the name it is downloaded under. */
public record RenderedDocument(String fileName, byte[] content) {

    public RenderedDocument {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
