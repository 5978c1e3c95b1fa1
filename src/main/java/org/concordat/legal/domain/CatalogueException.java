package org.concordat.legal.domain;

/**
 * A catalogue file that cannot be used. The message names the file, the entry and the problem, so that the
 * person who edited it can put it right; deployment stops rather than check agreements against broken law.
 */
public class CatalogueException extends RuntimeException {

    public CatalogueException(String file, String entry, String problem) {
        super(file + (entry == null ? "" : ", entry " + entry) + ": " + problem);
    }

    public CatalogueException(String file, String entry, String problem, Throwable cause) {
        super(file + (entry == null ? "" : ", entry " + entry) + ": " + problem, cause);
    }
}
