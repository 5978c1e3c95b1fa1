package org.concordat.document.verification.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.concordat.shared.domain.Messages;

/**
 * A digest of everything a PDF shows and carries except its signatures: the catalogue and everything reachable
 * from it (pages, their contents and resources, annotations, outlines, attachments, metadata) and the document
 * information, leaving out the form (where signature fields live), the permissions and the document security
 * store, and the signature widgets among a page's annotations. Two revisions with the same fingerprint differ
 * only by signatures. Streams are digested as stored (never decompressed), objects by structure (not by number),
 * dictionary keys in order, shared objects once; the walk needs no recursion, however deep the file nests.
 */
final class RevisionFingerprint {

    private static final Set<COSName> SIGNATURE_PARTS = Set.of(COSName.ACRO_FORM, COSName.PERMS, COSName.getPDFName("DSS"));
    private static final Comparator<COSName> BY_NAME = Comparator.comparing(COSName::getName);

    /** Refuses files that would take too long to walk. */
    static final class TooComplexException extends IOException {
        TooComplexException() {
            super(Messages.text("document.RevisionFingerprint.tooManyObjects"));
        }
    }

    private final int maxObjects;

    RevisionFingerprint(int maxObjects) {
        this.maxObjects = maxObjects;
    }

    String of(PDDocument document) throws IOException {
        MessageDigest digest = sha256();
        Map<COSBase, Integer> seen = new IdentityHashMap<>();
        Deque<Object> work = new ArrayDeque<>();
        work.push(document.getDocument().getTrailer().getDictionaryObject(COSName.INFO) == null ? COSNullToken.NULL
                : document.getDocument().getTrailer().getDictionaryObject(COSName.INFO));
        work.push(document.getDocumentCatalog().getCOSObject());
        boolean root = true;
        while (!work.isEmpty()) {
            Object item = work.pop();
            if (item instanceof String token) {
                write(digest, token);
                continue;
            }
            if (item == COSNullToken.NULL) {
                write(digest, "n");
                continue;
            }
            COSBase base = item instanceof COSObject indirect ? indirect.getObject() : (COSBase) item;
            if (base == null) {
                write(digest, "n");
                continue;
            }
            Integer known = seen.get(base);
            if (known != null) {
                write(digest, "@" + known);
                continue;
            }
            if (base instanceof COSDictionary || base instanceof COSArray) {
                if (seen.size() >= maxObjects) {
                    throw new TooComplexException();
                }
                seen.put(base, seen.size());
            }
            if (base instanceof COSStream stream) {
                write(digest, "s");
                try (InputStream raw = stream.createRawInputStream()) {
                    byte[] buffer = new byte[8192];
                    for (int n = raw.read(buffer); n > 0; n = raw.read(buffer)) {
                        digest.update(buffer, 0, n);
                    }
                }
                dictionary(stream, work, Set.of(COSName.LENGTH));
            } else if (base instanceof COSDictionary dictionary) {
                dictionary(dictionary, work, root ? SIGNATURE_PARTS : Set.of());
                root = false;
            } else if (base instanceof COSArray array) {
                work.push("]");
                for (int i = array.size() - 1; i >= 0; i--) {
                    work.push(orNull(array.get(i)));
                }
                work.push("[");
            } else {
                write(digest, scalar(base));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Pushes the entries so that they are digested in key order; a page's annotations lose their signature widgets. */
    private static void dictionary(COSDictionary dictionary, Deque<Object> work, Set<COSName> skipped) {
        List<COSName> keys = new ArrayList<>(dictionary.keySet());
        keys.removeAll(skipped);
        keys.sort(BY_NAME);
        List<Object> items = new ArrayList<>();
        items.add("<<");
        for (COSName key : keys) {
            COSBase value = dictionary.getItem(key);
            if (COSName.ANNOTS.equals(key) && COSName.PAGE.equals(dictionary.getCOSName(COSName.TYPE))) {
                List<Object> annotations = annotationsWithoutSignatures(dictionary.getDictionaryObject(COSName.ANNOTS));
                if (annotations.isEmpty()) {
                    continue;
                }
                items.add("/" + key.getName());
                items.add("[");
                items.addAll(annotations);
                items.add("]");
                continue;
            }
            items.add("/" + key.getName());
            items.add(orNull(value));
        }
        items.add(">>");
        for (int i = items.size() - 1; i >= 0; i--) {
            work.push(items.get(i));
        }
    }

    private static List<Object> annotationsWithoutSignatures(COSBase annots) {
        List<Object> kept = new ArrayList<>();
        if (annots instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                COSBase annotation = array.getObject(i);
                if (!(annotation instanceof COSDictionary d && isSignatureWidget(d))) {
                    kept.add(orNull(array.get(i)));
                }
            }
        }
        return kept;
    }

    private static boolean isSignatureWidget(COSDictionary annotation) {
        if (!COSName.WIDGET.equals(annotation.getCOSName(COSName.SUBTYPE))) {
            return false;
        }
        if (COSName.SIG.equals(annotation.getCOSName(COSName.FT))) {
            return true;
        }
        return annotation.getDictionaryObject(COSName.PARENT) instanceof COSDictionary parent
                && COSName.SIG.equals(parent.getCOSName(COSName.FT));
    }

    private static Object orNull(COSBase base) {
        return base == null ? COSNullToken.NULL : base;
    }

    private static String scalar(COSBase base) {
        if (base instanceof COSName name) {
            return "/" + name.getName();
        }
        if (base instanceof COSString string) {
            return "(" + HexFormat.of().formatHex(string.getBytes()) + ")";
        }
        if (base instanceof COSInteger integer) {
            return "i" + integer.longValue();
        }
        if (base instanceof COSFloat number) {
            return "f" + number.floatValue();
        }
        if (base instanceof COSBoolean bool) {
            return bool.getValue() ? "T" : "F";
        }
        return "n";
    }

    private static void write(MessageDigest digest, String token) {
        digest.update(token.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Stands for a missing value in the work queue (which holds no nulls). */
    private enum COSNullToken { NULL }
}
