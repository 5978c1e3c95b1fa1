package org.concordat.document.render.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.concordat.document.render.domain.WordFileReader.UnreadableFileException;
import org.concordat.shared.domain.Messages;

/**
 * Looks at a file before anything parses it as a Word document: it must be a ZIP archive (an old .doc or a
 * password-protected file is not, and gets its own answer) holding the parts of a Word document ({@code
 * [Content_Types].xml} naming a WordprocessingML main document, and that document), with no macros, a reasonable
 * number of parts and a reasonable size once unpacked. It unpacks the archive once, as a stream, counting what comes
 * out and stopping at the first limit passed, so a "zip bomb" costs at most {@link #MAX_UNPACKED_BYTES} of inflating
 * and no memory beyond a buffer; POI only ever sees a file that passed. (POI's own ZipSecureFile limits remain as a
 * second line.)
 */
final class DocxGuard {

    /** A 10 MB file of text and tables unpacks to far less than this; a Word file with large pictures may not. */
    static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;
    /** A Word document has a few dozen parts; thousands means something else. */
    static final int MAX_ENTRIES = 1000;
    /** A part that inflates more than this many times its compressed size, beyond a small start, is a bomb. */
    static final int MAX_RATIO = 200;
    private static final long RATIO_GRACE_BYTES = 1024 * 1024;
    private static final int MAX_CONTENT_TYPES_BYTES = 256 * 1024;

    private static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
    private static final String MACRO_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml";

    /** The part [Content_Types].xml names as the Word document itself (attributes in either order). */
    private static final java.util.regex.Pattern MAIN_PART = java.util.regex.Pattern.compile(
            "<Override[^>]*?PartName=\"([^\"]+)\"[^>]*?ContentType=\"(?:" + java.util.regex.Pattern.quote(WORD_MAIN) + "|"
                    + java.util.regex.Pattern.quote(TEMPLATE_MAIN) + ")\"|<Override[^>]*?ContentType=\"(?:"
                    + java.util.regex.Pattern.quote(WORD_MAIN) + "|" + java.util.regex.Pattern.quote(TEMPLATE_MAIN)
                    + ")\"[^>]*?PartName=\"([^\"]+)\"");

    private DocxGuard() {
    }

    static void check(byte[] file) {
        if (file.length >= 4 && (file[0] & 0xFF) == 0xD0 && (file[1] & 0xFF) == 0xCF && (file[2] & 0xFF) == 0x11
                && (file[3] & 0xFF) == 0xE0) {
            // An OLE2 compound file: a Word 97-2003 .doc, or a DOCX encrypted with a password.
            throw refuse("document.WordFile.oldOrProtected");
        }
        if (file.length < 4 || file[0] != 'P' || file[1] != 'K' || file[2] != 3 || file[3] != 4) {
            throw refuse("document.WordFile.notADocx");
        }
        long unpacked = 0;
        int entries = 0;
        String contentTypes = null;
        java.util.Set<String> names = new java.util.HashSet<>();
        byte[] buffer = new byte[16 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw refuse("document.WordFile.tooManyParts", MAX_ENTRIES);
                }
                String name = entry.getName();
                boolean types = "[Content_Types].xml".equals(name);
                ByteArrayOutputStream kept = types ? new ByteArrayOutputStream() : null;
                long size = 0;
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    size += read;
                    unpacked += read;
                    if (unpacked > MAX_UNPACKED_BYTES) {
                        throw refuse("document.WordFile.unpacksTooLarge", MAX_UNPACKED_BYTES / (1024 * 1024));
                    }
                    long compressed = entry.getCompressedSize();
                    if (size > RATIO_GRACE_BYTES && compressed > 0 && size / compressed > MAX_RATIO) {
                        throw refuse("document.WordFile.unpacksTooLarge", MAX_UNPACKED_BYTES / (1024 * 1024));
                    }
                    if (kept != null) {
                        if (size > MAX_CONTENT_TYPES_BYTES) {
                            throw refuse("document.WordFile.notADocx");
                        }
                        kept.write(buffer, 0, read);
                    }
                }
                if (types) {
                    contentTypes = kept.toString(StandardCharsets.UTF_8);
                }
                if (size > 0) {
                    names.add("/" + name);
                }
                if (name.endsWith("vbaProject.bin")) {
                    throw refuse("document.WordFile.macros");
                }
            }
        } catch (ZipException e) {
            throw refuse("document.WordFile.notADocx");
        } catch (IOException e) {
            throw refuse("document.WordFile.unreadable");
        }
        if (contentTypes == null || entries == 0) {
            throw refuse("document.WordFile.notADocx");
        }
        if (contentTypes.contains(MACRO_MAIN)) {
            throw refuse("document.WordFile.macros");
        }
        java.util.regex.Matcher main = MAIN_PART.matcher(contentTypes);
        if (!main.find() || !names.contains(main.group(1) != null ? main.group(1) : main.group(2))) {
            throw refuse("document.WordFile.notADocx");
        }
    }

    private static UnreadableFileException refuse(String key, Object... arguments) {
        return new UnreadableFileException(Messages.text(key, arguments));
    }
}
