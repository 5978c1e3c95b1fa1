package org.concordat.document.render.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The published files of format {@value AgreementLinkedData#FORMAT}, as the repository holds them under
 * src/main/resources/formats/agreement-ld/1/: the JSON-LD context every document names, the JSON Schema of a document,
 * and the note on the vocabularies it uses. They never change within a format version, so anyone may keep them.
 */
@ApplicationScoped
public class LinkedDataFormat {

    /** A published file: its content, media type and a strong validator of its content (an entity tag's value). */
    public record FormatFile(byte[] content, String mediaType, String etag) {

        public FormatFile {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    private static final Map<String, String> FILES = Map.of(
            "context.jsonld", AgreementLinkedData.MEDIA_TYPE,
            "schema.json", "application/schema+json",
            "vocabulary.md", "text/markdown; charset=UTF-8");

    private final Map<String, FormatFile> files = Map.copyOf(FILES.entrySet().stream().collect(
            java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> load(e.getKey(), e.getValue()))));

    /** The file of that name, or empty when the format publishes none. */
    public Optional<FormatFile> file(String name) {
        return Optional.ofNullable(files.get(name));
    }

    private static FormatFile load(String name, String mediaType) {
        try (InputStream in = LinkedDataFormat.class.getResourceAsStream("/formats/agreement-ld/1/" + name)) {
            if (in == null) {
                throw new IllegalStateException("formats/agreement-ld/1/" + name + " is missing from the application");
            }
            byte[] content = in.readAllBytes();
            return new FormatFile(content, mediaType, sha256(content).substring(0, 32));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
