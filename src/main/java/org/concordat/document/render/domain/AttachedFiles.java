package org.concordat.document.render.domain;

import java.util.Optional;

/** Reads back a file a rendered document carries (the PDF's embedded files), exactly as it was attached. */
public interface AttachedFiles {

    /**
     * @param document a PDF Concordat rendered (and perhaps signed since)
     * @param fileName the attached file's name
     * @return its content, or empty when the document carries no file of that name
     */
    Optional<byte[]> read(byte[] document, String fileName);
}
