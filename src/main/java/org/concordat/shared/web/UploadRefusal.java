package org.concordat.shared.web;

import jakarta.faces.context.FacesContext;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A form upload larger than a page accepts is turned back before anything parses it ({@link RequestBodyGate}). Left to
 * the container, the form could not be parsed, Faces could not even find the page it came from, and the person would
 * land on the error page. Instead they return to that page (upload forms post to its full address:
 * {@link UploadFormViewHandler}), which says beside the file field that the file is too large: see
 * {@link #refusedJustNow()}.
 */
public final class UploadRefusal {

    /** The largest file a page accepts (10 MB) and the form around it; web.xml's multipart-config says the same. */
    public static final long MAX_REQUEST_BYTES = 10_747_904;
    static final String PARAMETER = "upload";
    static final String REFUSED = "tooLarge";

    private UploadRefusal() {
    }

    /** Whether this page is shown because the upload sent from it was turned back. */
    public static boolean refusedJustNow() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return !faces.isPostback() && REFUSED.equals(faces.getExternalContext().getRequestParameterMap().get(PARAMETER));
    }

    /** The page posted to, with the query that chose what it shows, saying once that the upload was refused. */
    static String wayBack(String path, String query) {
        String kept = query == null ? "" : Arrays.stream(query.split("&"))
                .filter(p -> !p.isEmpty() && !p.startsWith(PARAMETER + "=")).collect(Collectors.joining("&"));
        return path + "?" + (kept.isEmpty() ? "" : kept + "&") + PARAMETER + "=" + REFUSED;
    }
}
