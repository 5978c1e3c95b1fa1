package org.concordat.document.render.domain;

/** Turns an agreement version into an editable Word (DOCX) file for comment, from the same model as its PDF. */
public interface WordRenderer {

    byte[] render(CommentCopy copy);
}
