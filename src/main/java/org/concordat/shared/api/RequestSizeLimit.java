package org.concordat.shared.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import org.concordat.shared.domain.Messages;

/**
 * A request body larger than the API reads is refused before it is read, with a problem document: JSON over 10 MB, any
 * other body (a file, alone or in a form) over 10 MB and the form around it. The server's listeners set no limit of
 * their own (RequestBodyGate), so this holds for every size a client can declare. An endpoint with a stricter limit
 * says so itself, as verification does, first.
 */
@Provider
@PreMatching
@Priority(100)
public class RequestSizeLimit implements ContainerRequestFilter {

    static final long MAX_JSON_BYTES = 10L * 1024 * 1024;
    /** A file of 10 MB and the form around it, as on the pages. */
    public static final long MAX_OTHER_BYTES = 10_747_904;

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        long length = request.getLength();
        if (type != null && isJson(type)) {
            if (length > MAX_JSON_BYTES) {
                request.abortWith(Problem.of("too-large", Messages.text("shared.RequestSizeLimit.requestTooLarge"), 413, Messages.text("shared.RequestSizeLimit.theRequestBodyIs",
                        length, MAX_JSON_BYTES)).toResponse());
            }
        } else if (length > MAX_OTHER_BYTES) {
            request.abortWith(Problem.of("too-large", Messages.text("shared.RequestSizeLimit.requestTooLarge"), 413, Messages.text("shared.RequestSizeLimit.theRequestBodyIs2",
                    length, MAX_OTHER_BYTES)).toResponse());
        }
    }

    private static boolean isJson(MediaType type) {
        return "json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json");
    }
}
