package org.concordat.template.infrastructure;

/** A built-in template file that cannot be used; the message names the file and the place in it. */
public class TemplateFileException extends RuntimeException {

    public TemplateFileException(String file, String problem) {
        super("templates/" + file + ": " + problem);
    }
}
